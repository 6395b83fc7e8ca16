"""Python mirror of ``ontology/kg.ttl`` (a closed namespace: a typo is an AttributeError).

``tests/test_ontology.py`` checks that every term here is declared in the
Turtle file and every term declared there is here.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

BASE = "https://w3id.org/cn-local-kg/"
ID = Namespace(BASE + "id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")


class KG(DefinedNamespace):
    _NS = Namespace(BASE + "ont#")
    _fail = True

    Page: URIRef
    Article: URIRef
    Evidence: URIRef
    Campaign: URIRef
    Participation: URIRef
    ParticipationRole: URIRef
    Promotion: URIRef
    Place: URIRef
    chair: URIRef
    speaker: URIRef
    attendee: URIRef
    event: URIRef
    participant: URIRef
    role: URIRef
    promoter: URIRef
    campaign: URIRef
    post: URIRef
    jurisdiction: URIRef
    home: URIRef
    within: URIRef
    article: URIRef
    page: URIRef
    mentionedIn: URIRef
    namedInPaperOf: URIRef
    title: URIRef
    paper: URIRef
    file: URIRef
    sha256: URIRef
    encoding: URIRef
    issueDate: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    eventKind: URIRef
    adcode: URIRef
    level: URIRef
