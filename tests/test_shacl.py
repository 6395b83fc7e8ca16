from rdflib import Graph, Literal
from rdflib.namespace import FOAF, RDF

from kg.ontology import KG, SCHEMA
from kg.validate import validate


def test_sample_graph_conforms(sample_build):
    assert sample_build.report["shacl"] == {"conforms": True, "violations": 0, "messages": [], "pages_validated": 3}


def test_violations_are_found(sample_build):
    g = Graph().parse(data=sample_build.files["graph.ttl"], format="turtle")
    person = next(g.subjects(RDF.type, FOAF.Person))
    g.remove((person, FOAF.name, None))
    part = next(g.subjects(RDF.type, KG.Participation))
    g.set((part, KG.role, Literal("boss")))
    event = next(g.subjects(RDF.type, SCHEMA.Event))
    g.set((event, SCHEMA.startDate, Literal("yesterday")))
    res = validate(g)
    assert not res["conforms"] and res["violations"] == 3
