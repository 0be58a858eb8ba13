#!/usr/bin/env python3
"""Prints the benchmark table from the files bench/run.sh wrote."""
import os, sys

out, docs, words, size, peer_ok, dbsize, lat = sys.argv[1:8]
docs, words, size, peer_ok, dbsize = int(docs), int(words), int(size), int(peer_ok), int(dbsize)


def read(name):
    s, kb = open(os.path.join(out, name + ".time")).read().split()[-2:]
    return float(s), int(kb)


rows = []
for name, label in (("dyad1", "dyad annotate, 1 core"), ("dyadN", f"dyad annotate, {os.cpu_count()} cores"), ("peer", "spaCy peer, 1 core")):
    if name == "peer" and not peer_ok:
        continue
    s, kb = read(name)
    rows.append((label, s, words / s, size / s / 1e6, kb / 1024))
print()
print(f"corpus: {docs} articles, {words:,} words, {size / 1e6:.2f} MB")
print(f"{'run':<26} {'seconds':>9} {'words/s':>12} {'MB/s':>8} {'peak RSS MB':>12}")
for label, s, wps, mbs, rss in rows:
    print(f"{label:<26} {s:>9.2f} {wps:>12,.0f} {mbs:>8.2f} {rss:>12.1f}")
if peer_ok:
    d1, p = rows[0], rows[-1]
    print(f"ratio dyad/peer, 1 core: {d1[2] / p[2]:.1f}x words/s, {p[4] / d1[4]:.1f}x less memory")
s, kb = read("ingest")
print(f"dyad ingest (fresh store): {s:.2f} s, {docs / s:,.0f} articles/s, peak RSS {kb / 1024:.1f} MB, database {dbsize / 1024:.1f} MB")
print(f"actor profile query (median of 21): {lat} ms wall, including process start")
prof = open(os.path.join(out, "dyad1.err")).read().strip().splitlines()
print("stage profile (dyad, 1 core):")
for line in prof:
    if line.startswith(("stage", "text", "actors", "quotes", "events", "total")):
        print("  " + line)
