"""What changed between two months (or two graph files): persons, posts, campaigns, ties, raw triples.

Semantic changes are computed on facts keyed by stable IRIs (memberships,
participations, promotions), never by comparing text; the raw difference is an
RDF Patch (A/D lines), exact because the graph has no blank nodes.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import FOAF, PROV, RDF, SKOS

from .ontology import KG, ORG


def load(spec: str, out_dir: Path = Path("out")) -> Graph:
    path = Path(spec)
    if not path.exists():
        path = Path(out_dir) / "months" / f"{spec}.ttl"
    if not path.exists():
        raise FileNotFoundError(f"{spec}: neither a Turtle file nor a built month ({path})")
    g = Graph()
    g.parse(str(path), format="turtle")
    return g


def _name(g: Graph, node) -> str:
    return str(g.value(node, FOAF.name) or g.value(node, SKOS.prefLabel) or node)


def _quote(g: Graph, fact) -> str | None:
    ev = g.value(fact, PROV.wasDerivedFrom)
    return str(g.value(ev, KG.quote)) if ev is not None else None


def as_graph(g) -> Graph:
    return g.to_rdflib() if hasattr(g, "to_rdflib") else g


def facts(g: Graph) -> dict:
    g = as_graph(g)
    persons = {p: _name(g, p) for p in g.subjects(RDF.type, FOAF.Person)}
    holdings = defaultdict(dict)  # person -> {(org, title): quote}
    for m in g.subjects(RDF.type, ORG.Membership):
        p = g.value(m, ORG.member)
        org = _name(g, g.value(m, ORG.organization))
        title = str(g.value(g.value(m, KG.post), KG.title))
        holdings[p][(org, title)] = _quote(g, m)
    campaigns = defaultdict(set)
    for c in g.subjects(RDF.type, KG.Campaign):
        campaigns[_name(g, c)]
    for pr in g.subjects(RDF.type, KG.Promotion):
        campaigns[_name(g, g.value(pr, KG.campaign))].add(persons.get(g.value(pr, KG.promoter), ""))
    events = defaultdict(set)
    for part in g.subjects(RDF.type, KG.Participation):
        events[g.value(part, KG.event)].add(g.value(part, KG.participant))
    ties = defaultdict(int)
    for people in events.values():
        for a, b in combinations(sorted(people), 2):
            ties[(a, b)] += 1
    degree = defaultdict(int)
    for a, b in ties:
        degree[a] += 1
        degree[b] += 1
    return {"persons": persons, "holdings": holdings, "campaigns": campaigns, "ties": ties, "degree": degree}


def _rank(degree: dict) -> dict:
    return {p: i + 1 for i, (p, _) in enumerate(sorted(degree.items(), key=lambda kv: (-kv[1], str(kv[0]))))}


def semantic_diff(a: Graph, b: Graph) -> dict:
    fa, fb = facts(a), facts(b)
    names = {**fa["persons"], **fb["persons"]}
    report: dict = {
        "persons_new": sorted(names[p] for p in set(fb["persons"]) - set(fa["persons"])),
        "persons_gone": sorted(names[p] for p in set(fa["persons"]) - set(fb["persons"])),
        "post_changes": [], "campaigns_new": [], "campaigns_gone": [], "ties_gained": [], "ties_lost": [],
        "centrality_movers": [],
    }
    for p in sorted(set(fa["holdings"]) | set(fb["holdings"]), key=str):
        ha, hb = fa["holdings"].get(p, {}), fb["holdings"].get(p, {})
        for org, title in sorted(set(hb) - set(ha)):
            before = [(o, t) for (o, t) in ha if o == org]
            change = {"person": names.get(p, str(p)), "org": org, "title": title,
                      "evidence_b": hb[(org, title)]}
            if before:
                change.update(kind="title changed", from_title=before[0][1], evidence_a=ha[before[0]])
            elif ha:
                change.update(kind="new body", from_org=sorted(ha)[0][0], evidence_a=ha[sorted(ha)[0]])
            else:
                change.update(kind="new holding")
            report["post_changes"].append(change)
    # a new holder of a post: the (org, title) held in both months by different people
    holders_a: dict = defaultdict(dict)
    holders_b: dict = defaultdict(dict)
    for src, dst in ((fa, holders_a), (fb, holders_b)):
        for p, h in src["holdings"].items():
            for key, quote in h.items():
                dst[key][names.get(p, str(p))] = quote
    for key in sorted(set(holders_a) & set(holders_b)):
        if set(holders_a[key]) != set(holders_b[key]):
            report["post_changes"].append({
                "kind": "new holder", "org": key[0], "title": key[1],
                "from": sorted(holders_a[key]), "to": sorted(holders_b[key]),
                "evidence_a": holders_a[key][sorted(holders_a[key])[0]],
                "evidence_b": holders_b[key][sorted(holders_b[key])[0]]})
    ca, cb = fa["campaigns"], fb["campaigns"]
    report["campaigns_new"] = [{"campaign": c, "promoters": sorted(cb[c])} for c in sorted(set(cb) - set(ca))]
    report["campaigns_gone"] = [{"campaign": c, "promoters": sorted(ca[c])} for c in sorted(set(ca) - set(cb))]
    report["ties_gained"] = sorted([names[x], names[y]] for x, y in set(fb["ties"]) - set(fa["ties"]))
    report["ties_lost"] = sorted([names[x], names[y]] for x, y in set(fa["ties"]) - set(fb["ties"]))
    ra, rb = _rank(fa["degree"]), _rank(fb["degree"])
    movers = [{"person": names[p], "rank_a": ra.get(p), "rank_b": rb.get(p)} for p in set(ra) | set(rb)
              if ra.get(p) != rb.get(p)]
    movers.sort(key=lambda m: (-abs((m["rank_a"] or len(ra) + 1) - (m["rank_b"] or len(rb) + 1)), m["person"]))
    report["centrality_movers"] = movers[:10]
    return report


def _nt(triple) -> str:
    return " ".join(t.n3() for t in triple) + " ."


def patch(a: Graph, b: Graph) -> str:
    """RDF Patch lines: D for triples only in A, A for triples only in B (sorted)."""
    sa, sb = set(as_graph(a)), set(as_graph(b))
    lines = [f"D {_nt(t)}" for t in sorted(sa - sb)] + [f"A {_nt(t)}" for t in sorted(sb - sa)]
    return "\n".join(lines) + ("\n" if lines else "")


def apply_patch(a: Graph, text: str) -> Graph:
    a = as_graph(a)
    g = Graph()
    for t in a:
        g.add(t)
    for line in text.split("\n"):  # one triple a line; a literal may hold U+2028, which splitlines would cut at
        if not line.strip():
            continue
        op, nt = line[0], line[2:]
        tmp = Graph()
        tmp.parse(data=nt, format="nt")
        for t in tmp:
            (g.remove if op == "D" else g.add)(t)
    return g


def is_empty(report: dict) -> bool:
    return not any(v for v in report.values())


def as_text(report: dict, a: str, b: str) -> str:
    out = [f"Changes from {a} to {b}"]
    if is_empty(report):
        return out[0] + ": none\n"
    for key, label in (("persons_new", "New persons"), ("persons_gone", "No longer seen")):
        if report[key]:
            out.append(f"{label} ({len(report[key])}): " + "、".join(report[key]))
    if report["post_changes"]:
        out.append("Post changes:")
        for c in report["post_changes"]:
            if c["kind"] == "title changed":
                out.append(f"  {c['person']}: {c['org']} {c['from_title']} -> {c['title']}")
                out.append(f"    before: {c['evidence_a']}")
                out.append(f"    after:  {c['evidence_b']}")
            elif c["kind"] == "new holder":
                out.append(f"  {c['org']} {c['title']}: {'、'.join(c['from'])} -> {'、'.join(c['to'])}")
                out.append(f"    before: {c['evidence_a']}")
                out.append(f"    after:  {c['evidence_b']}")
            else:
                out.append(f"  {c['person']}: {c['kind']} {c['org']} {c['title']}")
    for key, label in (("campaigns_new", "Campaigns new"), ("campaigns_gone", "Campaigns no longer seen")):
        if report[key]:
            out.append(f"{label} ({len(report[key])}): " + "; ".join(
                c["campaign"] + (f" ({'、'.join(c['promoters'])})" if c["promoters"] else "") for c in report[key]))
    for key, label in (("ties_gained", "Ties gained"), ("ties_lost", "Ties lost")):
        if report[key]:
            out.append(f"{label} ({len(report[key])}): " + "; ".join("-".join(t) for t in report[key][:30]))
    if report["centrality_movers"]:
        out.append("Largest movers in degree rank: " + "; ".join(
            f"{m['person']} {m['rank_a'] or '-'}->{m['rank_b'] or '-'}" for m in report["centrality_movers"]))
    return "\n".join(out) + "\n"


def as_html(report: dict, a: str, b: str) -> str:
    body = html.escape(as_text(report, a, b))
    return (f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{html.escape(a)} → "
            f"{html.escape(b)}</title></head><body><pre>{body}</pre></body></html>\n")


def as_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
