from pathlib import Path

import pytest
from rdflib import Graph

from kg.query import library, resolve, run


@pytest.fixture(scope="module")
def graph(sample_build):
    return Graph().parse(data=sample_build.files["graph.ttl"], format="turtle")


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
    assert len(rows) == 3 and any("chair" in r[2] and "speaker" in r[2] for r in rows)


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
