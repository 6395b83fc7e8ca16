import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph

from kg.pipeline import build, write

ROOT = Path(__file__).resolve().parent.parent


def test_build_writes_every_output(sample_build, tmp_path):
    out = tmp_path / "out"
    write(sample_build, out)
    for rel in ("graph.ttl", "centrality.csv", "network.html", "report.json", "months/2021-01.ttl",
                "months/2021-09.ttl", "extractions/kaihua-2021-09-19.json"):
        assert (out / rel).exists(), rel
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["built"] == 3 and report["totals"]["skipped"] == 0


def test_graph_parses_in_rdflib_and_oxigraph_without_blank_nodes(sample_build):
    ttl = sample_build.files["graph.ttl"]
    g = Graph().parse(data=ttl, format="turtle")
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    store = ox.Store()
    store.load(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g) > 1000


def test_two_builds_are_byte_identical(sample_build):
    again = build()
    for name in ("graph.ttl", "centrality.csv", "network.html", "extractions/quzhou-2021-07-22.json"):
        assert again.files[name] == sample_build.files[name], name


def test_bad_pages_reported_and_rest_built(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    sample = ROOT / "corpus" / "sample" / "kaihua-2021-09-19.txt"
    (corpus / "good-2021-09-19.txt").write_bytes(sample.read_bytes())
    (corpus / "copy-2021-09-20.txt").write_bytes(sample.read_bytes())
    (corpus / "empty-2021-09-19.txt").write_bytes(b"")
    (corpus / "binary-2021-09-19.txt").write_bytes(b"\x00\x01\x02garbage")
    (corpus / "manifest.csv").write_text("file,paper,issue_date,home,parent,province\n"
                                         "good-2021-09-19.txt,开化报,2021-09-19,开化县,衢州市,浙江省\n"
                                         "missing.txt,开化报,2021-09-19,开化县,衢州市,浙江省\n", encoding="utf-8")
    res = build(corpus)
    assert [r["document"] for r in res.records] == ["good-2021-09-19.txt"]
    messages = {(p["file"], p.get("line")): p["message"] for p in res.report["problems"]}
    assert any("empty" in m for (f, _), m in messages.items() if f == "empty-2021-09-19.txt")
    assert any("binary" in m for (f, _), m in messages.items() if f == "binary-2021-09-19.txt")
    assert any("duplicate" in m for (f, _), m in messages.items() if f == "copy-2021-09-20.txt")
    assert ("manifest.csv", 3) in messages


def test_gbk_page_is_decoded(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = (ROOT / "corpus" / "sample" / "kaihua-2021-01-29.txt").read_text(encoding="utf-8")
    (corpus / "gbk-2021-01-29.txt").write_bytes(text.encode("gb18030"))
    res = build(corpus)
    assert res.report["pages"][0]["encoding"].lower().replace("_", "") in ("gb18030", "gbk", "gb2312")
    assert res.records and res.records[0]["posts"]


def test_cli_build_nothing_buildable_keeps_previous_out(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    r = subprocess.run([sys.executable, str(ROOT / "build_graph.py"), str(empty), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    r = subprocess.run([sys.executable, str(ROOT / "build_graph.py"), str(tmp_path / "nope"), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "no such corpus folder" in r.stderr


def test_the_readmes_printed_counts_are_the_sample_builds(sample_build):
    """README's Quickstart prints the table ``build_graph.py`` shows for the bundled sample: its counts
    must be this build's (they had drifted from the first commit's: campaigns, promotes, triples)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("┏"):readme.index("┘")]
    printed = dict(re.findall(r"│ (\w+)\s*│\s*([^│]+?) │", table))
    totals = sample_build.report["totals"]
    for key in ("pages", "built", "skipped", "persons", "posts", "events", "campaigns", "promotes", "triples"):
        assert printed[key] == str(totals[key]), key
    assert printed["months"] == ", ".join(totals["months"])
