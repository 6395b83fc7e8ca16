"""Golden graph: a hand-written record's graph, compared by isomorphism with a readable diff.

Regenerate after an intended change with ``KG_UPDATE_GOLDEN=1 pytest tests/test_golden_graph.py``
and review the diff of tests/golden/fixture.ttl before committing it."""
import json
import os
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from kg.rdf import build_graph, to_turtle

GOLDEN = Path(__file__).parent / "golden"


def readable(g: Graph) -> str:
    return "\n".join(sorted(" ".join(t.n3() for t in triple) for triple in g))


def test_fixture_graph_matches_golden():
    rec = json.loads((GOLDEN / "fixture-record.json").read_text(encoding="utf-8"))
    built = build_graph([rec])
    if os.environ.get("KG_UPDATE_GOLDEN"):
        (GOLDEN / "fixture.ttl").write_text(to_turtle(built), encoding="utf-8")
    got = built.to_rdflib()
    want = Graph().parse(GOLDEN / "fixture.ttl", format="turtle")
    iso_got, iso_want = to_isomorphic(got), to_isomorphic(want)
    if iso_got != iso_want:
        _, only_got, only_want = graph_diff(iso_got, iso_want)
        raise AssertionError("graph differs from tests/golden/fixture.ttl\n--- only in built graph:\n"
                             + readable(only_got) + "\n--- only in golden graph:\n" + readable(only_want))
