#!/usr/bin/env python3
"""Benchmark: every library query on a built graph, Oxigraph store.

    python bench/queries.py GRAPH.ttl [--db DIR]   (target: each query under 0.5 s)

With ``--db``, the graph is bulk-loaded into an on-disk Oxigraph database (as
``kg query --db`` does) instead of memory, as for a graph of tens of millions of triples.

Parameters are taken from the graph itself, so the queries return rows: the first month, and
two persons of it, the busiest (most events) and the median one, with each one's first post
and its place. Each query runs 3 times; the best time is printed.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query import library, run  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402


def main(path: Path, db: Path | None = None) -> None:
    t0 = time.perf_counter()
    store = OxigraphStore.persistent(path, db) if db else OxigraphStore.load(path)
    print(f"loaded {len(store):,} triples in {time.perf_counter() - t0:.1f} s")
    lib = {q.name: q.path for q in library()}
    _, top = run(store, lib["active-officials"], {})
    month = top[0][0]
    ranked = [r for r in top if r[0] == month]  # the first month's persons, most events first
    # the busiest person with a post, and the first with a post from the middle of the ranking on
    busiest = next(p for p in (params_for(store, lib, month, r[1]) for r in ranked) if p)
    median = next(p for p in (params_for(store, lib, month, r[1]) for r in ranked[len(ranked) // 2:]) if p)
    sets = {"busiest": busiest, "median": median}
    print("parameters: " + "; ".join(f"{k}: {v['person-posts']['person']}, {v['jurisdiction-bodies']['place']}"
                                      for k, v in sets.items()))
    print(f"{'query':<22}{'rows':>8}{'busiest s':>11}{'rows':>8}{'median s':>10}")
    worst = {k: 0.0 for k in sets}
    for name, qpath in lib.items():
        cells = []
        for label, params in sets.items():
            best = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                _, rows = run(store, qpath, params.get(name, {}))
                best = min(best, time.perf_counter() - t)
            worst[label] = max(worst[label], best)
            cells.append(f"{len(rows):>8}{best:>{11 if label == 'busiest' else 10}.3f}")
        print(f"{name:<22}" + "".join(cells))
    for label, w in worst.items():
        print(f"slowest ({label} person): {w:.3f} s ({'meets' if w < 0.5 else 'misses'} the 0.5 s target)")


def params_for(store, lib: dict, month: str, person: str) -> dict:
    """Every query's parameters around one person: their month, first post's body and its place
    (None for a person without a post)."""
    _, posts = run(store, lib["person-posts"], {"person": person})
    if not posts:
        return None
    org, title = posts[0][0], posts[0][1]
    return {"post-holders": {"org": org, "title": title}, "person-posts": {"person": person},
            "person-events": {"person": person}, "coattendees": {"person": person},
            "campaign-promoters": {"person": person}, "jurisdiction-bodies": {"place": org[:3]},
            "active-officials": {"month": month}, "month-events": {"month": month},
            "person-evidence": {"person": person}, "new-campaigns": {"month": month},
            "multi-jurisdiction": {}, "post-changes": {"from": f"{month}-01", "to": f"{month}-28"}}


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), Path(args[args.index("--db") + 1]) if "--db" in args else None)
