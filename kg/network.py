"""Co-attendance network (derived from participations, never stored as fact) and centrality."""
from __future__ import annotations

import csv
import io
import itertools
import marshal
import operator
from bisect import bisect_right
from collections import Counter, defaultdict

import networkx as nx
import rustworkx as rx

from .places import person_jurisdictions

# Up to this many nodes, betweenness is exact (Brandes, in rustworkx: 0.2 s for 753 nodes and 9,000
# edges here, against 3.6 s for networkx's, with the same values to 1e-18); above it, sampled
# from k pivots with a fixed seed (networkx: rustworkx has no sampling; exact took 23 s for
# 5,000 nodes and 89,000 edges against 5.5 s for 100 pivots).
EXACT_BETWEENNESS_MAX = 1000
BETWEENNESS_SAMPLE = 100
SEED = 42


def person_key(name: str, juris: str) -> str:
    return f"{juris}/{name}"


def coattendance(records: list[dict], month: str | None = None, identity=None) -> nx.Graph:
    """Persons as nodes; an edge for each pair who took part in the same event, weighted by shared events.

    Edge attributes keep role information: ``chaired_with`` counts shared events one of the two chaired,
    ``spoke_with`` shared events at which both spoke. With ``month`` (YYYY-MM), only that month's events."""
    return coattendance_periods(records, identity).get(month or "all") or nx.Graph()


def _keyer(rec, identity):
    """A record's printed names -> person keys (memoised per record)."""
    juris = person_jurisdictions(rec)
    home = rec.get("home") or ""
    key = {}

    def k(name):
        if name not in key:
            j = juris.get(name, home)
            key[name] = person_key(identity.canonical(j, name) if identity else name, j)
        return key[name]
    return k


class Counts:
    """Co-attendance counts of a set of events: per person, events attended and chaired; per
    pair (in name order), events shared, those one of the two chaired, and those at which both
    spoke. Counts add up: the counts of all months are the sum of each month's, so a rebuild
    counts again only the months whose events changed (``count_months``). Kept as plain
    counters and made a graph at the end (networkx's views cost several times as much per
    update), with persons and pairs in name order: the graph is then the same whatever order
    the counts were added in."""

    __slots__ = ("events", "chaired", "shared", "chaired_with", "spoke_with")

    def __init__(self, parts=None):
        self.events, self.chaired, self.shared, self.chaired_with, self.spoke_with = \
            (Counter(p) for p in parts) if parts is not None else (Counter() for _ in range(5))

    def add_event(self, roles: dict[str, set[str]]) -> None:
        """Count one event (person -> their roles at it)."""
        people = sorted(roles)
        events, chaired, shared = self.events, self.chaired, self.shared
        for p in people:
            events[p] = events.get(p, 0) + 1
        chairs = {p for p in people if "chair" in roles[p]}
        for p in chairs:
            chaired[p] = chaired.get(p, 0) + 1
        pairs = list(itertools.combinations(people, 2))
        for pair in pairs:
            shared[pair] = shared.get(pair, 0) + 1
        if chairs:
            with_chair = self.chaired_with
            for pair in pairs:
                if pair[0] in chairs or pair[1] in chairs:
                    with_chair[pair] = with_chair.get(pair, 0) + 1
        speakers = [p for p in people if "speaker" in roles[p]]
        if len(speakers) > 1:
            spoke = self.spoke_with
            for pair in itertools.combinations(speakers, 2):
                spoke[pair] = spoke.get(pair, 0) + 1

    def add(self, other: "Counts") -> None:
        for mine, theirs in zip(self.parts(), other.parts()):
            mine.update(theirs)

    def parts(self) -> tuple:
        return self.events, self.chaired, self.shared, self.chaired_with, self.spoke_with

    def dumps(self) -> bytes:
        """The counts in marshal's format (plain dicts of strings, pairs and numbers), for the cache."""
        return marshal.dumps(tuple(dict(p) for p in self.parts()))

    @classmethod
    def loads(cls, data: bytes) -> "Counts":
        parts = marshal.loads(data)
        if not (isinstance(parts, tuple) and len(parts) == 5 and all(isinstance(p, dict) for p in parts)):
            raise ValueError("not co-attendance counts")
        return cls(parts)

    def graph(self) -> nx.Graph:
        g = nx.Graph()
        g.add_nodes_from((p, {"name": p.split("/", 1)[1], "jurisdiction": p.split("/", 1)[0], "events": n,
                              "chaired": self.chaired.get(p, 0)}) for p, n in sorted(self.events.items()))
        g.add_edges_from((a, b, {"weight": w, "chaired_with": self.chaired_with.get((a, b), 0),
                                 "spoke_with": self.spoke_with.get((a, b), 0)})
                         for (a, b), w in sorted(self.shared.items()))
        return g


