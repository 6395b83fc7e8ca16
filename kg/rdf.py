"""Extraction records -> RDF (W3C ORG, FOAF, schema.org, PROV-O and the kg vocabulary).

IRIs come from natural keys (OpenSanctions ``make_id`` style): a body from its
canonical name, a post from body and title, a person from name and
jurisdiction, an event from date, title and organizer, a fact from the things
it links. No counters, no blank nodes, so two builds of the same corpus give
the same graph and the same Turtle, and a diff between graphs is a diff of facts.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from .ontology import ID, KG, ORG, SCHEMA, TIME
from .places import Gazetteer, default_gazetteer, person_jurisdictions

ROLE_IRI = {"chair": KG.chair, "speaker": KG.speaker, "attendee": KG.attendee}
BODY_KIND = [  # (pattern on the canonical name, classification)
    (r"委常委会$", "party-standing-committee"), (r"(纪委|监委)$", "discipline"),
    (r"委(政法委|宣传部|组织部|统战部|办公室)$", "party-organ"), (r"(省|市|县|区)委$|中共中央$|党委$|党组$", "party"),
    (r"政府$", "government"), (r"人大常委会$|人大$", "congress"), (r"政协$", "cppcc"),
    (r"(领导小组|督查组|督导组|工作组|专班)$", "group"), (r"法院$", "court"), (r"检察院$", "procuratorate"),
    (r"(局|办|委|厅|中心)$", "department"), (r"(公司|集团|作坊|产业园)$", "enterprise"),
    (r"(镇|乡|街道|办事处)$", "township"), (r"(村|社区)$", "village"),
]


def iri(kind: str, *key: str) -> URIRef:
    """An IRI from a natural key: ``id/person/开化县/毛献明`` (percent-encoded)."""
    return ID[kind + "/" + "/".join(quote(k or "-", safe="") for k in key)]


def classify(org: str) -> str:
    for pat, kind in BODY_KIND:
        if re.search(pat, org):
            return kind
    return "other"


def parent_org(org: str) -> str | None:
    """The committee an organ belongs to (开化县委政法委 -> 开化县委, 开化县委常委会 -> 开化县委)."""
    m = re.match(r"^(.+?[省市县区]委)(常委会|政法委|宣传部|组织部|统战部|办公室)$", org)
    return m.group(1) if m else None


PREFIXES = {"dcterms": str(DCTERMS), "foaf": str(FOAF), "kg": str(KG._NS), "org": str(ORG), "prov": str(PROV),
            "rdfs": str(RDFS), "schema": str(SCHEMA), "skos": str(SKOS), "time": str(TIME), "xsd": str(XSD)}


class TripleSet:
    """A set of triples held as plain Python values (fast to add and test; rdflib's Graph.add
    costs ~20x more), sorted and written by pyoxigraph. Literals are rdflib ``Literal`` values,
    IRIs ``URIRef``; ``to_rdflib()`` gives an rdflib Graph where one is needed."""

    def __init__(self, triples: set[tuple] | None = None):
        self.triples: set[tuple] = triples if triples is not None else set()

    def add(self, t: tuple) -> None:
        self.triples.add(t)

    def __contains__(self, t: tuple) -> bool:
        return t in self.triples

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)

    @staticmethod
    def _key(t):
        # plain str keys: rdflib terms compare in Python (~20x slower to sort)
        s, p, o = t
        if isinstance(o, Literal):
            return (str(s), str(p), 1, str(o), str(o.datatype or ""), o.language or "")
        return (str(s), str(p), 0, str(o), "", "")

    @staticmethod
    def _ox(o):
        if isinstance(o, Literal):
            if o.language:
                return ox.Literal(str(o), language=o.language)
            if o.datatype:
                return ox.Literal(str(o), datatype=ox.NamedNode(str(o.datatype)))
            return ox.Literal(str(o))
        return ox.NamedNode(str(o))

    def sorted(self) -> list[tuple]:
        return sorted(self.triples, key=self._key)

    def to_turtle(self) -> str:
        """Deterministic Turtle: triples sorted by subject, predicate, object; fixed prefixes."""
        ts = (ox.Triple(ox.NamedNode(str(s)), ox.NamedNode(str(p)), self._ox(o)) for s, p, o in self.sorted())
        return ox.serialize(ts, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")

    def to_rdflib(self) -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in self.triples:
            g.add(t)
        return g


class GraphBuilder:
    """Accumulates records into one graph. ``add(record)`` per page, then ``graph()``."""

    def __init__(self, gazetteer: Gazetteer | None = None, identity=None):
        self.gz = gazetteer or default_gazetteer()
        self.identity = identity  # kg.identity.IdentityMap: printed name -> canonical name
        self.g = TripleSet()
        self.seen = defaultdict(set)  # fact IRI -> issue dates seen
        self.keys: dict[URIRef, tuple[str, str]] = {}  # person IRI -> (jurisdiction, name), its natural key
        for role, node in ROLE_IRI.items():  # the role individuals, so queries can print them
            self.g.add((node, RDF.type, KG.ParticipationRole))
            self.g.add((node, RDFS.label, Literal(role, lang="en")))

    # -- places ----------------------------------------------------------------
    def place(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        p = self.gz.lookup(name)
        node = iri("place", p.adcode if p else name)
        g = self.g
        if (node, RDF.type, KG.Place) not in g:
            g.add((node, RDF.type, KG.Place))
            g.add((node, RDFS.label, Literal(name, lang="zh")))
            if p:
                g.add((node, KG.adcode, Literal(p.adcode)))
                g.add((node, KG.level, Literal(p.level)))
                up = self.gz.parent(p)
                if up:
                    g.add((node, KG.within, self.place(up.name)))
        return node

    # -- nodes -----------------------------------------------------------------
    def organization(self, name: str, home: str) -> URIRef:
        node = iri("org", name)
        g = self.g
        if (node, RDF.type, ORG.Organization) not in g:
            g.add((node, RDF.type, ORG.Organization))
            g.add((node, SKOS.prefLabel, Literal(name, lang="zh")))
            g.add((node, ORG.classification, Literal(classify(name))))
            juris = self.place(self.gz.body_place(name, home))
            if juris:
                g.add((node, KG.jurisdiction, juris))
            up = parent_org(name)
            if up:
                g.add((node, ORG.subOrganizationOf, self.organization(up, home)))
        return node

    def person(self, name: str, juris: str) -> URIRef:
        printed = name
        if self.identity is not None:
            name = self.identity.canonical(juris, name)
        node = iri("person", juris, name)
        self.keys[node] = (juris, name)
        if printed != name:
            self.g.add((node, SKOS.altLabel, Literal(printed, lang="zh")))
        if (node, RDF.type, FOAF.Person) not in self.g:
            self.g.add((node, RDF.type, FOAF.Person))
            self.g.add((node, FOAF.name, Literal(name, lang="zh")))
            place = self.place(juris)
            if place:
                self.g.add((node, KG.jurisdiction, place))
        return node

    def evidence(self, page: URIRef, article: URIRef | None, ev: dict | None, doc: str) -> URIRef | None:
        if not ev:
            return None
        node = iri("evidence", doc, str(ev["start"]), str(ev["end"]))
        g = self.g
        if (node, RDF.type, KG.Evidence) not in g:
            g.add((node, RDF.type, KG.Evidence))
            g.add((node, KG.quote, Literal(ev["quote"], lang="zh")))
            g.add((node, KG.startOffset, Literal(ev["start"], datatype=XSD.integer)))
            g.add((node, KG.endOffset, Literal(ev["end"], datatype=XSD.integer)))
            g.add((node, KG.page, page))
            if article is not None:
                g.add((node, KG.article, article))
        return node

    def fact(self, node: URIRef, cls: URIRef, links: dict, evidence: URIRef | None, seen: dt.date | None) -> None:
        """A reified fact (membership, participation, promotion): its type, its links, its evidence."""
        self.g.add((node, RDF.type, cls))
        for prop, value in links.items():
            self.g.add((node, prop, value))
        if evidence is not None:
            self.g.add((node, PROV.wasDerivedFrom, evidence))
        self.mark_seen(node, seen)

    def mark_seen(self, node: URIRef, date: dt.date | None):
        if date:
            self.seen[node].add(date)

    # -- one record ------------------------------------------------------------
    def add(self, rec: dict) -> None:
        g = self.g
        doc = rec["document"]
        home = rec.get("home") or ""
        issue = dt.date.fromisoformat(rec["issue_date"]) if rec.get("issue_date") else None
        src = rec.get("source", {})
        page = iri("page", doc)
        g.add((page, RDF.type, KG.Page))
        g.add((page, KG.file, Literal(doc)))
        if rec.get("paper"):
            g.add((page, KG.paper, Literal(rec["paper"], lang="zh")))
        if issue:
            g.add((page, KG.issueDate, Literal(issue.isoformat(), datatype=XSD.date)))
        for key, prop in (("sha256", KG.sha256), ("encoding", KG.encoding)):
            if src.get(key):
                g.add((page, prop, Literal(src[key])))
        home_node = self.place(home)
        if home_node:
            g.add((page, KG.home, home_node))
        articles = []
        for a in rec.get("articles", []):
            node = iri("article", doc, str(a["index"]))
            articles.append((a["start"], a["end"], node))
            g.add((node, RDF.type, KG.Article))
            g.add((node, DCTERMS.isPartOf, page))
            g.add((node, KG.startOffset, Literal(a["start"], datatype=XSD.integer)))
            g.add((node, KG.endOffset, Literal(a["end"], datatype=XSD.integer)))
            if a.get("headline"):
                g.add((node, DCTERMS.title, Literal(a["headline"], lang="zh")))

        def article_at(ev):
            if not ev:
                return None
            return next((n for s, e, n in articles if s <= ev["start"] < e + 1), None)

        def ev_node(ev):
            return self.evidence(page, article_at(ev), ev, doc)

        juris = person_jurisdictions(rec, self.gz)
        people = {}
        for p in rec.get("persons", []):
            name = p["name"] if isinstance(p, dict) else p
            node = self.person(name, juris.get(name, home))
            people[name] = node
            g.add((node, KG.mentionedIn, page))
            for alias in (p.get("aliases", []) if isinstance(p, dict) else []):
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))

        def person(name):
            if name not in people:
                people[name] = self.person(name, juris.get(name, home))
                g.add((people[name], KG.mentionedIn, page))
            return people[name]

        for p in rec.get("posts", []):
            org = self.organization(p["org"], home)
            post = iri("post", p["org"], p["role"])
            g.add((post, RDF.type, ORG.Post))
            g.add((post, ORG.postIn, org))
            g.add((post, SKOS.prefLabel, Literal(p["org"] + p["role"], lang="zh")))
            g.add((post, KG.title, Literal(p["role"], lang="zh")))
            who = person(p["person"])
            g.add((who, ORG.holds, post))
            self.fact(iri("membership", *self.keys[who], p["org"], p["role"]), ORG.Membership,
                      {ORG.member: who, ORG.organization: org, KG.post: post}, ev_node(p.get("evidence")), issue)

        for e in rec.get("events", []):
            if not e.get("date"):
                continue
            # natural key: date, title, organizer; without an organizer the page keeps two
            # same-day meetings of one title apart
            key = (e["date"], e.get("title") or "", e.get("organizer") or "page:" + doc)
            node = iri("event", *key)
            g.add((node, RDF.type, SCHEMA.Event))
            g.add((node, SCHEMA.name, Literal(e.get("title") or "", lang="zh")))
            g.add((node, SCHEMA.startDate, Literal(e["date"], datatype=XSD.date)))
            g.add((node, KG.eventKind, Literal(e.get("kind") or "other")))
            if e.get("organizer"):
                g.add((node, SCHEMA.organizer, self.organization(e["organizer"], home)))
            if e.get("location"):
                g.add((node, SCHEMA.location, self.place(e["location"])))
            en = ev_node(e.get("evidence"))
            if en:
                g.add((node, PROV.wasDerivedFrom, en))
            for x in e.get("participants", []):
                who = person(x["person"])
                self.fact(iri("participation", *key, *self.keys[who], x["role"]), KG.Participation,
                          {KG.event: node, KG.participant: who, KG.role: ROLE_IRI.get(x["role"], KG.attendee)},
                          ev_node(x.get("evidence")), None)

        camp_nodes = {}
        for c in rec.get("campaigns", []):
            node = iri("campaign", c["name"])
            camp_nodes[c["name"]] = node
            g.add((node, RDF.type, KG.Campaign))
            g.add((node, SKOS.prefLabel, Literal(c["name"], lang="zh")))
            for a in c.get("aliases", []):
                g.add((node, SKOS.altLabel, Literal(a, lang="zh")))
            self.mark_seen(node, issue)
        for r in rec.get("promotes", []):
            who = person(r["person"])
            camp = camp_nodes.get(r["campaign"]) or iri("campaign", r["campaign"])
            if camp not in camp_nodes.values():
                g.add((camp, RDF.type, KG.Campaign))
                g.add((camp, SKOS.prefLabel, Literal(r["campaign"], lang="zh")))
            self.fact(iri("promotion", *self.keys[who], r["campaign"]), KG.Promotion,
                      {KG.promoter: who, KG.campaign: camp}, ev_node(r.get("evidence")), issue)

    def graph(self) -> TripleSet:
        """The finished graph: a copy of the facts plus what is derived from all of them (first/last-seen
        dates, OWL-Time intervals for memberships, merge notes). The builder itself is left as it was,
        so builders can still be merged afterwards."""
        g = TripleSet(set(self.g.triples))
        for m in (self.identity.merges if self.identity is not None else []):
            node = iri("person", m["jurisdiction"], m["canonical"])
            if (node, RDF.type, FOAF.Person) in self.g:
                g.add((node, SKOS.changeNote, Literal(f"merged {m['alias']}: {m['reason']}", lang="en")))
        for node, dates in sorted(self.seen.items()):
            first, last = min(dates).isoformat(), max(dates).isoformat()
            g.add((node, KG.firstSeen, Literal(first, datatype=XSD.date)))
            g.add((node, KG.lastSeen, Literal(last, datatype=XSD.date)))
            if (node, RDF.type, ORG.Membership) in g:
                interval = URIRef(str(node) + "/during")
                g.add((node, ORG.memberDuring, interval))
                g.add((interval, RDF.type, TIME.Interval))
                for prop, day, suffix in ((TIME.hasBeginning, first, "/begin"), (TIME.hasEnd, last, "/end")):
                    inst = URIRef(str(node) + suffix)
                    g.add((interval, prop, inst))
                    g.add((inst, RDF.type, TIME.Instant))
                    g.add((inst, TIME.inXSDDate, Literal(day, datatype=XSD.date)))
        return g


def merge(builders: list["GraphBuilder"], identity=None) -> "GraphBuilder":
    """One builder holding the union of several (months into a whole corpus): triples are
    united and first/last-seen dates recomputed from the merged sightings."""
    whole = GraphBuilder(builders[0].gz if builders else None, identity)
    for b in builders:
        whole.g.triples |= b.g.triples
        whole.keys.update(b.keys)
        for node, dates in b.seen.items():
            whole.seen[node] |= dates
    return whole


def build_graph(records: list[dict], identity=None) -> TripleSet:
    b = GraphBuilder(identity=identity)
    for rec in sorted(records, key=lambda r: (r.get("issue_date") or "", r["document"])):
        b.add(rec)
    return b.graph()


def to_turtle(g: TripleSet | Graph) -> str:
    """Deterministic Turtle (sorted triples, fixed prefixes)."""
    if isinstance(g, Graph):
        ts = TripleSet()
        for t in g:
            ts.add(t)
        g = ts
    return g.to_turtle()
