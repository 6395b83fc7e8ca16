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
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from .io import copy_rest
from .ontology import ID, KG, ORG, SCHEMA, TIME
from .places import Gazetteer, default_gazetteer, person_jurisdictions

BODY_KIND = [  # (pattern on the canonical name, classification)
    # the party's people's organisations (共青团开化县委, 开化县妇联): not the party committee of 县委$
    (r"^共青团|(妇联|总工会|科协|工商联|侨联|残联)$", "mass-organisation"),
    (r"委常委会$", "party-standing-committee"), (r"(纪委|监委)$", "discipline"),
    (r"委(政法委|宣传部|组织部|统战部|办公室)$", "party-organ"), (r"(省|市|县|区)委$|中共中央$|党委$|党组$", "party"),
    (r"政府$", "government"), (r"人大常委会$|人大$", "congress"), (r"政协$", "cppcc"),
    (r"(领导小组|督查组|督导组|工作组|专班)$", "group"), (r"法院$", "court"), (r"检察院$", "procuratorate"),
    (r"(局|办|委|厅|中心)$", "department"), (r"(公司|集团|作坊|产业园)$", "enterprise"),
    (r"(镇|乡|街道|办事处)$", "township"), (r"(村|社区)$", "village"),
]


@lru_cache(maxsize=1 << 16)
def _segment(k: str) -> str:
    # names, bodies and dates recur on page after page: each is percent-encoded once
    return quote(k or "-", safe="")


_ID = str(ID)


def nid(kind: str, *key: str) -> str:
    """An IRI from a natural key, as an N-Triples term: ``<…/id/person/开化县/苗振宇>`` (percent-encoded)."""
    return "<" + _ID + kind + "/" + "/".join([_segment(k) for k in key]) + ">"


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

# -- N-Triples terms ---------------------------------------------------------------------------------
# The graph is built as a set of N-Triples lines: a line is cheap to make, hash and sort (an rdflib
# term tuple costs ~10x more, rdflib's Graph.add ~20x), a sorted line file can be merged on disk,
# and pyoxigraph turns sorted lines into Turtle in Rust.
_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def N(term) -> str:
    """An IRI as an N-Triples term."""
    return f"<{term}>"


