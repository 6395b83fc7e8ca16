#!/usr/bin/env python3
"""Generate a synthetic corpus in the style of the sample pages, for benchmarks.

    python bench/gen_corpus.py OUT_DIR --mb 10 [--seed 1]

County papers are printed in narrow columns (lines of 12-14 characters, blank
lines between paragraphs, names broken across lines); city papers one paragraph
per line under markdown headings. Articles: standing-committee meetings, executive
meetings, conferences, inspections by city leaders, feature stories and photo
news, with datelines, bylines, title chains, attendance lists, speeches and
campaigns. Names are fictional, drawn from a frozen surname table (bench/surnames.txt) and a table of
given-name characters; places are real counties of one province (cpca's table).
Officials change posts over the months (代县长 -> 县长, 副县长 -> 常务副县长, a
县长 moved to another county as 书记), so month diffs have something to find.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.places import default_gazetteer  # noqa: E402

# frozen, not the extractor's live table (see that file's head): a seed's corpus is the same in every session
SURNAMES = sorted(ln.strip() for ln in (Path(__file__).resolve().parent / "surnames.txt").read_text(encoding="utf-8").splitlines()
                  if ln.strip() and not ln.startswith("#"))
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉立新海波宁晨浩宇婷雪琳凯鹏飞云峰俊")
TOPICS = ["五水共治", "数字化改革", "共同富裕", "乡村振兴", "营商环境", "山海协作", "美丽乡村", "未来社区", "垃圾分类",
          "安全生产", "招商引资", "文明城市创建", "污水零直排", "三改一拆", "双招双引", "亩均论英雄", "清廉建设", "基层治理"]
SUFFIX = ["专项行动", "三年行动", "攻坚行动", "改革", "工程", "示范区建设"]
DEPTS = ["经信局", "财政局", "发改局", "教育局", "农业农村局", "住建局", "交通运输局", "卫健局", "自然资源和规划局", "生态环境分局"]
FILLER = ["要提高政治站位，切实扛起责任", "要聚焦重点难点，强化统筹协调", "要坚持问题导向，抓好整改落实",
          "要压实工作责任，形成工作合力", "要加强宣传引导，营造良好氛围", "要创新工作方法，提升工作实效",
          "确保各项目标任务按期完成", "为高质量发展提供有力支撑"]


class World:
    def __init__(self, rng: random.Random, province: str = "浙江省"):
        self.rng = rng
        gz = default_gazetteer()
        prov = gz.lookup(province)
        self.province = province
        cities = [gz.by_code[c] for c in sorted(gz.by_code) if c.startswith(prov.adcode[:2]) and c.endswith("00")
                  and not c.endswith("0000")]
        self.counties = []
        for city in cities:
            for c in sorted(gz.by_code):
                p = gz.by_code[c]
                if p.level == "county" and c.startswith(city.adcode[:4]) and p.name.endswith("县"):
                    self.counties.append((p.name, city.name))
        self.surnames = SURNAMES
        self.used: set[str] = set()
        self.officials = {county: self.cabinet() for county, _ in self.counties}
        self.city_leaders = {city: {"书记": self.name(), "市长": self.name(), "宣传部部长": self.name()}
                             for _, city in self.counties}

    def name(self) -> str:
        while True:
            n = self.rng.choice(self.surnames) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            if n not in self.used:
                self.used.add(n)
                return n

    def cabinet(self) -> dict:
        return {"书记": self.name(), "县长": self.name(), "县长title": "代县长", "副书记": self.name(),
                "常务副县长": self.name(), "副县长": [self.name() for _ in range(4)],
                "人大主任": self.name(), "政协主席": self.name(), "局长": {d: self.name() for d in DEPTS}}

    def month_changes(self):
        """Each month: acting heads are confirmed, some deputies promoted, a head moves."""
        for county, _ in self.counties:
            o = self.officials[county]
            if o["县长title"] == "代县长" and self.rng.random() < 0.5:
                o["县长title"] = "县长"
            if self.rng.random() < 0.1:
                o["常务副县长"], o["副县长"][0] = o["副县长"][0], self.name()
        if self.rng.random() < 0.3 and len(self.counties) > 1:
            (a, _), (b, _) = self.rng.sample(self.counties, 2)
            self.officials[b]["书记"] = self.officials[a]["县长"]
            self.officials[a]["县长"], self.officials[a]["县长title"] = self.name(), "代县长"


def campaign(rng) -> str:
    return rng.choice(TOPICS) + rng.choice(SUFFIX)


def articles(world: World, county: str, city: str, issue: dt.date, rng: random.Random) -> list[tuple[str, list[str]]]:
    o = world.officials[county]
    day = issue - dt.timedelta(days=1)
    when = f"{day.month}月{day.day}日{rng.choice(['上午', '下午', ''])}"
    rep = lambda k=2: " ".join(world.name() for _ in range(rng.randint(1, k)))  # noqa: E731
    leaders = rng.sample([o["副书记"], o["常务副县长"], *o["副县长"], o["人大主任"], o["政协主席"]], 4)
    camp = campaign(rng)
    out = []
    out.append((f"县委常委会召开会议研究部署{camp[:6]}工作", [
        f"本报讯（记者 {rep()}） {when}，县委常委会召开会议，传达学习省市有关会议精神，研究部署“{camp}”等工作。"
        f"县委书记{o['书记']}主持会议并讲话。",
        f"会议指出，{rng.choice(FILLER)}，{rng.choice(FILLER)}。",
        f"{o['书记']}强调，要深入推进“{camp}”，{rng.choice(FILLER)}，{rng.choice(FILLER)}。"]))
    n = rng.randint(20, 180)
    out.append((f"县政府召开第{n}次常务会议", [
        f"本报讯（记者 {rep()}） {when}，县委副书记、{o['县长title']}{o['县长']}主持召开县政府第{n}次常务会议，"
        f"研究部署{campaign(rng)}等工作。县领导{'、'.join(leaders[:3])}等参加。",
        f"会议强调，{rng.choice(FILLER)}。"]))
    c2 = campaign(rng)
    dept = rng.choice(DEPTS)
    out.append((f"我县召开{c2}推进大会", [
        f"本报讯（记者 {rep()} 通讯员 {world.name()}） {when}，我县召开{c2}推进大会。县委书记{o['书记']}出席会议并讲话，"
        f"县委副书记、{o['县长title']}{o['县长']}主持会议。县领导{'、'.join(leaders)}出席。",
        f"会上，县{dept}局长{o['局长'][dept]}汇报了工作情况。",
        f"{o['书记']}指出，要以“{c2}”为抓手，{rng.choice(FILLER)}。他强调，{rng.choice(FILLER)}。"]))
    if rng.random() < 0.5:
        cl = world.city_leaders[city]
        out.append(("市领导来我县调研", [
            f"本报讯（记者 {rep()}） {when}，市委常委、宣传部部长{cl['宣传部部长']}来我县调研{campaign(rng)}工作。"
            f"县领导{leaders[0]}陪同。{cl['宣传部部长']}指出，{rng.choice(FILLER)}。"]))
    out.append(("产业发展见闻", [
        f"在{county[:-1]}{rng.choice(['新材料', '电子', '茶叶', '服饰'])}有限公司的车间里，工人们正在忙碌。"
        f"公司负责人{world.name()}介绍，今年以来订单增长明显。",
        f"“接下来，我们将继续加大投入。”{world.name()}说。"]))
    out.append(("", [f"{day.month}月{day.day}日，{county[:-1]}某村村民在田间劳作。记者 {rep(1)} 摄"]))
    return out


def narrow(paragraphs: list[tuple[str, list[str]]], rng: random.Random) -> str:
    width = rng.choice((12, 13, 14))
    lines = []
    for head, body in paragraphs:
        for para in body:
            for i in range(0, len(para), width):
                lines.append(para[i:i + width])
            lines.append("")
        if head:
            lines += [head, ""]
    return "\n".join(lines) + "\n"


def wide(paragraphs: list[tuple[str, list[str]]]) -> str:
    out = []
    for head, body in paragraphs:
        if head:
            out += [f"## {head}", ""]
        for para in body:
            out += [para, ""]
    return "\n".join(out) + "\n"


def generate(out: Path, mb: float, seed: int = 1, start: dt.date = dt.date(2021, 1, 4)) -> int:
    rng = random.Random(seed)
    world = World(rng)
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file,paper,issue_date,home,parent,province"]
    total, pages, issue, month = 0, 0, start, start.month
    target = int(mb * 1024 * 1024)
    while total < target:
        if issue.month != month:
            world.month_changes()
            month = issue.month
        for county, city in world.counties:
            paper = county[:-1] + "报"
            name = f"{county}-{issue.isoformat()}.txt"
            text = narrow(articles(world, county, city, issue, rng), rng)
            (out / name).write_text(text, encoding="utf-8")
            rows.append(f"{name},{paper},{issue.isoformat()},{county},{city},{world.province}")
            total += len(text.encode("utf-8"))
            pages += 1
            if total >= target:
                break
        issue += dt.timedelta(days=3)
    (out / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return pages


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    n = generate(args.out, args.mb, args.seed)
    print(f"{n} pages in {args.out}")
