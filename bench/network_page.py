#!/usr/bin/env python3
"""Benchmark: write the network page for a synthetic co-attendance network of N persons.

    python bench/network_page.py [N ...]     (default 5000; target: under 2 s for 5,000 nodes)

Events are drawn with a fixed seed: each event gathers 3-12 persons, with a few
'leaders' present at many events, as in county papers.
"""
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.network import coattendance  # noqa: E402
from kg.viz import render_page  # noqa: E402


def synthetic_records(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    people = [f"人{i:05d}" for i in range(n)]
    leaders = people[: max(5, n // 100)]
    events = []
    for k in range(n // 2):
        size = rng.randint(3, 12)
        members = set(rng.sample(people, size)) | {rng.choice(leaders)}
        events.append({"date": f"2021-{1 + k % 12:02d}-15",
                       "participants": [{"person": p, "role": "attendee"} for p in sorted(members)]})
    return [{"document": "synthetic.txt", "home": "开化县", "posts": [], "promotes": [], "events": events}]


def main(sizes):
    print(f"{'nodes':>7} {'edges':>8} {'network s':>10} {'page s':>8} {'MB':>6}")
    for n in sizes:
        recs = synthetic_records(n)
        t0 = time.perf_counter()
        g = coattendance(recs)
        t1 = time.perf_counter()
        html = render_page(g, "bench", [("all", "network.html")], "all")
        t2 = time.perf_counter()
        print(f"{g.number_of_nodes():7d} {g.number_of_edges():8d} {t1 - t0:10.2f} {t2 - t1:8.2f} {len(html) / 1e6:6.1f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5000])
