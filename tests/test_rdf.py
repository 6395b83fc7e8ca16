"""The graph as N-Triples lines: month graphs merged equal the graph built whole."""

from rdflib import Graph, Literal, URIRef

from kg.rdf import GraphBuilder, TripleSet, build_graph, classify, lit, merge_runs


def test_months_merged_equal_the_whole_graph(sample_build):
    records = sample_build.records
    by_month = {}
    for rec in records:
        by_month.setdefault(rec["issue_date"][:7], []).append(rec)
    assert len(by_month) == 3  # the sample spans three months, with persons seen in more than one
    runs = []
    for month, recs in sorted(by_month.items()):
        b = GraphBuilder()
        for rec in recs:
            b.add(rec)
        runs.append("".join(line + "\n" for line in b.graph().sorted()).encode("utf-8"))
    run, n = merge_runs(runs)
    merged = run.decode("utf-8").split("\n")[:-1]
    whole = build_graph(records).sorted()
    assert merged == whole and n == len(whole)
    # one first-seen and one last-seen per fact survive the merge: the earliest and the latest
    first_seen = [line for line in merged if "firstSeen" in line]
    assert len({line.split(" ")[0] for line in first_seen}) == len(first_seen)
    assert any('"2021-01' in line for line in first_seen)
    assert any('"2021-09' in line for line in merged if "lastSeen" in line)


def test_literals_survive_any_text():
    hostile = 'a "quoted" \\ back\nslash\r> <x> . """'
    ts = TripleSet({f"<http://e.org/s> <http://e.org/p> {lit(hostile, 'zh')} ."})
    g = ts.to_rdflib()
    assert (URIRef("http://e.org/s"), URIRef("http://e.org/p"), Literal(hostile, lang="zh")) in g
    assert len(Graph().parse(data=ts.to_turtle(), format="turtle")) == 1


def test_graph_build_is_order_independent(sample_build):
    records = sample_build.records
    assert build_graph(records).sorted() == build_graph(list(reversed(records))).sorted()


def test_a_bucket_merge_splits_lines_at_newlines_only(tmp_path):
    """Page text may carry U+2028, U+0085 or a form feed inside a literal: N-Triples leaves them
    unescaped, so a merge that split at every Unicode line break would cut a triple in two."""
    import pyoxigraph as ox

    from kg.pipeline import merge_bucket
    from kg.rdf import nt_text

    odd = "县委\u2028书记\x85会议\x0c召开"
    lines = [f"<http://e.org/ev> <http://e.org/name> {lit(odd, 'zh')} ."]
    data = nt_text(lines).encode("utf-8")
    (tmp_path / "m.nt").write_bytes(data)
    n = merge_bucket(([(tmp_path / "m.nt", 0, len(data)), (tmp_path / "m.nt", 0, len(data))], tmp_path / "b.ttl"))
    got = [q.triple.object.value for q in ox.parse(path=str(tmp_path / "b.ttl"), format=ox.RdfFormat.TURTLE)]
    assert n == 1 and got == [odd]


def test_turtle_chunks_for_an_endpoint_keep_odd_line_breaks_inside_literals(monkeypatch):
    import pyoxigraph as ox

    import kg.load as load
    from kg.rdf import nt_text, nt_to_turtle

    odd = "\u2028书记\x85"
    lines = sorted(f"<http://e.org/s{i}> <http://e.org/name> {lit('县委' + str(i) + odd, 'zh')} ." for i in range(40))
    ttl = nt_to_turtle(nt_text(lines).encode("utf-8")).decode("utf-8")
    monkeypatch.setattr(load, "CHUNK_BYTES", 200)  # many chunks
    chunks = list(load._chunks(ttl))
    assert len(chunks) > 5
    got = {q.triple for c in chunks for q in ox.parse(c.encode("utf-8"), ox.RdfFormat.TURTLE)}
    assert got == {q.triple for q in ox.parse(ttl.encode("utf-8"), ox.RdfFormat.TURTLE)} and len(got) == 40


def test_a_youth_league_or_womens_federation_is_not_classed_as_a_party_committee():
    assert [classify(o) for o in ("共青团开化县委", "开化县妇联", "开化县委", "开化县委宣传部", "开化县发改局")] == [
        "mass-organisation", "mass-organisation", "party", "party-organ", "department"]
