import pytest
from rdflib import Graph

from kg.query import library, resolve, run
from kg.store import OxigraphStore, RdflibStore


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def graph(sample_build, request):
    ttl = sample_build.files["graph.ttl"]
    if request.param == "rdflib":
        return RdflibStore(Graph().parse(data=ttl, format="turtle"))
    return OxigraphStore.from_turtle(ttl)


def test_library_has_headers():
    qs = library()
    assert len(qs) >= 12
    assert all(q.title and q.answers and q.params for q in qs)


def test_post_holders_on_a_date(graph):
    cols, rows = run(graph, resolve("post-holders"), {"org": "开化县政府", "title": "县长", "on": "2021-09-19"})
    assert [r[cols.index("name")] for r in rows] == ["毛献明"]


def test_person_posts_over_time(graph):
    cols, rows = run(graph, resolve("person-posts"), {"person": "毛献明"})
    assert {(r[0], r[1]) for r in rows} == {("开化县委", "副书记"), ("开化县政府", "代县长"), ("开化县政府", "县长")}


def test_person_events_roles(graph):
    cols, rows = run(graph, resolve("person-events"), {"person": "鲁霞光"})
    assert len(rows) == 3 and ["chair", "speaker", ""] in [r[2:] for r in rows]


def test_coattendees_ranked(graph):
    cols, rows = run(graph, resolve("coattendees"), {"person": "毛献明"})
    assert {"樊勇军", "陈体法", "郑胜军"} <= {r[0] for r in rows}


def test_campaign_promoters(graph):
    cols, rows = run(graph, resolve("campaign-promoters"), {"campaign": "五水共治"})
    assert ["毛献明", "五水共治"] == rows[0][:2]


def test_month_events(graph):
    cols, rows = run(graph, resolve("month-events"), {"month": "2021-01"})
    assert {r[3] for r in rows} == {"毛献明", "樊勇军", "吴有熠", "黄高松", "邹志岗", "张飞", "杨宇", "郜黎明", "谷声"}


def test_hostile_parameter_is_a_literal(graph):
    for value in ['毛献明" } UNION { ?s ?p ?o } #', "x') || true || ('", "} DELETE WHERE { ?s ?p ?o }"]:
        cols, rows = run(graph, resolve("person-posts"), {"person": value})
        assert rows == []
    assert len(graph) > 1000


def test_jurisdiction_bodies(graph):
    cols, rows = run(graph, resolve("jurisdiction-bodies"), {"place": "开化县"})
    held = {(r[0], r[1], r[2]) for r in rows}
    assert {("开化县委", "书记", "鲁霞光"), ("开化县政府", "副县长", "陈体法"), ("开化县政府", "县长", "毛献明")} <= held
    assert not any(r[0].startswith("衢州市") for r in rows)


def test_active_officials_in_a_month(graph):
    cols, rows = run(graph, resolve("active-officials"), {"month": "2021-09"})
    assert rows[0][1:] == ["鲁霞光", "3"]
    assert ["2021-09", "毛献明", "2"] in rows


def test_person_evidence(graph):
    cols, rows = run(graph, resolve("person-evidence"), {"person": "陈体法"})
    facts = {r[0] for r in rows}
    assert facts == {"membership", "participation", "promotes"}  # the key gives him the 若干意见 he presented
    assert any("副县长陈体法解读" in r[1] for r in rows)
    assert {r[2] for r in rows} == {"kaihua-2021-09-19.txt"}


def test_new_campaigns(graph):
    cols, rows = run(graph, resolve("new-campaigns"), {"month": "2021-07"})
    names = {r[0] for r in rows}
    assert {"数字化改革", "两专工程", "啄木鸟行动"} <= names
    assert "五水共治" not in names


def test_multi_jurisdiction(graph):
    cols, rows = run(graph, resolve("multi-jurisdiction"), {})
    assert rows == [["习近平", "开化县", "2"], ["习近平", "衢州市", "2"]]


def test_post_changes(graph):
    cols, rows = run(graph, resolve("post-changes"), {"from": "2021-02-01", "to": "2021-09-30"})
    new = {(r[1], r[3]) for r in rows if r[0] == "new"}
    assert {("毛献明", "县长"), ("鲁霞光", "书记"), ("陈体法", "副县长"), ("汤飞帆", "书记")} <= new
    assert ("毛献明", "代县长") not in new


