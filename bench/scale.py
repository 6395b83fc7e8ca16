#!/usr/bin/env python3
"""Benchmark: the whole build against a plain jieba.lcut pass over the same text.

    python bench/scale.py [MB ...] [--incremental]        (default: 1 10)

For each size a synthetic corpus is generated once (bench/corpora/<MB>mb, seed 1), then
measured in child processes: the build (``build_graph.py CORPUS --out TMP --no-cache``,
default ``--jobs``, SHACL validation included) and a jieba.lcut pass over every page's text
(dictionary load included, as in a build). Printed: wall seconds, characters per second,
peak memory, triples, and build speed / jieba speed.

Peak memory is the largest sum of the resident memory of the build and its worker
processes, sampled every 0.1 s (``bench/memwatch.py``, psutil).

With ``--incremental``: a build with the caches, then three times: one new page added to the
latest issue (a copy of one of its pages as the issue's next page, a line longer each time),
``sync``, and the build run again; printed: the full build's time, each rebuild's, and the
median rebuild as a share of the full build (the target is under 10%).
"""
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from memwatch import watch  # noqa: E402

# The builds run as Python runs by default, keeping the bytecode it compiles (__pycache__):
# where PYTHONDONTWRITEBYTECODE is set (as on the machine these figures come from), every
# process of every build would compile the package again (0.1 s a process here).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
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
    """Wall seconds, peak resident memory (MB, the process and its workers together) and stdout."""
    res = watch(cmd)
    if res["rc"] not in (0, 3):
        raise RuntimeError(res["stderr"][-2000:])
    return res["wall"], res["peak_mb"], res["stdout"]


REBUILDS = 3  # one new page each time; single timings here vary by 10-40% from run to run


def incremental(corpus: Path) -> tuple[float, list[float], list[dict]]:
    """Full build with the caches, then ``REBUILDS`` times: one new page, and the build again.
    Returns the full build's seconds, each rebuild's, and each rebuild's stage timings."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "corpus"
        shutil.copytree(corpus, work)
        full, _, _ = child([PY, str(ROOT / "build_graph.py"), str(work), "--out", f"{tmp}/out"])
        rows = (work / "manifest.csv").read_text(encoding="utf-8").splitlines()
        # one more page of the latest issue (as when the pages of a new issue come in)
        row = max(rows[1:], key=lambda r: (r.split(",")[2], r))
        first = work / row.split(",")[0]
        times, stages = [], []
        for n in range(2, 2 + REBUILDS):
            new = f"{first.stem}-{n}{first.suffix}"  # the next page, named as papers name them
            # a copy would be skipped as a duplicate: the new page differs by a line
            (work / new).write_text(first.read_text(encoding="utf-8") + "\n（本版编辑：增补）\n" * (n - 1),
                                    encoding="utf-8")
            rows.append(row.replace(first.name, new, 1))
            (work / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
            # the pages come in later: the last build's writes are on disk by then, not still
            # being flushed while the rebuild is timed, and its previous output is deleted (a
            # detached process deletes it after the swap: kg.io.discard)
            while list(Path(tmp).glob(".out.old-*")):
                time.sleep(0.05)
            os.sync()
            again, _, _ = child([PY, str(ROOT / "build_graph.py"), str(work), "--out", f"{tmp}/out"])
            report = json.loads((Path(tmp) / "out" / "report.json").read_text(encoding="utf-8"))
            assert report["cache"]["extracted"] == 1, report["cache"]
            times.append(again)
            stages.append(report["timings"])
        return full, times, stages


def main(sizes: list[float], with_incremental: bool) -> None:
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
    print(f"{'MB':>5} {'pages':>6} {'chars':>11} {'build s':>8} {'chars/s':>9} {'peak MB':>8} {'triples':>11} "
          f"{'jieba s':>8} {'jieba c/s':>10} {'ratio':>6}")
    for mb, pages, chars, bw, bcs, mem, triples, jw, jcs, ratio, _ in rows:
        print(f"{mb:>5g} {pages:>6} {chars:>11,} {bw:>8.1f} {bcs:>9,.0f} {mem:>8} {triples:>11,} {jw:>8.1f} "
              f"{jcs:>10,.0f} {ratio:>6.2f}")
    for mb, *_, timings in rows:
        print(f"{mb:g} MB stages (s): " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    if len(rows) > 1:
        (m1, t1), (m2, t2) = (rows[0][0], rows[0][3]), (rows[-1][0], rows[-1][3])
        print(f"growth: {m2 / m1:g}x the text took {t2 / t1:.1f}x the time")
    if with_incremental:
        mb = sizes[-1]
        full, times, stages = incremental(ROOT / "bench" / "corpora" / f"{mb:g}mb")
        again = sorted(times)[len(times) // 2]
        print(f"incremental ({mb:g} MB + 1 page, {len(times)} times): full {full:.1f} s, again "
              + ", ".join(f"{t:.1f}" for t in times) + f" s; median {again:.1f} s, "
              f"{100 * again / full:.1f}% of the full build")
        for t, timings in zip(times, stages):
            print(f"  rebuild {t:.1f} s, stages (s): " + ", ".join(f"{k} {v}" for k, v in timings.items()))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main([float(a) for a in args] or [1, 10], "--incremental" in sys.argv)
