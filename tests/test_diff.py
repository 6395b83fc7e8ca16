from rdflib import Graph

from kg.diff import apply_patch, is_empty, patch, semantic_diff


def month(sample_build, m):
    return Graph().parse(data=sample_build.files[f"months/{m}.ttl"], format="turtle")


def test_acting_head_becomes_head_with_evidence(sample_build):
    a, b = month(sample_build, "2021-01"), month(sample_build, "2021-09")
    rep = semantic_diff(a, b)
    change = next(c for c in rep["post_changes"] if c.get("person") == "毛献明")
    assert (change["kind"], change["from_title"], change["title"]) == ("title changed", "代县长", "县长")
    assert "代县长毛献明" in change["evidence_a"] and "县长毛献明" in change["evidence_b"]
    assert "鲁霞光" in rep["persons_new"]


def test_same_month_is_empty_and_patch_round_trips(sample_build):
    a, b = month(sample_build, "2021-01"), month(sample_build, "2021-09")
    assert is_empty(semantic_diff(a, a)) and patch(a, a) == ""
    assert set(apply_patch(a, patch(a, b))) == set(b)