def count_months(records, identity=None, months: set[str] | None = None, known=()) -> dict[str, Counts]:
    """The co-attendance counts of each month's dated events (of the months in ``months`` alone,
    where given; never of those in ``known``), by the month of the event (a late report counts
    in its event's month)."""
    counts: dict[str, Counts] = {}
    for rec in records:
        k = None
        for ev in rec.get("events") or ():
            month = (ev.get("date") or "")[:7]
            if not month or (months is not None and month not in months) or month in known:
                continue
            k = k or _keyer(rec, identity)
            roles: dict[str, set[str]] = defaultdict(set)
            for x in ev.get("participants", []):
                roles[k(x["person"])].add(x["role"])
            counts.setdefault(month, Counts()).add_event(roles)
    return dict(sorted(counts.items()))


def coattendance_periods(records, identity=None, only: set[str] | None = None,
                         counts: dict[str, Counts] | None = None) -> dict[str, nx.Graph]:
    """The co-attendance network of all months ("all") and of each month (with ``only``: of
    those periods alone). ``counts``: the months' counts (``count_months``) where known (a
    cache's); the months the periods need that it lacks are counted from the records.

    The nodes' posts and top campaigns are what the papers had printed by the end of the
    period: for "all", every record; for a month, the records issued up to that month. A
    month's page thus shows each person as known then (and a page added later in the corpus
    leaves earlier months' pages as they were)."""
    counts = dict(counts or {})  # this copy's counts are let go as their graphs are made
    with_all = only is None or "all" in only
    # "all" sums every month; a month alone, its own
    counts.update(count_months(records, identity, None if with_all else set(only), known=counts))
    nets: dict[str, nx.Graph] = {}
    if with_all:
        total = Counts()
        for month in sorted(counts):
            total.add(counts[month])
        nets["all"] = total.graph()
        del total
    for month in sorted(counts):
        if only is None or month in only:
            nets[month] = counts.pop(month).graph()
    del counts
    # person -> post label -> issue month -> where it was first printed (document order);
    # person -> campaign -> issue month -> times promoted. Kept per month, not per page: a
    # county secretary's title is printed on thousands of pages.
    posts: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
    promos: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
    docs = sorted(records, key=lambda r: r["document"])
    # Posts and campaigns of the persons in some graph only (a few hundred of tens of
    # thousands named), in a second pass. Positions count those persons' posts alone, in
    # document order as before, so the order of each person's posts is unchanged.
    shown = set().union(*nets.values())
    order = itertools.count()
    for rec in docs:
        if not rec.get("posts") and not rec.get("promotes"):
            continue
        k = _keyer(rec, identity)
        issued = (rec.get("issue_date") or "")[:7] or "~"  # undated records count for "all" only
        for p in rec.get("posts", []):
            if (who := k(p["person"])) in shown:
                seen = posts[who].get(label := p["org"] + p["role"])
                if seen is None:
                    seen = posts[who][label] = {}
                if issued not in seen:
                    seen[issued] = next(order)
        for r in rec.get("promotes", []):
            if (who := k(r["person"])) in shown:
                by_month = promos[who].get(r["campaign"])
                if by_month is None:
                    by_month = promos[who][r["campaign"]] = {}
                by_month[issued] = by_month.get(issued, 0) + 1
    # Each person's posts and campaigns as running values over their months (first printed so
    # far, times promoted so far): a period then reads them with one bisection, instead of
    # summing every month again for each of the periods the person appears in.
    post_runs = {n: {label: _running(seen, min) for label, seen in labels.items()} for n, labels in posts.items()}
    promo_runs = {n: {c: _running(by_month, operator.add) for c, by_month in cs.items()} for n, cs in promos.items()}
    for period, g in nets.items():
        until = "\uffff" if period == "all" else period
        for n in g.nodes:
            first = [(pos, label) for label, run in post_runs.get(n, {}).items()
                     if (pos := _until(run, until)) is not None]
            held = [label for _, label in sorted(first)]
            promoted = {c: total for c, run in promo_runs.get(n, {}).items() if (total := _until(run, until))}
            g.nodes[n]["posts"] = held
            g.nodes[n]["main_post"] = held[0] if held else ""
            g.nodes[n]["campaigns"] = [c for c, _ in sorted(promoted.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
    return {**({"all": nets.pop("all")} if "all" in nets else {}), **dict(sorted(nets.items()))}


def _running(by_month: dict, fold) -> tuple[list[str], list[int]]:
    """Months in order and the value folded over the months up to each (``min``: first
    position; ``add``: running total)."""
    months = sorted(by_month)
    return months, list(itertools.accumulate((by_month[m] for m in months), fold))


def _until(run: tuple[list[str], list[int]], until: str):
    """The running value at the last month up to ``until`` (None before the first)."""
    i = bisect_right(run[0], until)
    return run[1][i - 1] if i else None


def exact_betweenness(g: nx.Graph) -> dict[str, float]:
    """Normalised, unweighted betweenness of every node (as ``nx.betweenness_centrality(g)``),
    computed by rustworkx on one thread: the sum over sources is then always taken in one order,
    so the figures are the same from run to run."""
    nodes = list(g)
    index = {v: i for i, v in enumerate(nodes)}
    rg = rx.PyGraph(multigraph=False)
    rg.add_nodes_from(range(len(nodes)))
    rg.add_edges_from_no_data([(index[a], index[b]) for a, b in g.edges()])
    scores = rx.graph_betweenness_centrality(rg, normalized=True, endpoints=False, parallel_threshold=len(nodes) + 1)
    return {v: scores[i] for i, v in enumerate(nodes)}


def centrality(g: nx.Graph) -> tuple[dict[str, dict], str]:
    """Per-node measures and a note on how betweenness was computed."""
    n = g.number_of_nodes()
    if n == 0:
        return {}, "empty network"
    deg = nx.degree_centrality(g)
    wdeg = dict(g.degree(weight="weight"))
    if n <= EXACT_BETWEENNESS_MAX:
        btw = exact_betweenness(g)
        note = "betweenness exact"
    else:
        k = min(BETWEENNESS_SAMPLE, n)
        btw = nx.betweenness_centrality(g, k=k, normalized=True, seed=SEED)
        note = f"betweenness sampled from {k} pivots (seed {SEED})"
    pr = nx.pagerank(g, weight="weight") if g.number_of_edges() else {v: 1.0 / n for v in g}
    comp = {}
    for i, c in enumerate(sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))):
        for v in c:
            comp[v] = i
    out = {v: {"degree": g.degree(v), "degree_centrality": deg[v], "weighted_degree": wdeg[v],
               "betweenness": btw[v], "pagerank": pr[v], "component": comp[v]} for v in g}
    return out, note


CSV_FIELDS = ["period", "person", "name", "jurisdiction", "main_post", "events", "degree", "weighted_degree",
              "degree_centrality", "betweenness", "pagerank", "component"]


def centrality_csv(rows: list[dict], header: bool = False) -> str:
    """Rows of centrality.csv as its text (with the header line where asked)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    if header:
        w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def centrality_rows(g: nx.Graph, period: str, measures: dict[str, dict] | None = None) -> list[dict]:
    """centrality.csv's rows of one period, by PageRank (``measures``: ``centrality(g)``'s, where computed)."""
    if measures is None:
        measures, _ = centrality(g)
    rows = []
    for v in sorted(g, key=lambda v: (-measures[v]["pagerank"], v)):
        m = measures[v]
        rows.append({"period": period, "person": v, "name": g.nodes[v]["name"],
                     "jurisdiction": g.nodes[v]["jurisdiction"], "main_post": g.nodes[v]["main_post"],
                     "events": g.nodes[v]["events"], "degree": m["degree"], "weighted_degree": m["weighted_degree"],
                     "degree_centrality": round(m["degree_centrality"], 6), "betweenness": round(m["betweenness"], 6),
                     "pagerank": round(m["pagerank"], 6), "component": m["component"]})
    return rows
