#!/usr/bin/env python3
"""Median wall time (ms) of `dyad actor NAME --db DB` over N runs. usage: latency.py DYAD DB NAME N"""
import subprocess, sys, time, statistics

dyad, db, name, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
times = []
for _ in range(n):
    t = time.perf_counter()
    subprocess.run([dyad, "actor", name, "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(times):.1f}")
