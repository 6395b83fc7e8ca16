"""Co-attendance network (derived from participations, never stored as fact) and centrality."""
from __future__ import annotations

import itertools
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


def coattendance_periods(records, identity=None, only: set[str] | None = None) -> dict[str, nx.Graph]:
    """The co-attendance network of all months ("all") and of each month, in one pass over the records
    (with ``only``: of those periods alone, the others' events not counted).

    The nodes' posts and top campaigns are what the papers had printed by the end of the
    period: for "all", every record; for a month, the records issued up to that month. A
    month's page thus shows each person as known then (and a page added later in the corpus
    leaves earlier months' pages as they were)."""
    # period -> person -> [events, chaired]; period -> (person, person) -> [shared events,
    # chaired_with, spoke_with]. Counted in plain dicts and made graphs at the end: networkx's
    # views cost several times as much per update. Insertion order is the order in which
    # persons and pairs first meet, as the graphs' node and adjacency order were before.
    nodes: dict[str, dict[str, list[int]]] = {"all": {}}
    ties: dict[str, dict[tuple[str, str], list[int]]] = {"all": {}}
    # person -> post label -> issue month -> where it was first printed (document order);
    # person -> campaign -> issue month -> times promoted. Kept per month, not per page: a
    # county secretary's title is printed on thousands of pages.
    posts: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
    promos: dict[str, dict[str, Counter]] = defaultdict(dict)
    docs = sorted(records, key=lambda r: r["document"])

    def keyer(rec):  # a record's printed names -> person keys (memoised per record)
        juris = person_jurisdictions(rec)
        home = rec.get("home") or ""
        key = {}

        def k(name):
            if name not in key:
                j = juris.get(name, home)
                key[name] = person_key(identity.canonical(j, name) if identity else name, j)
            return key[name]
        return k

    for rec in docs:
        if not rec.get("events"):
            continue
        k = keyer(rec)
        for ev in rec["events"]:
            if not ev.get("date"):
                continue
            month = ev["date"][:7]
            counted = [p for p in ("all", month) if only is None or p in only]
            if not counted:
                continue
            if month not in nodes and month in counted:
                nodes[month], ties[month] = {}, {}
            roles: dict[str, set[str]] = defaultdict(set)
            for x in ev.get("participants", []):
                roles[k(x["person"])].add(x["role"])
            _count_event(roles, [nodes[p] for p in counted], [ties[p] for p in counted])
    # Posts and campaigns of the persons in some graph only (a few hundred of tens of
    # thousands named), in a second pass. Positions count those persons' posts alone, in
    # document order as before, so the order of each person's posts is unchanged.
    shown = set().union(*nodes.values())
    order = itertools.count()
    for rec in docs:
        if not rec.get("posts") and not rec.get("promotes"):
            continue
        k = keyer(rec)
        issued = (rec.get("issue_date") or "")[:7] or "~"  # undated records count for "all" only
        for p in rec.get("posts", []):
            if (who := k(p["person"])) in shown:
                posts[who].setdefault(p["org"] + p["role"], {}).setdefault(issued, next(order))
        for r in rec.get("promotes", []):
            if (who := k(r["person"])) in shown:
                promos[who].setdefault(r["campaign"], Counter())[issued] += 1
    if only is not None and "all" not in only:
        del nodes["all"], ties["all"]
    nets = {period: _graph(nodes.pop(period), ties.pop(period)) for period in list(nodes)}  # counts freed as used
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
            counts = {c: total for c, run in promo_runs.get(n, {}).items() if (total := _until(run, until))}
            g.nodes[n]["posts"] = held
            g.nodes[n]["main_post"] = held[0] if held else ""
            g.nodes[n]["campaigns"] = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
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


def _count_event(roles: dict[str, set[str]], node_counts, tie_counts) -> None:
    """Count one event (person -> their roles at it) into each period's node and tie counts."""
    chair = {p: "chair" in rs for p, rs in roles.items()}
    pairs = [((a, b), chair[a] or chair[b], "speaker" in roles[a] and "speaker" in roles[b])
             for a, b in itertools.combinations(sorted(roles), 2)]
    for counts in node_counts:
        for p in roles:
            c = counts.get(p)
            if c is None:
                c = counts[p] = [0, 0]
            c[0] += 1
            c[1] += chair[p]
    for counts in tie_counts:
        for pair, chaired, spoke in pairs:
            c = counts.get(pair)
            if c is None:
                c = counts[pair] = [0, 0, 0]
            c[0] += 1
            c[1] += chaired
            c[2] += spoke


def _graph(nodes: dict[str, list[int]], ties: dict[tuple[str, str], list[int]]) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from((p, {"name": p.split("/", 1)[1], "jurisdiction": p.split("/", 1)[0], "events": n,
                          "chaired": chaired}) for p, (n, chaired) in nodes.items())
    g.add_edges_from((a, b, {"weight": w, "chaired_with": chaired, "spoke_with": spoke})
                     for (a, b), (w, chaired, spoke) in ties.items())
    return g


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
