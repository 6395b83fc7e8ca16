#!/usr/bin/env python3
"""Run a command and print its wall time and peak memory: the largest sum of the resident
memory of the process and all its children, sampled every 0.2 s (psutil), with the last
samples per process.

    python bench/memwatch.py .venv/bin/python build_graph.py bench/corpora/100mb --out /tmp/o
"""
import psutil, subprocess, sys, time, json
cmd = sys.argv[1:]
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
root = psutil.Process(p.pid); t0 = time.time(); peak = 0; log = []
while p.poll() is None:
    try:
        procs = [root] + root.children(recursive=True)
        rs = [(q.pid, q.memory_info().rss >> 20) for q in procs]
        tot = sum(r for _, r in rs)
        if tot > peak: peak = tot; log.append((round(time.time()-t0), tot, rs))
    except psutil.Error: pass
    time.sleep(0.2)
print("rc", p.returncode, "wall", round(time.time()-t0), "peak MB", peak)
for row in log[-6:]: print(row)
