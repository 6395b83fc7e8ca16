"""Title chains before a name -> posts (person holds title in body).

``县委副书记、代县长苗振宇`` is a chain of two items, each ``[body]title``. A body
missing from an item comes from the title itself (县长 -> 县政府) or from the item
before it (``市委副书记、政法委书记`` -> 市委 + 政法委). Level abbreviations resolve
against the paper's home place: in a county paper 县委 is that county's committee,
市委 the city above it, 省委 the province's (FORMAT.md, canonical body names).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..places import Jurisdiction
from .text import sentence_span

CHAIN_STOP = set("，,。；;：:！？!?“”\"「」《》（）()【】 \n—―")  # (—— opens an interview's subtitle)
LEVELS = "省市县区"
# a note between a title and the name (副区长（挂职）甲, 副主任（正县级）乙): the title is still the name's
ASIDE_NOTE = r"[（(](?:挂职|兼|兼职|正县级|副县级|正处级|副处级|正科级|副科级|主持工作)[）)]"
ASIDE = re.compile(ASIDE_NOTE + "$")
# a note of sex after a name (乙（女）为副县长, 甲（女）出席)
SEX_NOTE = r"[（(][男女][）)]"
# a democratic party's committee at a level (民建市委会, 九三学社县委员会)
_PARTIES = r"民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
DEMOCRATIC_PARTY = re.compile(rf"^(?P<party>{_PARTIES})(?P<lvl>[省市县区])(?:委会|委员会|委)$")
# 团县委, 共青团市委: the Youth League's committee of the level, named as 共青团开化县委
YOUTH_LEAGUE = re.compile(r"^(?:共青)?团(?P<lvl>[省市县区])委$")
LEVEL_PREFIX = re.compile(r"^(?:中共)?(?P<lvl>[省市县区])(?=[委\u4e00-\u9fff“])")
PARTY_ORGANS = ("政法委", "宣传部", "组织部", "统战部", "办公室", "委办", "政研室", "编办", "网信办", "党校")
# a zone's or a subdistrict's organs, printed after its name once in a chain
ZONE_ORGANS = ("管委会", "党工委", "办事处")
# a body's own office after a title of the body (市政府秘书长、办公室主任: the 市政府办公室)
OWN_OFFICES = ("办公室", "办公厅")
GENERIC_BODIES = ("有限公司", "公司", "集团", "产业园", "园区", "企业", "合作社", "作坊", "工厂", "学校", "医院", "村", "社区",
                  "镇", "乡", "街道",
                  # 中央第八督导组进驻…。督导组组长甲: the team the article named
                  "督导组", "督查组", "巡视组", "巡察组",
                  # 区委巡察工作领导小组组长甲…区纪委书记、领导小组副组长乙: the group the article named
                  "领导小组", "中心组", "指挥部", "工作专班", "调研组", "考察组", "检查组", "工作组")
# a bare township title (镇长甲, 副乡长乙) takes the township the article named before it
TOWNSHIP_TITLES = {"镇长": "镇", "副镇长": "镇", "镇长助理": "镇", "乡长": "乡", "副乡长": "乡", "乡长助理": "乡"}
# a body's second name in brackets inside a chain (县委统战部（县民宗局）副部长): a unit's name, not a note
# of sex or of a post's standing (甲（女）, 副县长（挂职）)
SECOND_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,12}[）)]")
# what a chain reads over, back from its end: a body's second name in brackets, or a programme's quoted name
_ENCLOSED = re.compile(SECOND_NAME.pattern + r"$|“[^" + re.escape("".join(sorted(CHAIN_STOP))) + r"]{0,12}”$")
# a place's level printed again before its body (歙县县委: 歙县 + 县委), the repeat from group 0's end
_LEVEL_AGAIN = re.compile(r"([县市区])\1(?=委|政府|人大|政协)")
# a body that sends someone to a village (县委组织部派驻|红旗岗村第一书记): the post is the village's
STATIONED = re.compile(r"(?:派驻|驻)(?=[\u4e00-\u9fff]{2,12}(?:村|社区)$)")
# what a deputy (代表) sits in: a congress (县人大代表, 党代会代表)
CONGRESSES = ("人大", "人民代表大会", "党代会", "代表大会", "妇代会", "团代会")
# a bare township's organ (镇人大, 乡政府, 街道人武部): the township the article named, and the organ
TOWNSHIP_ORGAN = re.compile(r"^(?P<t>镇|乡|街道)(?P<o>党委|党工委|人大|人大工委|政府|人武部|纪委|人大主席团|办事处"
                            r"|文联|妇联|团委|总工会|工会|商会)$")  # (新当选的镇文联主席甲: the township's)
# words before 镇/乡/街道 that make a collective, not a township's name (全县各乡镇, 城镇)
NOT_A_TOWNSHIP = re.compile(r"各|全|乡镇|城镇|村镇|集镇|重镇|小镇|强镇|名镇|古镇|市镇")
# words that call a township something (工业强镇, 西部重镇, 历史文化名镇): the township is the one named before
EPITHET = re.compile(r"(?:重|强|名|古)镇$")
# bodies printed without their place, which are then the paper's own (政协常委甲, 人大常委会委员乙)
BARE_HOME_BODIES = ("政协", "人大常委会", "人大")
# a delegation of a place, then its leaders' titles (丰城市党政代表团在市委书记甲，市委副书记、市长乙的率领下):
# the leaders' bare levels are the delegation's place's
_DELEGATION_IN = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,6}?[省市县区])[^，。；,、]{0,8}?(?:代表团|考察团|考察组|学习团)在(?=[省市县区])")
_LED_UNDER = re.compile(r"的(?:率领|带领)下")
# the party committee's organs, printed with no level: the paper's own committee's (a bare 办公室 or 党校
# may be any body's)
BARE_HOME_ORGANS = ("组织部", "宣传部", "统战部", "政法委")
# how a sentence that names a body's deputies without the body begins (副主任乙、丙，秘书长丁出席)
BARE_LEADS = ("副", "常务副", "秘书长", "党组")  # (党组副书记、副主任乙, 党组成员、副主任丙)
FUNCTION_WORDS = re.compile(r".*(?:当选为?|的|位于|在|于|是|对|和|与|及|了|到|由|家住|来自|走进|来到|深入|前往|走访|拜访|参观|考察|调研|察看)")
BODY_LEAD_TRIM = ("深入学习", "传达学习", "学习", "传达", "会见", "陪同", "对", "向", "与", "和", "由", "在", "据", "经", "及",
                  "以",  # 以|省商务厅副巡视员甲为组长的督查组
                  "并与", "并和", "并同", "并向",  # 调研，并与|镇党委书记甲座谈
                  "访",  # ——访|县委副书记、县长甲 (an interview's subtitle)
                  "还有",  # 在主席台就座的还有|县人大常委会主任甲
                  "图为",  # 图为|县长甲在某乡检查 (a photograph's caption)
                  # the order of a report, run into the body (最后|镇党委副书记、镇长甲讲意见)
                  "最后", "随后", "首先", "会上", "会后", "同时",
                  # verbs whose object is a titled person (叮嘱|村党支部书记甲)
                  "叮嘱", "嘱咐", "勉励", "鼓励", "询问", "慰问", "看望", "感谢", "祝贺", "希望", "要求", "听取",
                  "拜访", "拜会", "走访",  # 拜访了|某集团董事长甲
                  "接受",  # 接受|县总工会主席甲颁发的奖章
                  "按照", "根据", "遵照",  # 要认真按照|市委书记甲…的指示精神
                  "是",  # 看见的就是|县委书记甲
                  "受", "委托",  # 受|县委书记甲委托, 受甲委托|县政协副主席乙
                  # (not 调研, 考察, 同 or 为 bare: 调研组组长, 同济大学)
                  "邀请", "带领", "率领", "任命", "接待", "宴请", "会晤", "约见", "约谈", "来到", "走进", "参观", "致电", "致信",
                  "写信给", "对接", "洽谈", "调研了", "考察了")
# verbs that take a titled person, which no body's name holds: where one stands inside a chain's
# body, the body begins after it
VISIT_VERBS = ("会见", "接见", "会晤", "拜会", "拜访", "看望", "慰问", "陪同", "宴请")
# What may stand before a body without being part of its name: a function word or a verb that
# takes a titled person (对|衢州市委, 会见了|浙江大学党委, 陪同|省委). Other words keep the whole
# body, though a place's name is inside it (下界首村, 溪口镇灵山村: 界首 and 灵山 are counties'
# short names).
LEAD_ENDINGS = tuple(sorted({*"对向与和由在据经及赴来到至同请邀将被让给为从随于的是了", "位于", *BODY_LEAD_TRIM,
                             "会见", "接见", "看望", "欢迎", "邀请", "听取", "率", "带领", "宣读", "代表",
                             "访",  # ——访柯城区委常委甲 (an interview's subtitle)
                             "推选", "推举", "选举", "任命"}))  # 一致推选|金华金义新区管委会主任甲为团长


# 时任党委副书记, 前任村党委书记: a post held then, before the report (not 临时任务, 目前任)
_THEN = re.compile(r"(?<!临)时任|(?<!目)前任")
_DATE_BEFORE = re.compile(r"\d日(?:上午|下午|晚上|晚间|晚)?")
# a standing committee's seat printed with the next title and no 、 between (县委常委统战部部长)
_STANDING_THEN = re.compile(r"^.*?[省市县区州]委常委(?=[^会、])")


@dataclass(frozen=True)
class Post:
    person: str
    org: str
    role: str
    start: int  # offset of the chain item in the page
    end: int


# bodies named in their own right, printed without a county before them (FORMAT.md: townships,
# villages and companies as printed)
_OWN_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)|(?:村|社区|公司|集团|厂)$")


def _township_kind(body: str) -> str:
    """镇, 乡 or 街道 where ``body`` names a township (芹阳办事处 is a 街道's office), else ""."""
    return next((k for k, ends in (("街道", ("街道", "办事处")), ("镇", ("镇",)), ("乡", ("乡",)))
                 if body.endswith(ends)), "")


def _after_last_name(s: str, names, skip: str | None = None) -> int:
    """Where ``s`` goes on after the last of ``names`` in it (but ``skip``), or -1 where none is: a
    chain of titles begins after the name before it (镇党委书记甲、镇长乙: 乙's chain is 镇长)."""
    return max((s.rfind(n) + len(n) for n in names if n != skip and n in s), default=-1)


class PostParser:
    def __init__(self, lex: Lexicon, place_names: tuple[str, ...], is_word=lambda w: False):
        self.lex = lex
        # is ``w`` a word of the segmenter's dictionary? (经济日报: 经 is no lead word there)
        self.is_word = is_word
        self.titles = lex.titles_by_length()
        self._title_set = frozenset(self.titles)
        self._title_lengths = sorted({len(t) for t in self.titles}, reverse=True)
        self.body_suffixes = tuple(s for s, _ in lex.bodies)
        self.place_set = frozenset(place_names)
        self._place_lengths = sorted({len(p) for p in place_names})

    def starts_with_place(self, s: str) -> bool:
        """Does ``s`` begin with a place's name? Its prefixes are looked up in the gazetteer's
        set (``startswith`` over the whole gazetteer, at each position of a body, was a hot path)."""
        return self.place_prefix(s) is not None

    def place_prefix(self, s: str) -> str | None:
        """The longest place name ``s`` begins with, or None."""
        for n in reversed(self._place_lengths):
            if n <= len(s) and s[:n] in self.place_set:
                return s[:n]
        return None

    def innermost_place(self, s: str) -> str | None:
        """The last of the nested place names ``s`` begins with (安徽省黄山市委 -> 黄山市)."""
        place = found = self.place_prefix(s)
        while found is not None and found[-1:] in LEVELS:
            place, s = found, s[len(found):]
            found = self.place_prefix(s)
        return place

    def _chain_place(self, body: str, prev_body: str) -> str | None:
        """``body`` printed with a bare level (市委宣传部, 市政府), as the body of the place of that level
        the chain named before it (``prev_body``), with the places around it (上海市闵行区委副书记、区长 ->
        上海市闵行区政府, which canonical() then drops as it does for the committee); None where the chain
        named no such place."""
        level = LEVEL_PREFIX.match(body) if prev_body else None
        place = self.innermost_place(prev_body) if level else None
        if place and place.endswith(level["lvl"]):
            return prev_body[:prev_body.find(place) + len(place)] + body[level.end("lvl"):]
        return None

    def _named_place(self, body: str) -> bool:
        """Does ``body`` begin with a place's name, not with a word that is also a county's short name
        before one character (公安局: 公安 is 公安县's short name, yet 公安局 is the police bureau)?"""
        place = self.place_prefix(body)
        return place is not None and (place[-1] in LEVELS or len(body) - len(place) > 1)

    def _nested_place(self, body: str) -> bool:
        """Is ``body`` only places, one inside the other (上饶市婺源县)?"""
        inner = self.innermost_place(body)
        return bool(inner) and body.endswith(inner) and len(body) > len(inner)

    def title_suffix(self, item: str) -> str | None:
        """The longest title ``item`` ends with (looked up by length: 100 ``endswith`` a chain item
        cost 4% of extraction)."""
        for n in self._title_lengths:
            if n <= len(item) and item[-n:] in self._title_set:
                return item[-n:]
        return None

    def chain_start(self, text: str, end: int, floor: int) -> int:
        s = end
        while s > floor and end - s < 60:
            if text[s - 1] in "”）)":
                # 县委“三服务”活动领导小组办公室主任, 县委统战部（县民宗局）副部长: a programme's quoted
                # name or the body's second name, inside the body's, where the body's name goes on before it
                m = _ENCLOSED.search(text, max(floor, s - 14), s)
                if m and m.start() > floor and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
                    s = m.start()
                    continue
            if text[s - 1] in CHAIN_STOP:
                break
            s -= 1
        # 本报讯 3月5日县委书记甲 (no comma after the date): the chain begins after the date
        for m in _DATE_BEFORE.finditer(text, s, end):
            s = m.end()
        return s

    def body_start(self, body: str) -> str:
        """Drop words before the body (深入学习|省委): keep from a level or place prefix."""
        if body[:1].isdigit() and (k := len(body) - len(body.lstrip("0123456789:：."))) < len(body) \
                and (body[k] in LEVELS or self.starts_with_place(body[k:])):
            body = body[k:]  # 9:25|县委书记甲 (a timeline's hour run into the line): the level after it
        if len(body) > 1 and body[0] in "我该" and body[1] in LEVELS:
            # 我县县委常委甲, 我县经信局局长乙: the paper's own; 该县县委书记甲: the county the article tells
            # of, as a bare 县委 is
            body = body[2:] if body[2:3] == body[1] else body[1:]
        if "了" in body:
            # 锦州市严肃查处了|北镇市…村党支部书记甲: a clause's verb before the body's place
            k = body.rfind("了")
            if k > 0 and self.starts_with_place(body[k + 1:]):
                body = body[k + 1:]
        first = None
        for i in range(len(body)):
            rest = body[i:]
            head = body[:i]
            at_place = (i == 0 or head.endswith(LEAD_ENDINGS)) and \
                (self.starts_with_place(rest) or rest.startswith(("中共", "党中央", "中央", "全国", "国务院", "中国")))
            # 会议还听取了|区审计局局长甲: a verb and its 了
            # (会议由|镇党委组织委员甲: a township's organ, the township named before)
            # (会议由|镇 + 党委副书记甲: a bare township, its organ in the title)
            at_level = (rest[:1] in LEVELS or TOWNSHIP_ORGAN.match(rest) or rest in ("镇", "乡", "街道")) and \
                (i == 0 or head.removesuffix("了").endswith(BODY_LEAD_TRIM))
            if (at_place or at_level) and any(v in rest for v in VISIT_VERBS):
                continue  # 在|市行政中心亲切会见了中国某集团公司: the place where, then the verb; the body is after it
            if at_place or at_level:
                delegation = _DELEGATION_IN.match(rest) if at_place else None
                if delegation and self.place_prefix(rest) == delegation["p"] \
                        and delegation["p"].endswith(rest[delegation.end()]):
                    # 丰城市党政代表团在|市委书记甲…的率领下: the delegation's place's committee (丰城市委)
                    return delegation["p"] + rest[delegation.end() + 1:]
                if "的" not in rest and "“" not in rest:
                    return rest
                # 市“两会”上的讲话精神和|市委副书记甲: a phrase of the clause, not a body's name, where a
                # body begins again after it
                first = first or rest
        if first:
            return first
        # a verb that takes a titled person, after where it was done (在某国际会议中心会见了|某公司董事长甲)
        cut = max((i + len(w) for w in VISIT_VERBS if (i := body.rfind(w)) > 0), default=0)
        if cut:
            body = body[cut + 1:] if body.startswith("了", cut) else body[cut:]
        if "的" in body:
            body = body[body.rfind("的") + 1:]  # 新当选的|镇文联主席甲: no body's name holds 的
        if body in BODY_LEAD_TRIM or not body:
            return ""  # 据|乡长甲: a word before a bare title, no body; 新当选的|党支部书记乙: none
        for _ in range(3):  # 看望|慰问了|村党支部书记甲: verbs one after another
            w = next((w for w in BODY_LEAD_TRIM if body.startswith(w) and len(body) > len(w)), None)
            if w is None or (len(w) == 1 and self.is_word(body[:2])):
                break  # 经济日报浙江站, 经信局: the word goes on, 经 is not the verb of 经…批准
            body = body[len(w):]
            body = body[1:] if body.startswith("了") and len(body) > 1 else body  # 会见了|乙公司
        if len(body) > 2 and body.endswith(("和", "及", "与")):
            return ""  # 讲话精神和|市长乙: a phrase, then a conjunction; the title after it is bare
        return body

    def canonical(self, body: str, juris: Jurisdiction) -> str:
        for printed, canon in self.lex.org_normalise:
            body = body.replace(printed, canon)
        if body.startswith("中共") and not body.startswith("中共中央"):
            body = body[2:]
        # 第十三届乌镇镇党委书记: a term's number is no part of the body's name
        body = re.sub(r"^第[一二三四五六七八九十\d]{1,4}届(?=[\u4e00-\u9fff]{2})", "", body)
        body = self._inner_body(body, "省")  # 安徽省黄山市委 -> 黄山市委, as 衢州市委 is written
        m = _LEVEL_AGAIN.search(body)
        if m and (inner := self.innermost_place(body)) and body.find(inner) + len(inner) == m.start() + 1:
            # 歙县县委, 黄山市歙县县政府: the level printed again after the place's name -> 歙县委
            body = body[:m.start() + 1] + body[m.end():]
        body = re.sub(r"([省市县区])委员会$", r"\1委", body)
        # 政协江山市第十届委员会 (the full name of a session's committee): the place's 政协
        body = re.sub(r"^政协([\u4e00-\u9fff]{2,6}?[省市县区])第?[\u4e00-\u9fff\d]{1,4}届委员会$", r"\1政协", body)
        # 中国共产党江山市第十五届委员会 -> 江山市委; …届纪律检查委员会 -> 江山市纪委
        m = re.match(r"^(?:中国共产党|中共)?([\u4e00-\u9fff]{2,6}?[省市县区])第?[\u4e00-\u9fff\d]{1,4}届"
                     r"(纪律检查委员会|纪委|委员会)$", body)
        if m:
            body = m.group(1) + ("委" if m.group(2) == "委员会" else "纪委")
        # 开化县第十八届人民代表大会常务委员会, 县十八届人大常委会: the place's 人大常委会 (a session's
        # number is no part of the body's name, as 开化县人大常委会 is printed for every session)
        body = re.sub(r"^([\u4e00-\u9fff]{0,6}?[省市县区])第?[一二三四五六七八九十\d]{1,4}届(人大常委会|人大|政协)$",
                      r"\1\2", body)
        # 衢州市衢江区委, 政协衢州市衢江区第五届委员会: the district's, named as 衢江区委 is
        # (FORMAT.md); a firm's or a village's name stays as printed (looked for after the city:
        # 宁波市|镇海区委 is no township's)
        inner = self._inner_body(body, "市", organ=True)
        if not _OWN_NAMED.search(inner):
            body = inner
        if body in BARE_HOME_BODIES and juris.home:  # 政协常委甲 in a county paper: the county's 政协
            return juris.home + body
        if body in BARE_HOME_ORGANS and juris.home:
            return juris.home + "委" + body  # 组织部副部长甲 in a district's paper: the district's 区委组织部
        m = DEMOCRATIC_PARTY.match(body)
        if m and juris.for_level(m["lvl"]):  # 致公党市委会 -> 致公党衢州市委会, as 市委 -> 衢州市委
            return m["party"] + juris.for_level(m["lvl"]) + "委会"
        m = YOUTH_LEAGUE.match(body)
        if m and juris.for_level(m["lvl"]):
            return "共青团" + juris.for_level(m["lvl"]) + "委"
        m = LEVEL_PREFIX.match(body)
        if m:
            full = juris.for_level(m["lvl"])
            if full:
                body = full + body[m.end("lvl"):]
        return body

    def _inner_body(self, body: str, outer: str, organ: bool = False) -> str:
        """``body`` less a place of level ``outer`` (省, 市) it begins with, where a county, a city or
        a district of it follows (with ``organ``: and that place's body after it)."""
        place = self.place_prefix(body)
        if place and place.endswith(outer) and len(body) > len(place):
            inner = self.place_prefix(body[len(place):])
            if inner and inner[-1:] in "市县区" and len(body) > len(place) + (len(inner) if organ else 0):
                return body[len(place):]
        return body

    def unresolved(self, org: str) -> bool:
        """Is ``org`` named by a bare level the paper did not resolve (县政府 in a city's paper)?"""
        return org[:1] in LEVELS and not self.starts_with_place(org)

    def antecedent(self, text: str, start: int, generic: str, floor: int) -> str | None:
        """The named body a generic word refers to (公司 -> 开化润途服饰有限公司), nearest first."""
        company = generic.endswith("公司") or generic == "企业"  # 企业负责人甲: the company named before
        suffix = "公司" if company else generic
        window = text[max(floor, start - 600):start]
        best = None
        township = suffix in ("镇", "乡", "街道")
        for m in re.finditer(r"[\u4e00-\u9fff]{2,24}?" + re.escape(suffix), window):
            if suffix == "村" and (window.startswith("民", m.end()) or m.group().endswith("乡村")
                                  or window.startswith("”", m.end())):
                continue  # 十几位村民: a villager, no village; “未来乡村”: a programme, no village
            name = self.body_start(FUNCTION_WORDS.sub("", m.group()))  # 叮嘱|村: no village's name
            if company:
                # 县长甲走访联系企业浙江常发机械有限公司: the company's name begins at a place's name,
                # after the titles (and so the verbs) of the sentence
                last_title = max(name.rfind(t) for t in self.titles)
                at = next((i for i in range(last_title + 1, len(name) - len(suffix))
                           if self.starts_with_place(name[i:])), None)
                if at is not None:
                    name = name[at:]
                elif last_title >= 0:
                    continue
            if township and (NOT_A_TOWNSHIP.search(name) or len(name) > len(suffix) + 4):
                if EPITHET.search(name):
                    continue  # 郑陆镇是我市东部工业强镇: a word for the township named before, not another
                if not window.startswith("村", m.end()):  # (带领镇村干部: the township's and villages'
                    best = None  # cadres, no township named) the nearest mention is no township's
                continue
            if len(name) > len(suffix) + 1:
                best = name
        return best

    def _named_before(self, text: str, start: int, generic: str, prev_body: str, floor: int) -> str:
        """The body a generic word refers to: the one the chain named before (韩村党总支书记、
        村委会主任甲: 韩村), else the nearest the article named; "" where none."""
        return (prev_body if prev_body.endswith(generic) else self.antecedent(text, start, generic, floor)) or ""

    def principal_body(self, text: str, start: int, principal: str, floor: int) -> str:
        """The body of the ``principal`` a bare title follows in the same sentence
        (区人大常委会主任甲主持会议，副主任乙、丙出席: 乙 and 丙 are deputies of the 区人大常委会),
        or "" where no principal with a body is printed there."""
        lo = max(floor, start - 160)
        window = text[lo:start]
        cut = window.rfind("。")
        found = self._principal_in(window[cut + 1:], principal)
        if not found and cut > 0 and text.startswith(BARE_LEADS, lo + cut + 1):
            # 区人大常委会主任甲主持会议。副主任乙、丙，秘书长丁出席: a sentence that opens on a
            # bare deputy's title goes on from the sentence before it
            found = self._principal_in(window[window.rfind("。", 0, cut) + 1:cut], principal)
        return found

    def unit_before(self, text: str, start: int, endings: tuple[str, ...], floor: int) -> str:
        """The unit a bare head's title follows in the same sentence (县人民医院党委书记甲，院长乙:
        乙 heads the 县人民医院), or "" where the sentence names no unit of that kind before it."""
        lo = max(floor, start - 80)
        window = text[lo:start]
        window = window[max(window.rfind(c) for c in "。；;") + 1:]
        # 县发改局（县粮食和物资储备局）局长甲: the unit's second name in brackets; the first is its own
        window = re.sub(r"[（(][^（）()]{1,24}[）)]$", "", window)
        found = ""
        for m in re.finditer(r"[\u4e00-\u9fff]{1,20}?(?:" + "|".join(endings) + ")", window):  # (县人武部)
            # 县纪委县监委对|县自然资源和规划局: the unit begins after the last word that takes an object
            body = self.body_start(re.split(r"(?:对|向|与|和|及|在|由)(?=[省市县区])", m.group())[-1])
            if len(body) >= 3 and (body[:1] in LEVELS or self.starts_with_place(body)):
                found = body
        return found

    def _place_of_name_before(self, text: str, s: int, names: set[str], floor: int) -> str | None:
        """The place the chain of the name just before a comma opens with (江山市委书记甲，市长乙:
        江山市), for a bare title of that place's level after it; None where no such name is there."""
        if s <= floor or text[s - 1] not in "，,、":  # (平武县委副书记甲、副县长乙: 、 as well)
            return None
        # the longest name that ends there (looked up by length: the same on every run, as a
        # pass over the set in its order would not be)
        name = next((text[s - 1 - n:s - 1] for n in (4, 3, 2) if s - 1 - n >= floor and text[s - 1 - n:s - 1] in names),
                    None)
        if name is None:
            return None
        end = s - 1 - len(name)
        start = self.chain_start(text, end, floor)
        # (市长甲会见了由扬州市委书记乙、市长丙: 乙's chain begins after the name before it)
        start += max(_after_last_name(text[start:end], names), 0)
        body = self.body_start(text[start:end].split("、")[0])
        place = self.innermost_place(body)
        level = LEVEL_PREFIX.match(body) if place is None and start < end else None
        if level:
            # a bare level again (婺源县委书记甲，县委副书记、县长乙，县委常委丙): the place of the name before
            place = self._place_of_name_before(text, start, names, floor)
            return place if place and place.endswith(level["lvl"]) else None
        return place

    @staticmethod
    def _led_by(text: str, s: int) -> bool:
        """Is ``s`` among the leaders of a delegation, between its 在 and 的率领下 (丰城市党政代表团在
        市委书记甲，市委副书记、市长乙的率领下)?"""
        start, end = sentence_span(text, s)
        return bool(_DELEGATION_IN.search(text, start, s)) and bool(_LED_UNDER.search(text, s, end))

    @staticmethod
    def _told_in(text: str, s: int, place: str) -> bool:
        """Does the paragraph before ``s`` tell of being in ``place`` (在婺源县, 赴德兴, 来到婺源)?"""
        para = text[text.rfind("\n", 0, s) + 1:s]
        short = place[:-1] if len(place) > 2 else place  # 婺源县 -> 婺源 (its prefix: 在婺源县 reads as 在婺源)
        return any(verb + short in para for verb in "在赴到")

    def _principal_in(self, window: str, principal: str) -> str:
        found = ""
        # (not 主任会议: the meeting of the heads, no head)
        for m in re.finditer(r"((?:[\u4e00-\u9fff]{2,16}、){0,3}[\u4e00-\u9fff]{0,16}?)" + re.escape(principal) + "(?!会)",
                             window):
            # 县人大常委会副主任乙、丙和秘书长丁: a deputy's body is the body too; 市人大常委会党组书记、
            # 主任甲: the principal's title ends a chain and the body is the chain's
            items = m.group(1).split("、")
            for item in reversed(items):
                if len(items) > 1 and re.fullmatch(r"(?:常务|执行)?副", item):
                    continue  # 党组书记、常务副|主任甲: the deputy's body is the chain's before it
                title = self.title_suffix(item) if len(items) > 1 else None
                if len(items) > 1 and item and not title:
                    break  # the words before a list, not a chain of titles
                body = self.body_start(re.sub(r"(?:常务)?副$", "", item[:-len(title)] if title else item))
                if len(body) >= 2 and (body[:1] in LEVELS or self.starts_with_place(body)):
                    found = body
                    break
        return found

    def parse(self, text: str, name: str, name_start: int, juris: Jurisdiction,
              floor: int = 0, names: set[str] = frozenset()) -> list[Post]:
        """Posts from the chain of titles printed just before ``name`` at ``name_start``.

        The chain stops at a preceding name (``镇党委书记甲、镇长乙``: 乙's chain is 镇长),
        and a bare township title then inherits the township of the chain before it."""
        aside = ASIDE.search(text, max(floor, name_start - 8), name_start) \
            if text.endswith(("）", ")"), 0, name_start) else None
        chain_end = aside.start() if aside else name_start  # 副区长（挂职）甲: the chain before the aside
        while chain_end > floor and text[chain_end - 1] in " \u3000":
            chain_end -= 1  # 县委书记 甲: a space between title and name (text from a PDF)
        s = self.chain_start(text, chain_end, floor)
        if s - 1 > floor and text[s - 1] in "，," and self.title_suffix(text[s:chain_end].split("、")[0]):
            # 县委副书记、县长，县防指指挥长甲: titles before the comma, and no name, are the name's too
            before = self.chain_start(text, s - 1, floor)
            clause = text[before:s - 1]
            if clause and self.title_suffix(clause.split("、")[-1]) and not any(n in clause for n in names) \
                    and (clause[:1] in LEVELS or self.starts_with_place(clause)):
                s = before
        chain = text[s:chain_end].replace("，", "、").replace(",", "、")
        prev_body = ""
        cut = _after_last_name(chain, names, name)
        if cut > 0:
            before, before_at = chain[:cut], s
            chain, s = chain[cut:], s + cut
            conj = re.match(r"以及|和|及", chain)  # 副主任乙、丙和秘书长丁: the conjunction is no body
            if conj:
                chain, s = chain[conj.end():], s + conj.end()
            m = re.search(r"(?:镇|乡|街道)(?=[^、]*$)", before)
            if m and chain.startswith("、"):
                # 华埠镇党委书记甲、镇长乙: the township of the name before's chain, read as a bare 镇 is
                # (回到镇里的镇党委书记甲、镇长乙: the township named before, no 向刚下村回到镇)
                prev_body = self.antecedent(text, before_at + m.end(), m.group(), floor) or ""
        if not chain.strip("、"):
            return []
        last = chain.rsplit("、", 1)[-1]
        if last and not self.title_suffix(last) and not last.endswith(self.lex.descriptors):
            # 闫主任、石书记全面了解了|甲的…: the chain does not end at the name; its titles are others'
            return []
        posts: list[Post] = []
        offset = s
        # where the chain opens: after the enumeration comma that follows the name before (甲、副县长乙)
        opens = s + 1 if chain.startswith("、") else s
        former = False
        items = []
        for item in chain.split("、"):
            m = _STANDING_THEN.match(item)
            if m and self.title_suffix(item[m.end():]):
                # 县委常委统战部部长, 县委常委副县长 (no 、 after 常委): two posts, as 县委常委、统战部部长
                items += [(item[:m.end()], offset), (item[m.end():], offset + m.end())]
            else:
                items.append((item, offset))
            offset += len(item) + 1
        for item, item_start in items:
            if not item:
                continue
            if item.startswith(("曾任", "曾担任")) or _THEN.search(item) or item.startswith("原") and (
                    item[1:2] in LEVELS or self.starts_with_place(item[1:]) or self.title_suffix(item) == item[1:]):
                # 原县委书记甲, 原副县长乙, 曾任西湖区区长丙: a post held before, not now
                # (原平市委 is a place's)
                prev_body = ""
                former = True
                continue
            if former and not item.startswith("现"):
                continue  # 原县委常委、副县长甲: 原 covers the rest of the chain
            if item.endswith(self.lex.descriptors):
                prev_body = ""
                continue
            title = self.title_suffix(item)
            if not title:
                prev_body = ""
                continue
            base = title
            if item[:-len(title)].endswith("副"):
                # 新华社浙江分社副社长: a deputy of a head the table lists without one, the head's kind
                title = ("常务副" if item[:-len(title)].endswith("常务副") else "副") + title
            elif item[:-len(title)].endswith("代"):
                title = "代" + title  # 县法院代院长, 代秘书长: acting, as 代县长 is printed (the body was 县法院代, 代)
            body = self.body_start(item[: -len(title)]) if len(item) > len(title) else ""
            if body.endswith("专职") and title.startswith("副"):
                # 民进某市委会专职副主委: a full-time deputy, as printed (the body was 民进某市委会专职)
                body, title = body[:-2], "专职" + title
            if "优秀" in body:  # 全国优秀县委书记甲, 优秀村党支部书记乙: an honour, not a post
                prev_body = ""
                continue
            if body.endswith("原"):  # 衢江区政协原副主席甲: held before, as 原县委书记 is
                prev_body = ""
                former = True  # (县某局原党组书记、局长甲: 原 covers the rest of the chain)
                continue
            body = SECOND_NAME.sub("", body)  # 县委统战部（县民宗局） -> 县委统战部: the first name is the body's
            stationed = STATIONED.search(body)
            if stationed:  # 县委组织部派驻红旗岗村第一书记甲: the village's, where the post is held
                body = body[stationed.end():]
            if title.endswith("部长") and body and (body + "部").endswith(PARTY_ORGANS):
                body += "部"  # 宣传部长: the head of the 宣传部, printed short
            elif title.endswith("局长") and len(body) >= 2 and not body.endswith("局"):
                body += "局"  # 公安局长, 财政局长: the head of the bureau, printed short
            # 荆门市委常委、市委宣传部部长: the bare level is the place the chain named (not the paper's own)
            body = self._chain_place(body, prev_body) or body
            kind, implied = self.lex.titles[base]
            if not prev_body and item_start == opens and body[:1] in LEVELS and LEVEL_PREFIX.match(body):
                # a bare level opening the chain after another place's leader, in a paragraph told there
                # (在婺源县，…婺源县委书记甲，县委副书记、县长乙陪同: 婺源县委); elsewhere the paper's own
                # (镇海区委常委甲，区委常委乙参加, when 镇海's delegation visits: 乙 is the home district's)
                place = self._place_of_name_before(text, opens, names, floor)
                if place and place.endswith(body[0]) and place not in (juris.home, juris.city) \
                        and (self._told_in(text, s, place) or self._led_by(text, opens)):
                    body = place + body[1:]
            if len(body) == 3 and body[0] in LEVELS and body.endswith("委会"):
                # 市委会副主委甲 after 民进市委会主委乙: the democratic party the article named (a party
                # committee is 市委; 委会 is printed for the parties' own)
                party = re.findall(_PARTIES, text[max(floor, item_start - 300):item_start])
                if party:
                    body = party[-1] + body
            if body.startswith("该") and body[1:] in GENERIC_BODIES:
                body = body[1:]  # 该公司总经理甲: the company named before, as 公司 is
            organ = TOWNSHIP_ORGAN.match(body)
            if organ:  # 镇人大主席甲: the congress of the township the article named
                found = self.antecedent(text, item_start, organ["t"], floor)
                body = found + organ["o"] if found else ""
            elif body in GENERIC_BODIES:
                body = self._named_before(text, item_start, body, prev_body, floor)
            elif not body and implied in GENERIC_BODIES:  # 村委会主任: the village the article names
                body = self._named_before(text, item_start, implied, prev_body, floor)
            elif not body and implied:
                # the place the chain named carries on to a bare title of its level
                # (衢州市委常委、副市长 -> 衢州市政府, also in a county-level city's paper)
                body = self._chain_place(implied, prev_body) or implied
                if not prev_body and item_start == opens and implied[:1] in LEVELS:
                    # or to one that opens the chain of the next name (江山市委书记甲，市长乙陪同)
                    place = self._place_of_name_before(text, opens, names, floor)
                    # (not the city above a county-level city's paper: there 市长 is the paper's own)
                    if place and place.endswith(implied[0]) and not (place == juris.city != juris.home):
                        body = place + implied[1:]
            elif not body and (kind != "gov" or title in TOWNSHIP_TITLES):
                # the principal of a deputy: 副主任 -> 主任, 常务副主任 -> 主任, 党组副书记 -> 党组书记, and a
                # party group's member's: 党组书记
                # (党组成员、副主任乙: the head's 党组, or its deputy's where only the deputy is printed)
                principals = (re.sub(r"(?:常务|执行)?副", "", title, count=1),) if "副" in title else \
                    ("党组书记", "党组副书记", "主任", "主席") if title == "党组成员" else ()
                # (区人大常委会主任甲，副主任乙，党组成员丙: the party group of the body whose head is named)
                if prev_body and kind != "party":
                    # 某集团有限公司党委常委、副总经理: the firm's deputy, not its party committee's
                    prev_body = re.sub(r"(?<=..)(?:党委|党组|党工委|党总支|党支部)$", "", prev_body)
                body = prev_body or next(
                    (b for p in principals if (b := self.principal_body(text, s, p, floor))), "")
                if not body and title.endswith("秘书长"):
                    # 市政协主席甲主持，副主席乙，秘书长丙出席: the secretary-general of the body whose
                    # head the sentence names
                    body = self.principal_body(text, s, "主席", floor) or self.principal_body(text, s, "主任", floor)
                if not body and title in TOWNSHIP_TITLES:
                    body = self.antecedent(text, item_start, TOWNSHIP_TITLES[title], floor) or ""
                if not body and title in self.lex.unit_heads:
                    body = self.unit_before(text, item_start, self.lex.unit_heads[title], floor)
            elif prev_body and not LEVEL_PREFIX.match(body) and not self._named_place(body):
                if body in ZONE_ORGANS or body in OWN_OFFICES:  # 开发区党工委书记、管委会主任: the zone's 管委会
                    body = prev_body + body
                elif TOWNSHIP_ORGAN.match(_township_kind(prev_body) + body):
                    body = prev_body + body  # 华埠镇党委书记、人大主席: the township's 人大
                elif body.startswith(PARTY_ORGANS) and re.search(r"[省市县区]委$", prev_body):
                    body = prev_body + body
                elif prev_body.endswith(("政协", "人大常委会")) and body.endswith(("委", "委员会")) \
                        and not body.endswith(("党委", "纪委", "工委会")):
                    # 县政协常委、农业农村委主任, 县人大常委会副主任、法工委主任: a committee of that body
                    body = prev_body + body
                elif prev_body[:1] in LEVELS and body.endswith(self.body_suffixes) and not _OWN_NAMED.search(body):
                    # 县政府党组成员、发改局局长 -> 县发改局; not a township's, a village's or a firm's
                    # own name (县人大代表、华埠镇下溪村党支部书记: the village as printed, FORMAT.md)
                    body = prev_body[0] + body
            if kind == "gov" and implied and (body in self.place_set or self._nested_place(body)):
                # 龙游县县长 / 衢州市市长 / 上饶市婺源县县长: the body printed is the place; the post is in its
                # government
                body = body + ("政府" if body[-1] in LEVELS else implied)
            for printed, titles, meant in self.lex.body_by_title:
                if body.endswith(printed) and title in titles and not organ:
                    body = body[: -len(printed)] + meant  # 县人大主任: the 县人大常委会's (not 镇人大主席)
                    break
            if not body or body == title or (len(body) == 1 and body in LEVELS) or body.endswith("级"):
                continue  # 市二级巡视员甲: a rank of the city's service, in no body the text names (村级河长乙)
            if title == "代表" and not body.endswith(CONGRESSES):
                prev_body = ""
                continue  # 受表彰的优秀共产党员代表甲, 企业代表乙: one who speaks for others, no deputy
            if kind == "business" and len(body) <= 2 and body not in self.place_set:
                continue  # 技术总监, 销售经理: a line of work, not a company
            prev_body = body
            org = self.canonical(body, juris)
            if self.unresolved(org):
                continue  # 县长甲 in a city's paper that names no county: no body to hold the post in
            posts.append(Post(name, org, title, item_start, name_start + len(name)))
        return posts
