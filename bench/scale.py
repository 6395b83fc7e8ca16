#!/usr/bin/env python3
"""Benchmark: the whole build against a plain jieba.lcut pass over the same text.

    python bench/scale.py [MB ...]          (default: 1 10)

For each size a synthetic corpus is generated once (bench/corpora/<MB>mb, seed 1), then
measured in child processes: the build (``build_graph.py CORPUS --out TMP --no-cache``,
SHACL validation included) and a jieba.lcut pass over every page's text (dictionary
load included, as in a build). Printed: wall seconds, characters per second, peak
memory (max RSS of the child), triples, and build speed / jieba speed.
"""
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
JIEBA_PASS = """
import sys, glob, logging, jieba
jieba.setLogLevel(logging.WARNING)
n = 0
for f in sorted(glob.glob(sys.argv[1] + "/*.txt")):
    text = open(f, encoding="utf-8").read()
    n += len(text)
    jieba.lcut(text)
print(n)
"""


def child(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB) and stdout of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if res.returncode not in (0, 3):
        raise RuntimeError(res.stderr[-2000:])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) // 1024, res.stdout


def main(sizes: list[float]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from gen_corpus import generate

    rows = []
    for mb in sizes:
        corpus = ROOT / "bench" / "corpora" / f"{mb:g}mb"
        if not (corpus / "manifest.csv").exists():
            generate(corpus, mb, seed=1)
        with tempfile.TemporaryDirectory() as tmp:
            jw, jmem, jout = child([PY, "-c", JIEBA_PASS, str(corpus)])
            chars = int(jout.strip())
            bw, bmem, _ = child([PY, str(ROOT / "build_graph.py"), str(corpus), "--out", f"{tmp}/out", "--no-cache"])
            report = json.loads(Path(f"{tmp}/out/report.json").read_text(encoding="utf-8"))
        rows.append((mb, report["totals"]["pages"], chars, bw, chars / bw, bmem, report["totals"]["triples"],
                     jw, chars / jw, jw / bw, report["timings"]))
    print(f"{'MB':>5} {'pages':>6} {'chars':>10} {'build s':>8} {'chars/s':>9} {'peak MB':>8} {'triples':>10} "
          f"{'jieba s':>8} {'jieba c/s':>10} {'ratio':>6}")
    for mb, pages, chars, bw, bcs, mem, triples, jw, jcs, ratio, _ in rows:
        print(f"{mb:>5g} {pages:>6} {chars:>10,} {bw:>8.1f} {bcs:>9,.0f} {mem:>8} {triples:>10,} {jw:>8.1f} "
              f"{jcs:>10,.0f} {ratio:>6.2f}")
    for mb, *_, timings in rows:
        print(f"{mb:g} MB stages (s): " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    if len(rows) > 1:
        (m1, *_, t1), (m2, *_, t2) = rows[0][:1] + rows[0][3:4], rows[-1][:1] + rows[-1][3:4]
        print(f"growth: {m2 / m1:g}x the text took {t2 / t1:.1f}x the time")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1, 10])
