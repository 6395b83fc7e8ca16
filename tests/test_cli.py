import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import write

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def out(sample_build, tmp_path_factory):
    d = tmp_path_factory.mktemp("built") / "out"
    write(sample_build, d)
    return d


def test_extract_table_shows_posts_and_events():
    r = runner.invoke(app, ["extract", str(ROOT / "corpus/sample/kaihua-2021-09-19.txt"), "--home", "开化县",
                            "--parent", "衢州市", "--format", "table"])
    assert r.exit_code == 0, r.output
    assert "开化县委" in r.output and "鲁霞光" in r.output and "chair" in r.output


def test_query_formats(out):
    args = ["query", "person-posts", "--param", "person=毛献明", "--graph", str(out / "graph.ttl")]
    js = json.loads(runner.invoke(app, args + ["--format", "json"]).output)
    assert {"org": "开化县政府", "title": "县长", "first": "2021-09-19", "last": "2021-09-19"} in js
    csv_out = runner.invoke(app, args + ["--format", "csv"]).output
    assert csv_out.splitlines()[0] == "org,title,first,last"
    listing = runner.invoke(app, ["query", "--list", "--format", "csv"]).output
    assert "post-holders" in listing and "person-evidence" in listing


def test_network_exports(out, tmp_path):
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        r = runner.invoke(app, ["network", "--format", fmt, "--out", str(out)])
        assert r.exit_code == 0
        f = tmp_path / f"n.{fmt}"
        f.write_text(r.output, encoding="utf-8")
        g = reader(f)
        assert g.number_of_nodes() == 22 and g.has_edge("开化县/毛献明", "开化县/陈体法")
    month = runner.invoke(app, ["network", "--month", "2021-07", "--out", str(out)]).output
    assert "衢州市/汤飞帆" in month and "开化县/毛献明" not in month


def test_diff_formats(out):
    base = ["diff", "2021-01", "2021-09", "--out", str(out)]
    rep = json.loads(runner.invoke(app, base + ["--format", "json"]).output)
    assert any(c.get("person") == "毛献明" and c.get("title") == "县长" for c in rep["post_changes"])
    patch = runner.invoke(app, base + ["--format", "patch"]).output
    assert patch.startswith("D ") and "\nA " in patch
    assert runner.invoke(app, ["diff", "2020-01", "2021-09", "--out", str(out)]).exit_code == 2
