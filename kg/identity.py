"""Identity across pages: which printed names are one person (nomenklatura-style judgements).

Decisions are data, separate from extraction and re-applied on every build:

* automatic: two names in one jurisdiction that differ in one character, seen in
  the same post (body and title) within ``WINDOW`` days of each other, are one
  person printed two ways (an OCR or typesetting slip); the name seen on more
  pages is kept, the other becomes an alias. Two people who merely share
  characters but hold different posts are not merged.
* ``decisions.csv`` in the corpus folder overrides that: ``decision,name,other,
  jurisdiction,reason`` with decision ``merge`` (other is an alias of name) or
  ``never`` (keep them apart). Every merge is reported with its reason.
"""
from __future__ import annotations

import csv
import itertools
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .places import person_jurisdictions

DECISIONS = "decisions.csv"
WINDOW = dt.timedelta(days=366)


@dataclass(frozen=True)
class Decision:
    kind: str  # merge | never
    name: str
    other: str
    jurisdiction: str = ""
    reason: str = ""
    line: int | None = None


@dataclass
class IdentityMap:
    """(jurisdiction, printed name) -> canonical name, with the merges that made it."""

    canonical_of: dict[tuple[str, str], str] = field(default_factory=dict)
    merges: list[dict] = field(default_factory=list)

    def canonical(self, juris: str, name: str) -> str:
        return self.canonical_of.get((juris, name), name)

    def aliases(self, juris: str, name: str) -> list[str]:
        return sorted(a for (j, a), c in self.canonical_of.items() if j == juris and c == name and a != name)


def load_decisions(path: Path, problems: list | None = None) -> list[Decision]:
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for k, row in enumerate(csv.DictReader(fh), start=2):
            kind = (row.get("decision") or "").strip()
            name, other = (row.get("name") or "").strip(), (row.get("other") or "").strip()
            if kind not in ("merge", "never") or not name or not other:
                if problems is not None:
                    from .corpus import Problem

                    problems.append(Problem(path.name, "decision row needs decision=merge|never, name and other",
                                            line=k))
                continue
            out.append(Decision(kind, name, other, (row.get("jurisdiction") or "").strip(),
                                (row.get("reason") or "").strip(), k))
    return out


def _one_char_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b)) == 1


def _one_char_pairs(names: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j, in order) of the distinct names that are one character apart.

    Names sharing a length and all characters but the one at position k fall in one bucket
    (the name with position k left out), so a jurisdiction's thousands of names are not
    compared pair by pair; the pairs come in the order a nested loop over the names would give."""
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for k in range(len(name)):
            buckets[(k, name[:k] + name[k + 1:])].append(i)
    pairs = set()
    for idx in buckets.values():
        if len(idx) > 1:
            pairs.update(itertools.combinations(idx, 2))
    return sorted(pairs)


def resolve(records: list[dict], decisions: list[Decision] = ()) -> IdentityMap:
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    posts: dict[tuple[str, str], dict[tuple[str, str], list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    for rec in records:
        juris = person_jurisdictions(rec)
        home = rec.get("home") or ""
        date = dt.date.fromisoformat(rec["issue_date"]) if rec.get("issue_date") else None
        for p in rec.get("persons", []):
            name = p["name"] if isinstance(p, dict) else p
            pages[(juris.get(name, home), name)].add(rec["document"])
        for p in rec.get("posts", []):
            if date:
                posts[(juris.get(p["person"], home), p["person"])][(p["org"], p["role"])].append(date)
    never = {frozenset((d.name, d.other)) for d in decisions if d.kind == "never"}
    idmap = IdentityMap()

    def weight(key):
        return (len(pages.get(key, ())), sum(len(v) for v in posts.get(key, {}).values()), -ord(key[1][0]), key[1])

    keys = sorted(set(pages) | set(posts))
    by_juris: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        by_juris[key[0]].append(key)
    for juris, ks in sorted(by_juris.items()):
        for i, j in _one_char_pairs([k[1] for k in ks]):
            a, b = ks[i], ks[j]
            if frozenset((a[1], b[1])) in never:
                continue
            shared = set(posts.get(a, {})) & set(posts.get(b, {}))
            close = [s for s in sorted(shared)
                     if min(abs(x - y) for x in posts[a][s] for y in posts[b][s]) <= WINDOW]
            if not close:
                continue
            keep, alias = (a, b) if weight(a) >= weight(b) else (b, a)
            if (juris, alias[1]) in idmap.canonical_of:
                continue
            idmap.canonical_of[(juris, alias[1])] = keep[1]
            idmap.merges.append({"jurisdiction": juris, "canonical": keep[1], "alias": alias[1],
                                 "reason": f"one character apart, both {close[0][0]}{close[0][1]}, "
                                           f"seen within {WINDOW.days} days", "source": "automatic"})
    for d in decisions:
        if d.kind != "merge":
            continue
        jurs = [d.jurisdiction] if d.jurisdiction else sorted({j for j, n in keys if n in (d.name, d.other)})
        for j in jurs:
            idmap.canonical_of[(j, d.other)] = d.name
            idmap.merges.append({"jurisdiction": j, "canonical": d.name, "alias": d.other,
                                 "reason": d.reason or f"decisions.csv line {d.line}", "source": "decision"})
    return idmap