def lit(value, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal as an N-Triples term (only ``\\ " LF CR`` need escaping, N-Triples §2.3 ECHAR)."""
    s = '"' + str(value).translate(_ESCAPE) + '"'
    if lang:
        return s + "@" + lang
    return s + "^^" + datatype if datatype else s


A = N(RDF.type)
INT, DATE = N(XSD.integer), N(XSD.date)
ROLE_IRI = {"chair": N(KG.chair), "speaker": N(KG.speaker), "attendee": N(KG.attendee)}
P = {name: N(term) for name, term in {
    "label": RDFS.label, "adcode": KG.adcode, "level": KG.level, "within": KG.within, "Place": KG.Place,
    "Organization": ORG.Organization, "prefLabel": SKOS.prefLabel, "altLabel": SKOS.altLabel,
    "classification": ORG.classification, "jurisdiction": KG.jurisdiction, "subOrganizationOf": ORG.subOrganizationOf,
    "Person": FOAF.Person, "name": FOAF.name, "Evidence": KG.Evidence, "quote": KG.quote,
    "startOffset": KG.startOffset, "endOffset": KG.endOffset, "page": KG.page, "article": KG.article,
    "derived": PROV.wasDerivedFrom, "Page": KG.Page, "file": KG.file, "paper": KG.paper, "issueDate": KG.issueDate,
    "sha256": KG.sha256, "encoding": KG.encoding, "home": KG.home, "Article": KG.Article, "isPartOf": DCTERMS.isPartOf,
    "title": DCTERMS.title, "mentionedIn": KG.mentionedIn, "namedInPaperOf": KG.namedInPaperOf, "Post": ORG.Post, "postIn": ORG.postIn,
    "kgtitle": KG.title, "holds": ORG.holds, "Membership": ORG.Membership, "member": ORG.member,
    "organization": ORG.organization, "post": KG.post, "Event": SCHEMA.Event, "ename": SCHEMA.name,
    "startDate": SCHEMA.startDate, "eventKind": KG.eventKind, "organizer": SCHEMA.organizer,
    "location": SCHEMA.location, "Participation": KG.Participation, "event": KG.event,
    "participant": KG.participant, "role": KG.role, "Campaign": KG.Campaign, "Promotion": KG.Promotion,
    "promoter": KG.promoter, "campaign": KG.campaign, "changeNote": SKOS.changeNote, "firstSeen": KG.firstSeen,
    "lastSeen": KG.lastSeen, "memberDuring": ORG.memberDuring, "Interval": TIME.Interval,
    "hasBeginning": TIME.hasBeginning, "hasEnd": TIME.hasEnd, "Instant": TIME.Instant,
    "inXSDDate": TIME.inXSDDate, "ParticipationRole": KG.ParticipationRole}.items()}

_EVIDENCE = f"{A} {P['Evidence']} ."

# Derived dates that take one value per subject: when graphs of several months are united, the
# earliest first-seen / interval beginning and the latest last-seen / interval end are kept.
KEEP_MIN = {P["firstSeen"]}
KEEP_MAX = {P["lastSeen"]}
DATED = KEEP_MIN | KEEP_MAX | {P["inXSDDate"]}


def _date_rule(subject: str, predicate: str) -> str | None:
    if predicate in KEEP_MIN or (predicate == P["inXSDDate"] and subject.endswith("/begin>")):
        return "min"
    if predicate in KEEP_MAX or (predicate == P["inXSDDate"] and subject.endswith("/end>")):
        return "max"
    return None


class TripleSet:
    """A graph as a set of N-Triples lines. Sorted, the lines are the canonical form of the graph;
    pyoxigraph writes them as Turtle; ``to_rdflib()`` gives an rdflib Graph where one is needed."""

    def __init__(self, lines: set[str] | None = None):
        self.lines: set[str] = lines if lines is not None else set()

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self):
        return iter(self.lines)

    def sorted(self) -> list[str]:
        return sorted(self.lines)

    def ntriples(self) -> str:
        return nt_text(self.sorted())

    def to_turtle(self) -> str:
        """Deterministic Turtle: triples sorted by their N-Triples line; fixed prefixes."""
        return nt_to_turtle(self.ntriples().encode("utf-8")).decode("utf-8")

    def to_rdflib(self) -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        return g.parse(data=self.ntriples(), format="nt")


def nt_to_turtle(nt: bytes | str | Path, output: str | Path | None = None) -> bytes | None:
    """Sorted N-Triples (bytes, or a file path) -> Turtle with the fixed prefixes (bytes, or into ``output``).

    The lines are this module's own (``nid`` percent-encodes keys, ``lit`` escapes literals), so
    they are parsed leniently: checking every IRI again took half the time of the conversion
    (a month of the 10 MB benchmark: 0.144 s strict, 0.072 s lenient; the same Turtle)."""
    quads = (ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES, lenient=True) if isinstance(nt, Path)
             else ox.parse(nt, ox.RdfFormat.N_TRIPLES, lenient=True))
    return ox.serialize(quads, output, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


# Subjects that one page alone describes (its page, articles and evidence quotes: 60% of the
# triples). The whole graph takes them as they are from each month; the other subjects
# (persons, bodies, memberships, events, campaigns) are merged across months.
PAGE_LOCAL = tuple(f"<{ID}{kind}/" for kind in ("article", "evidence", "page"))
# The merged subjects are merged and written in fixed buckets: by kind (the ranges these
# bounds cut: memberships, participations, persons and the rest), then by a checksum of the
# subject's IRI. Each bucket is merged across months on its own, on any process, and the
# buckets' Turtle is concatenated. A page touches a few dozen subjects, so a rebuild after a
# new page merges again only the few dozen buckets whose lines changed in some month. The
# buckets are fixed (never sized by the number of processes or of pages), so the output is
# the same however the work is split.
SHARD_BOUNDS = [f"<{ID}{kind}/" for kind in ("membership", "participation", "person")]
BUCKETS_PER_RANGE = 128
N_BUCKETS = (len(SHARD_BOUNDS) + 1) * BUCKETS_PER_RANGE


def bucket_of(subject: str) -> int:
    """The bucket of a subject (an N-Triples IRI term): its kind range, then CRC-32 of its IRI."""
    return bisect_right(SHARD_BOUNDS, subject) * BUCKETS_PER_RANGE + zlib.crc32(subject.encode()) % BUCKETS_PER_RANGE


@dataclass
class MonthParts:
    """A graph cut for the month files: its N-Triples in subject order, as the merged subjects'
    text in each bucket (bytes, ``N_BUCKETS`` of them, empty where none), all merged subjects'
    text, and the page-local subjects' text (with its number of lines)."""

    buckets: list[bytes]
    merged: bytes
    local: bytes
    n_local: int


def cut_graph(subjects: dict[str, set[str]]) -> MonthParts:
    """A graph by subject (``GraphBuilder.finish``) -> its sorted N-Triples, cut into the buckets of
    ``bucket_of`` and the page-local part. Sorting subjects, then each subject's predicate-object
    pairs, gives the lines' own sorted order: a subject is an IRI term whose ``>`` ends it, so no
    subject is a prefix of another line's subject."""
    runs: list[list[bytes]] = [[] for _ in range(N_BUCKETS)]
    merged, local, n_local = [], [], 0
    for subject in sorted(subjects):
        po = sorted(subjects[subject])
        head = subject + " "
        # each subject's text encoded on its own, then bytes joined: joining the month's text
        # as one string and encoding it (twice for the merged subjects) took half the cut
        text = (head + ("\n" + head).join(po) + "\n").encode("utf-8")
        if subject.startswith(PAGE_LOCAL):
            local.append(text)
            n_local += len(po)
        else:
            merged.append(text)
            runs[bucket_of(subject)].append(text)
    return MonthParts([b"".join(r) for r in runs], b"".join(merged), b"".join(local), n_local)


def concat_turtle(parts: list[Path], output: Path) -> None:
    """Turtle documents written with the same prefixes -> one document (prefixes declared once)."""
    with open(output, "wb") as out:
        for i, part in enumerate(parts):
            with open(part, "rb") as fh:
                for line in fh:
                    if i and line.startswith(b"@prefix "):
                        continue
                    out.write(line)
                    break
                copy_rest(fh, out)


def nt_text(lines) -> str:
    """N-Triples lines as a document (one line each, newline-terminated)."""
    return "".join(line + "\n" for line in lines)


# the derived dates' predicates as they stand in an N-Triples line
_DATED_INFIX = tuple(f" {p} ".encode() for p in sorted(DATED))


def _dated_lines(text: bytes):
    """(subject and predicate, line) of each derived date's line in N-Triples (UTF-8), found by
    ``bytes.find`` (a regex over the text took longer than the whole merge)."""
    for infix in _DATED_INFIX:
        i = text.find(infix)
        while i >= 0:
            start = text.rfind(b"\n", 0, i) + 1
            end = text.find(b"\n", i)
            yield text[start:i + len(infix) - 1], text[start:end]
            i = text.find(infix, end)


def merge_runs(runs: list[bytes]) -> tuple[bytes, int]:
    """Unite sorted runs of newline-terminated N-Triples lines (UTF-8) into one sorted run.
    Duplicates are dropped, and the one-per-subject derived dates keep their earliest or latest
    value, so the union of month graphs is the graph of all months. Returns the run and its
    number of lines.

    The lines are united in a set and sorted as bytes (UTF-8 keeps code point order, so the
    order is that of the lines as text), and only the derived dates are looked at one by one:
    a k-way merge that split every line cost about 1.5 us a line."""
    runs = [run for run in runs if run]
    if len(runs) <= 1:  # one run: already sorted, no duplicates
        run = runs[0] if runs else b""
        return run, run.count(b"\n")
    lines: set[bytes] = set()
    dated: dict[bytes, set[bytes]] = {}
    for run in runs:
        lines.update(run.split(b"\n"))
        for sp, line in _dated_lines(run):
            dated.setdefault(sp, set()).add(line)
    lines.discard(b"")
    for sp, values in dated.items():
        if len(values) > 1:
            rule = _date_rule(*sp.decode("utf-8").split(" "))
            if rule is not None:
                keep = min(values) if rule == "min" else max(values)
                lines.difference_update(values - {keep})
    ordered = sorted(lines)
    return b"\n".join(ordered) + b"\n" if ordered else b"", len(ordered)


class GraphBuilder:
    """Accumulates records into one graph. ``add(record)`` per page, then ``graph()``."""

    def __init__(self, gazetteer: Gazetteer | None = None, identity=None):
        self.gz = gazetteer or default_gazetteer()
        self.identity = identity  # kg.identity.IdentityMap: printed name -> canonical name
        # subject -> its predicate-object pairs ("P O ."): a graph's lines grouped by subject, so
        # that it is sorted a subject at a time (a fifth as many keys as lines), cut into buckets
        # and page-local parts a subject at a time, and never split into lines again
        self.subjects: dict[str, set[str]] = {}
        self.done: set[str] = set()  # nodes whose description is written (places, bodies, persons, evidence)
        self.seen: dict[str, list[str]] = {}  # fact node -> [first, last] issue date seen
        self.memberships: set[str] = set()
        self.keys: dict[str, tuple[str, str]] = {}  # person node -> (jurisdiction, name), its natural key
        for role, node in ROLE_IRI.items():  # the role individuals, so queries can print them
            self.t(node, A, P["ParticipationRole"])
            self.t(node, P["label"], lit(role, "en"))

    def t(self, s: str, p: str, o: str) -> None:
        po = self.subjects.get(s)
        if po is None:
            po = self.subjects[s] = set()
        po.add(f"{p} {o} .")

    # -- places ----------------------------------------------------------------
    def place(self, name: str | None) -> str | None:
        if not name:
            return None
        p = self.gz.lookup(name)
        node = nid("place", p.adcode if p else name)
        if node not in self.done:
            self.done.add(node)
            self.t(node, A, P["Place"])
            self.t(node, P["label"], lit(name, "zh"))
            if p:
                self.t(node, P["adcode"], lit(p.adcode))
                self.t(node, P["level"], lit(p.level))
                up = self.gz.parent(p)
                if up:
                    self.t(node, P["within"], self.place(up.name))
        return node

    # -- nodes -----------------------------------------------------------------
    def organization(self, name: str, home: str) -> str:
        node = nid("org", name)
        if node not in self.done:
            self.done.add(node)
            self.t(node, A, P["Organization"])
            self.t(node, P["prefLabel"], lit(name, "zh"))
            self.t(node, P["classification"], lit(classify(name)))
            juris = self.place(self.gz.body_place(name, home))
            if juris:
                self.t(node, P["jurisdiction"], juris)
            up = parent_org(name)
            if up:
                self.t(node, P["subOrganizationOf"], self.organization(up, home))
        return node

    def person(self, name: str, juris: str) -> str:
        printed = name
        if self.identity is not None:
            name = self.identity.canonical(juris, name)
        node = nid("person", juris, name)
        self.keys[node] = (juris, name)
        if printed != name:
            self.t(node, P["altLabel"], lit(printed, "zh"))
        if node not in self.done:
            self.done.add(node)
            self.t(node, A, P["Person"])
            self.t(node, P["name"], lit(name, "zh"))
            place = self.place(juris)
            if place:
                self.t(node, P["jurisdiction"], place)
        return node

    def _po(self, s: str) -> set[str]:
        """The predicate-object pairs of subject ``s``, to add several at once."""
        po = self.subjects.get(s)
        if po is None:
            po = self.subjects[s] = set()
        return po

    def evidence(self, page: str, article: str | None, ev: dict | None, doc: str) -> str | None:
        if not ev:
            return None
        start, end = str(ev["start"]), str(ev["end"])
        node = nid("evidence", doc, start, end)
        if node not in self.done:
            self.done.add(node)
            po = self._po(node)
            po.update((_EVIDENCE, f"{P['quote']} {lit(ev['quote'], 'zh')} .",
                       f"{P['startOffset']} {lit(start, datatype=INT)} .", f"{P['endOffset']} {lit(end, datatype=INT)} .",
                       f"{P['page']} {page} ."))
            if article is not None:
                po.add(f"{P['article']} {article} .")
        return node

    def fact(self, node: str, cls: str, links: dict, evidence: str | None, seen: str | None) -> None:
        """A reified fact (membership, participation, promotion): its type, its links, its evidence."""
        po = self._po(node)
        po.add(f"{A} {cls} .")
        po.update([f"{prop} {value} ." for prop, value in links.items()])
        if evidence is not None:
            po.add(f"{P['derived']} {evidence} .")
        self.mark_seen(node, seen)

    def mark_seen(self, node: str, date: str | None):
        if date:
            got = self.seen.get(node)
            if got is None:
                self.seen[node] = [date, date]
            elif date < got[0]:
                got[0] = date
            elif date > got[1]:
                got[1] = date

    # -- one record ------------------------------------------------------------
    def add(self, rec: dict) -> None:
        t = self.t
        doc = rec["document"]
        home = rec.get("home") or ""
        issue = rec.get("issue_date") or None
        if issue:
            issue = dt.date.fromisoformat(issue).isoformat()
        src = rec.get("source", {})
        page = nid("page", doc)
        t(page, A, P["Page"])
        t(page, P["file"], lit(doc))
        if rec.get("paper"):
            t(page, P["paper"], lit(rec["paper"], "zh"))
        if issue:
            t(page, P["issueDate"], lit(issue, datatype=DATE))
        for key in ("sha256", "encoding"):
            if src.get(key):
                t(page, P[key], lit(src[key]))
        home_node = self.place(home)
        if home_node:
            t(page, P["home"], home_node)
        articles = []
        for a in rec.get("articles", []):
            node = nid("article", doc, str(a["index"]))
            articles.append((a["start"], a["end"], node))
            t(node, A, P["Article"])
            t(node, P["isPartOf"], page)
            t(node, P["startOffset"], lit(a["start"], datatype=INT))
            t(node, P["endOffset"], lit(a["end"], datatype=INT))
            if a.get("headline"):
                t(node, P["title"], lit(a["headline"], "zh"))

        def article_at(ev):  # the first article the evidence starts in (its end offset included)
            x = ev["start"]
            for s, e, n in articles:
                if s <= x <= e:
                    return n
            return None

        def ev_node(ev):
            return self.evidence(page, article_at(ev), ev, doc) if ev else None

        juris = person_jurisdictions(rec, self.gz)
        people = {}
        for p in rec.get("persons", []):
            name = p["name"] if isinstance(p, dict) else p
            node = self.person(name, juris.get(name, home))
            people[name] = node
            t(node, P["mentionedIn"], page)
            if home_node:
                t(node, P["namedInPaperOf"], home_node)
            for alias in (p.get("aliases", []) if isinstance(p, dict) else []):
                t(node, P["altLabel"], lit(alias, "zh"))

        def person(name):
            if name not in people:
                people[name] = self.person(name, juris.get(name, home))
                t(people[name], P["mentionedIn"], page)
                if home_node:
                    t(people[name], P["namedInPaperOf"], home_node)
            return people[name]

        for p in rec.get("posts", []):
            org = self.organization(p["org"], home)
            post = nid("post", p["org"], p["role"])
            t(post, A, P["Post"])
            t(post, P["postIn"], org)
            t(post, P["prefLabel"], lit(p["org"] + p["role"], "zh"))
            t(post, P["kgtitle"], lit(p["role"], "zh"))
            who = person(p["person"])
            t(who, P["holds"], post)
            node = nid("membership", *self.keys[who], p["org"], p["role"])
            self.memberships.add(node)
            self.fact(node, P["Membership"], {P["member"]: who, P["organization"]: org, P["post"]: post},
                      ev_node(p.get("evidence")), issue)

        for e in rec.get("events", []):
            if not e.get("date"):
                continue
            # natural key: date, title, organizer; without an organizer the page keeps two
            # same-day meetings of one title apart
            key = (e["date"], e.get("title") or "", e.get("organizer") or "page:" + doc)
            node = nid("event", *key)
            t(node, A, P["Event"])
            t(node, P["ename"], lit(e.get("title") or "", "zh"))
            t(node, P["startDate"], lit(e["date"], datatype=DATE))
            t(node, P["eventKind"], lit(e.get("kind") or "other"))
            if e.get("organizer"):
                t(node, P["organizer"], self.organization(e["organizer"], home))
            if e.get("location"):
                t(node, P["location"], self.place(e["location"]))
            en = ev_node(e.get("evidence"))
            if en:
                t(node, P["derived"], en)
            for x in e.get("participants", []):
                who = person(x["person"])
                self.fact(nid("participation", *key, *self.keys[who], x["role"]), P["Participation"],
                          {P["event"]: node, P["participant"]: who,
                           P["role"]: ROLE_IRI.get(x["role"], ROLE_IRI["attendee"])},
                          ev_node(x.get("evidence")), None)

        camp_nodes = {}
        for c in rec.get("campaigns", []):
            node = nid("campaign", c["name"])
            camp_nodes[c["name"]] = node
            t(node, A, P["Campaign"])
            t(node, P["prefLabel"], lit(c["name"], "zh"))
            for a in c.get("aliases", []):
                t(node, P["altLabel"], lit(a, "zh"))
            self.mark_seen(node, issue)
        for r in rec.get("promotes", []):
            who = person(r["person"])
            camp = camp_nodes.get(r["campaign"])
            if camp is None:
                camp = nid("campaign", r["campaign"])
                t(camp, A, P["Campaign"])
                t(camp, P["prefLabel"], lit(r["campaign"], "zh"))
            self.fact(nid("promotion", *self.keys[who], r["campaign"]), P["Promotion"],
                      {P["promoter"]: who, P["campaign"]: camp}, ev_node(r.get("evidence")), issue)

    def derived(self) -> dict[str, set[str]]:
        """What follows from all the facts added (subject -> predicate-object pairs):
        first/last-seen dates, OWL-Time intervals for memberships, merge notes."""
        out: dict[str, set[str]] = {}

        def t(s, p, o):
            out.setdefault(s, set()).add(f"{p} {o} .")

        for m in (self.identity.merges if self.identity is not None else []):
            node = nid("person", m["jurisdiction"], m["canonical"])
            if node in self.done:
                t(node, P["changeNote"], lit(f"merged {m['alias']}: {m['reason']}", "en"))
        for node, (first, last) in self.seen.items():
            t(node, P["firstSeen"], lit(first, datatype=DATE))
            t(node, P["lastSeen"], lit(last, datatype=DATE))
            if node in self.memberships:
                base = node[:-1]
                interval, begin, end = base + "/during>", base + "/begin>", base + "/end>"
                t(node, P["memberDuring"], interval)
                t(interval, A, P["Interval"])
                for prop, inst, day in ((P["hasBeginning"], begin, first), (P["hasEnd"], end, last)):
                    t(interval, prop, inst)
                    t(inst, A, P["Instant"])
                    t(inst, P["inXSDDate"], lit(day, datatype=DATE))
        return out

    def finish(self) -> dict[str, set[str]]:
        """The finished graph by subject (subject -> predicate-object pairs): the facts plus what
        is derived from them, taken out of the builder (no copy): the builder is spent."""
        out, self.subjects = self.subjects, {}
        for s, po in self.derived().items():
            out.setdefault(s, set()).update(po)
        return out

    def graph(self) -> TripleSet:
        """The finished graph: the facts plus what is derived from them. The builder is left as it was."""
        return TripleSet({s + " " + line for part in (self.subjects, self.derived())
                          for s, po in part.items() for line in po})


def build_graph(records: list[dict], identity=None) -> TripleSet:
    b = GraphBuilder(identity=identity)
    for rec in sorted(records, key=lambda r: (r.get("issue_date") or "", r["document"])):
        b.add(rec)
    return b.graph()


def to_turtle(g: TripleSet | Graph) -> str:
    """Deterministic Turtle (sorted triples, fixed prefixes)."""
    if isinstance(g, Graph):
        g = TripleSet({line for line in g.serialize(format="nt").split("\n") if line.strip()})  # not at U+2028
    return g.to_turtle()
