"""Known-answer diffs on small fixture graphs built from hand-written records, one per kind of change."""
from kg.diff import apply_patch, as_html, as_json, as_text, patch, semantic_diff
from kg.rdf import build_graph


def record(doc, date, posts=(), events=(), promotes=(), persons=None, home="开化县"):
    names = persons if persons is not None else sorted(
        {p[0] for p in posts} | {x[0] for e in events for x in e[1]} | {r[0] for r in promotes})
    ev = lambda q: {"quote": q, "start": 0, "end": len(q), "sentence_start": 0}  # noqa: E731
    return {
        "document": doc, "issue_date": date, "home": home, "paper": "测试报",
        "persons": [{"name": n, "aliases": []} for n in names], "journalists": [],
        "posts": [{"person": p, "org": o, "role": r, "evidence": ev(f"{o}{r}{p}")} for p, o, r in posts],
        "events": [{"id": f"e{i}", "title": t, "date": date, "kind": "meeting", "organizer": None,
                    "participants": [{"person": n, "role": r} for n, r in parts]}
                   for i, (t, parts) in enumerate(events, 1)],
        "campaigns": [{"name": c, "aliases": []} for c in sorted({c for _, c in promotes})],
        "promotes": [{"person": p, "campaign": c} for p, c in promotes],
        "articles": [],
    }


def diff(a, b):
    return semantic_diff(build_graph([a]), build_graph([b]))


def test_persons_new_and_gone():
    r = diff(record("a", "2021-01-05", persons=["甲", "乙"]), record("b", "2021-02-05", persons=["乙", "丙"]))
    assert r["persons_new"] == ["丙"] and r["persons_gone"] == ["甲"]


def test_title_changed_with_both_evidences():
    r = diff(record("a", "2021-01-05", posts=[("甲", "开化县政府", "代县长")]),
             record("b", "2021-02-05", posts=[("甲", "开化县政府", "县长")]))
    (c,) = [c for c in r["post_changes"] if c["kind"] == "title changed"]
    assert (c["person"], c["from_title"], c["title"]) == ("甲", "代县长", "县长")
    assert c["evidence_a"] == "开化县政府代县长甲" and c["evidence_b"] == "开化县政府县长甲"


def test_person_seen_in_a_different_body():
    r = diff(record("a", "2021-01-05", posts=[("甲", "开化县经信局", "局长")]),
             record("b", "2021-02-05", posts=[("甲", "开化县财政局", "局长")]))
    (c,) = [c for c in r["post_changes"] if c.get("person") == "甲"]
    assert (c["kind"], c["from_org"], c["org"]) == ("new body", "开化县经信局", "开化县财政局")


def test_new_holder_of_a_post():
    r = diff(record("a", "2021-01-05", posts=[("甲", "开化县委", "书记")]),
             record("b", "2021-02-05", posts=[("乙", "开化县委", "书记")]))
    (c,) = [c for c in r["post_changes"] if c["kind"] == "new holder"]
    assert (c["org"], c["title"], c["from"], c["to"]) == ("开化县委", "书记", ["甲"], ["乙"])
    assert (c["evidence_a"], c["evidence_b"]) == ("开化县委书记甲", "开化县委书记乙")


def test_campaigns_begin_and_fade_with_promoters():
    r = diff(record("a", "2021-01-05", promotes=[("甲", "五水共治")]),
             record("b", "2021-02-05", promotes=[("乙", "数字化改革")]))
    assert r["campaigns_new"] == [{"campaign": "数字化改革", "promoters": ["乙"]}]
    assert r["campaigns_gone"] == [{"campaign": "五水共治", "promoters": ["甲"]}]


def test_ties_gained_lost_and_rank_movers():
    a = record("a", "2021-01-05", events=[("会议", [("甲", "chair"), ("乙", "attendee")]),
                                           ("座谈会", [("甲", "chair"), ("丙", "attendee")])])
    b = record("b", "2021-02-05", events=[("会议", [("乙", "chair"), ("丙", "attendee")]),
                                           ("座谈会", [("乙", "chair"), ("甲", "attendee")])])
    r = diff(a, b)
    assert r["ties_gained"] == [["丙", "乙"]] or r["ties_gained"] == [["乙", "丙"]]
    assert sorted(map(sorted, r["ties_lost"])) == [["丙", "甲"]]
    movers = {m["person"]: (m["rank_a"], m["rank_b"]) for m in r["centrality_movers"]}
    assert movers["乙"][1] == 1 and movers["甲"][0] == 1


def test_outputs_escape_and_patch_applies():
    a = record("a", "2021-01-05", posts=[("甲", "开化县委", "书记")])
    b = record("b", "2021-02-05", posts=[("<b>乙</b>", "开化县委", "书记")])
    ga, gb = build_graph([a]), build_graph([b])
    rep = semantic_diff(ga, gb)
    page = as_html(rep, "a", "b")
    assert "<b>乙</b>" not in page and "&lt;b&gt;乙&lt;/b&gt;" in page
    assert "乙" in as_text(rep, "a", "b") and '"persons_new"' in as_json(rep)
    assert set(apply_patch(ga, patch(ga, gb))) == set(gb.to_rdflib())
