"""Bad input loses nothing and lets nothing in (issue: robustness)."""
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import opencc
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF

from kg.io import settle
from kg.pipeline import build, write

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "sample"
ROW = "{f},开化报,{d},开化县,衢州市,浙江省\n"


def corpus(tmp_path, pages: dict[str, bytes], manifest: str | None = None) -> Path:
    d = tmp_path / "c"
    d.mkdir(parents=True)
    for name, data in pages.items():
        (d / name).write_bytes(data)
    if manifest is not None:
        (d / "manifest.csv").write_text(manifest, encoding="utf-8")
    return d


def sample_text(name="kaihua-2021-09-19.txt") -> str:
    return (SAMPLE / name).read_text(encoding="utf-8")


def facts(rec):
    return ({p["name"] for p in rec["persons"]}, {(p["person"], p["org"], p["role"]) for p in rec["posts"]})


def test_traditional_page_gives_same_persons_and_posts(extractor):
    from conftest import meta

    text = sample_text()
    trad = opencc.OpenCC("s2t.json").convert(text)
    assert trad != text
    a = extractor.extract(text, meta(parent="衢州市"))
    b = extractor.extract(trad, meta(parent="衢州市"))
    assert facts(a) == facts(b)
    assert b["script"] == {"traditional": True, "evidence_in_original_script": True}
    quote = b["posts"][0]["evidence"]["quote"]
    assert "縣委" in quote or "書記" in quote  # evidence keeps the printed (traditional) text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "big5", "utf-16"])
def test_encodings_detected_and_recorded(tmp_path, encoding):
    text = sample_text()
    if encoding == "big5":  # Big5 papers print traditional characters (Taiwan standard forms)
        text = opencc.OpenCC("s2tw.json").convert(text)
    c = corpus(tmp_path, {"p-2021-09-19.txt": text.encode(encoding)},
               "file,paper,issue_date,home,parent,province\n" + ROW.format(f="p-2021-09-19.txt", d="2021-09-19"))
    res = build(c, validate=False)
    page = res.report["pages"][0]
    assert page["status"] == "ok"
    assert page["encoding"].replace("_", "").lower() in {"utf8sig": {"utf-8-sig"}, "gb18030": {"gb18030"},
                                                          "big5": {"big5", "cp950", "big5hkscs"},
                                                          "utf16": {"utf-16"}}[encoding.replace("-", "")] or \
        page["encoding"].lower().replace("_", "-") in (encoding, "big5hkscs", "cp950")
    assert ("鲁霞光", "开化县委", "书记") in facts(res.records[0])[1]


def test_undecodable_bytes_named_with_offset(tmp_path):
    data = "本报讯 县委召开会议。".encode("utf-8") + bytes([0xFF, 0xFE, 0x00, 0x81]) * 50
    c = corpus(tmp_path, {"bad-2021-09-19.txt": data, "ok-2021-09-19.txt": sample_text().encode()})
    res = build(c, validate=False)
    msgs = [p for p in res.report["problems"] if p["file"] == "bad-2021-09-19.txt"]
    assert msgs and ("offset" in msgs[0]["message"] or "binary" in msgs[0]["message"])
    assert [r["document"] for r in res.records] == ["ok-2021-09-19.txt"]


def test_enormous_file_skipped_without_reading(tmp_path):
    c = corpus(tmp_path, {"ok-2021-09-19.txt": sample_text().encode()})
    with open(c / "huge-2021-09-19.txt", "wb") as fh:  # 200 MB, sparse on disk
        fh.truncate(200 * 1024 * 1024)
    t = time.perf_counter()
    res = build(c, validate=False)
    assert time.perf_counter() - t < 30
    assert any(p["file"] == "huge-2021-09-19.txt" and "too large" in p["message"] for p in res.report["problems"])
    assert len(res.records) == 1


