#!/usr/bin/env python3
"""Run a command and print its wall time and peak memory: the largest sum of the resident
memory of the process and all its children (worker processes included), sampled every
0.1 s with psutil, and the per-process figures of the last peaks.

    python bench/memwatch.py .venv/bin/python build_graph.py bench/corpora/100mb --out /tmp/o

``watch`` is the measurement itself; ``bench/scale.py`` uses it too.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time

import psutil


def watch(cmd: list[str], interval: float = 0.1) -> dict:
    """Run ``cmd``: its return code, wall seconds, peak MB (the process tree together), stdout,
    stderr, and the samples at which the peak rose: (seconds, total MB, [(pid, MB), ...])."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)  # files: a full pipe never stalls it
        root = psutil.Process(proc.pid)
        peak, rises = 0, []
        while proc.poll() is None:
            try:
                per = [(p.pid, p.memory_info().rss >> 20) for p in [root] + root.children(recursive=True)]
            except psutil.Error:  # a worker ended between listing and reading
                per = []
            total = sum(mb for _, mb in per)
            if total > peak:
                peak = total
                rises.append((round(time.perf_counter() - t0, 1), total, per))
            try:  # woken as soon as it ends, not up to ``interval`` later
                proc.wait(timeout=interval)
            except subprocess.TimeoutExpired:
                pass
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        return {"rc": proc.returncode, "wall": wall, "peak_mb": peak, "stdout": out.read(), "stderr": err.read(),
                "rises": rises}


if __name__ == "__main__":
    res = watch(sys.argv[1:])
    print(f"rc {res['rc']}  wall {res['wall']:.0f} s  peak {res['peak_mb']} MB")
    for row in res["rises"][-6:]:
        print(row)
