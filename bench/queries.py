#!/usr/bin/env python3
"""Benchmark: every library query on a built graph, Oxigraph store.

    python bench/queries.py GRAPH.ttl [--db DIR]   (target: each query under 0.5 s)

With ``--db``, the graph is bulk-loaded into an on-disk Oxigraph database (as
``kg query --db`` does) instead of memory, as for a graph of tens of millions of triples.

Parameters are taken from the graph itself (the most active person, a month, a place),
so the queries return rows. Each query runs 3 times; the best time is printed.
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
    month, person = top[0][0], top[0][1]
    _, posts = run(store, lib["person-posts"], {"person": person})
    org, title = posts[0][0], posts[0][1]
    place = org[:3]
    params = {"post-holders": {"org": org, "title": title}, "person-posts": {"person": person},
              "person-events": {"person": person}, "coattendees": {"person": person},
              "campaign-promoters": {"person": person}, "jurisdiction-bodies": {"place": place},
              "active-officials": {"month": month}, "month-events": {"month": month},
              "person-evidence": {"person": person}, "new-campaigns": {"month": month},
              "multi-jurisdiction": {}, "post-changes": {"from": f"{month}-01", "to": f"{month}-28"}}
    print(f"{'query':<22}{'rows':>8}{'best s':>9}")
    worst = 0.0
    for name, qpath in lib.items():
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            _, rows = run(store, qpath, params.get(name, {}))
            best = min(best, time.perf_counter() - t)
        worst = max(worst, best)
        print(f"{name:<22}{len(rows):>8}{best:>9.3f}")
    print(f"slowest: {worst:.3f} s ({'meets' if worst < 0.5 else 'misses'} the 0.5 s target)")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), Path(args[args.index("--db") + 1]) if "--db" in args else None)