def test_manifest_problems_named_with_lines(tmp_path):
    c = corpus(tmp_path, {"a-2021-09-19.txt": sample_text().encode(), "b.txt": sample_text().encode() + b"x"},
               "file,paper,issue_date,home\na-2021-09-19.txt,开化报,2021-13-45,开化县\nb.txt,开化报,,开化县\n")
    res = build(c, validate=False)
    probs = {(p["file"], p.get("line")): p["message"] for p in res.report["problems"]}
    assert "bad issue_date" in probs[("manifest.csv", 2)]
    assert any(f == "b.txt" and "issue date unknown" in m for (f, _), m in probs.items())
    bad = corpus(tmp_path / "x", {"a-2021-09-19.txt": sample_text().encode()}, "name,date\nfoo,bar\n")
    res = build(bad, validate=False)
    assert any("lacks column" in p["message"] for p in res.report["problems"]) and res.records


def test_page_without_articles_is_reported(tmp_path):
    c = corpus(tmp_path, {"blank-2021-09-19.txt": "。。。\n\n".encode(), "ok-2021-09-19.txt": sample_text().encode()})
    res = build(c, validate=False)
    assert any(p["file"] == "blank-2021-09-19.txt" and "no article" in p["message"] for p in res.report["problems"])


def test_extractor_crash_recorded_with_traceback(tmp_path, monkeypatch):
    from kg.extract.core import Extractor

    real = Extractor._extract

    def boom(self, text, meta):
        if meta.document.startswith("boom"):
            raise RuntimeError("synthetic failure")
        return real(self, text, meta)

    monkeypatch.setattr(Extractor, "_extract", boom)
    c = corpus(tmp_path, {"boom-2021-09-19.txt": b"x" * 10 + sample_text().encode(),
                          "ok-2021-09-19.txt": sample_text().encode()})
    res = build(c, validate=False)
    failed = [p for p in res.report["pages"] if p["status"] == "failed"]
    assert len(failed) == 1 and "synthetic failure" in failed[0]["traceback"]
    assert [r["document"] for r in res.records] == ["ok-2021-09-19.txt"]


HOSTILE = ("本报讯（记者 王一） 3月2日上午，县委召开“<script>alert(1)</script>”专项行动推进会。"
           '县委书记柯立安主持会议并讲话。柯立安强调，要推进“\\" } ; DROP ALL ; <x> \\"\\"\\"”改革，'
           "抓好“<img src=x onerror=alert(1)>”工程。县领导骆明远参加。")


def test_hostile_text_is_plain_literals_and_escaped(tmp_path):
    c = corpus(tmp_path, {"h-2021-03-03.txt": HOSTILE.encode()},
               "file,paper,issue_date,home,parent,province\n" + ROW.format(f="h-2021-03-03.txt", d="2021-03-03"))
    res = build(c)
    assert res.report["shacl"]["conforms"]
    g = Graph().parse(data=res.files["graph.ttl"], format="turtle")
    labels = {str(o) for o in g.objects() if isinstance(o, Literal)}
    assert any("<script>alert(1)</script>" in lab for lab in labels)
    assert Literal("柯立安", lang="zh") in set(g.objects(None, FOAF.name))
    for name, content in res.files.items():
        if name.endswith(".html"):
            assert "<script>alert(1)</script>" not in content and "<img src=x" not in content, name
    out = tmp_path / "out"
    write(res, out)
    from typer.testing import CliRunner

    from kg.cli import app

    r = CliRunner().invoke(app, ["diff", str(out / "months" / "2021-03.ttl"), str(out / "months" / "2021-03.ttl"),
                                 "--format", "html"])
    assert r.exit_code == 0 and "<script>" not in r.output


def test_kill_9_leaves_previous_out_whole(tmp_path):
    out = tmp_path / "out"
    write(build(SAMPLE), out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, str(ROOT / "build_graph.py"), str(SAMPLE), "--out", str(out)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # the record cache (out/.cache) may gain complete entries; the outputs must not change
        after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*")
                 if p.is_file() and ".cache" not in p.relative_to(out).parts}
        assert after.keys() == before.keys()
        report = Path("report.json")  # its timings differ when a build finished between kills
        assert {k: v for k, v in after.items() if k != report} == {k: v for k, v in before.items() if k != report}
        Graph().parse(data=after[Path("graph.ttl")].decode("utf-8"), format="turtle")
        json.loads(after[report])
    write(build(SAMPLE), out)
    settle()  # the previous output is deleted by a detached process
    assert not list(tmp_path.glob(".out.tmp-*")) and not list(tmp_path.glob(".out.old-*"))