def _memberships(sample_build):
    """(name, org, title, first, last) of every membership, read from the graph with rdflib."""
    from kg.ontology import KG
    from rdflib.namespace import FOAF, ORG, SKOS

    g = Graph().parse(data=sample_build.files["graph.ttl"], format="turtle")
    out = []
    for m in g.subjects(ORG.member, None):
        out.append((str(g.value(g.value(m, ORG.member), FOAF.name)), str(g.value(g.value(m, ORG.organization), SKOS.prefLabel)),
                    str(g.value(g.value(m, KG.post), KG.title)), str(g.value(m, KG.firstSeen)), str(g.value(m, KG.lastSeen))))
    return g, out


@pytest.mark.parametrize("span", [("2021-02-01", "2021-09-30"), ("2021-08-01", "2021-12-31"), ("2021-01-06", "2021-07-22")])
def test_post_changes_agree_with_the_memberships(graph, sample_build, span):
    """The index-driven query (issue dates first) gives what its definition gives, "left" rows included."""
    lo, hi = span
    _, ms = _memberships(sample_build)
    want = set()
    for name, org, title, first, last in ms:
        if lo <= first <= hi:
            want.add(("new", name, org, title, first, last))
        elif lo <= last < hi:
            want.add(("left", name, org, title, first, last))
    cols, rows = run(graph, resolve("post-changes"), {"from": lo, "to": hi})
    assert {tuple(r) for r in rows} == want and len(rows) == len(want)
    assert want and (span != ("2021-08-01", "2021-12-31") or any(w[0] == "left" for w in want))


def test_jurisdiction_bodies_without_holders_are_listed(graph, sample_build):
    from kg.ontology import KG
    from rdflib import RDFS, Literal
    from rdflib.namespace import ORG, SKOS

    g, ms = _memberships(sample_build)
    place = g.value(None, RDFS.label, Literal("开化县", lang="zh"))
    held = {m[1] for m in ms}
    bodies = {str(g.value(o, SKOS.prefLabel)) for o in g.subjects(KG.jurisdiction, place) if (o, ORG.classification, None) in g}
    cols, rows = run(graph, resolve("jurisdiction-bodies"), {"place": "开化县"})
    assert {r[0] for r in rows} == bodies
    empty = bodies - held
    assert empty and {(r[0], r[1], r[2]) for r in rows if r[0] in empty} == {(b, None, None) for b in empty}


EXAMPLES = {"post-holders": {"org": "开化县"}, "person-posts": {"person": "毛献明"},
            "person-events": {"person": "毛献明"}, "coattendees": {"person": "鲁霞光"},
            "campaign-promoters": {}, "jurisdiction-bodies": {"place": "衢州市"}, "active-officials": {},
            "month-events": {"month": "2021-09"}, "person-evidence": {"person": "汤飞帆"},
            "new-campaigns": {"month": "2021-01"}, "multi-jurisdiction": {},
            "post-changes": {"from": "2021-01-01", "to": "2021-12-31"}}


def test_both_backends_agree_on_every_query(sample_build):
    ttl = sample_build.files["graph.ttl"]
    a, b = RdflibStore(Graph().parse(data=ttl, format="turtle")), OxigraphStore.from_turtle(ttl)
    assert set(EXAMPLES) == {q.name for q in library()}
    for name, params in EXAMPLES.items():
        ra, rb = run(a, resolve(name), params), run(b, resolve(name), params)
        assert ra == rb, name
        assert ra[1], name


def test_database_is_loaded_once_and_reloaded_when_the_graph_changes(sample_build, tmp_path):
    from kg.store import open_store

    ttl = tmp_path / "graph.ttl"
    ttl.write_text(sample_build.files["graph.ttl"], encoding="utf-8")
    db = tmp_path / "db"
    q = resolve("person-posts")
    first = open_store(ttl, db=db)
    want = run(OxigraphStore.load(ttl), q, {"person": "毛献明"})
    assert run(first, q, {"person": "毛献明"}) == want and len(first) > 2000
    del first
    stamp = (db / "source.json").stat().st_mtime_ns
    again = open_store(ttl, db=db)  # reopened read-only, not loaded again
    assert (db / "source.json").stat().st_mtime_ns == stamp and run(again, q, {"person": "毛献明"}) == want
    del again
    ttl.write_text(sample_build.files["months/2021-01.ttl"], encoding="utf-8")
    smaller = open_store(ttl, db=db)  # the graph changed: the database is rebuilt from it
    assert len(smaller) == len(OxigraphStore.load(ttl)) < 2000
