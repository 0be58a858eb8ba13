#!/usr/bin/env python3
"""Writes the benchmark corpus as JSON Lines and prints 'articles words bytes'.
usage: prepare.py CORPUS_DIR OUT.jsonl LIMIT(0 = all)"""
import json, os, sys

root, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
paths = []
for d, _, files in os.walk(root):
    paths += [os.path.join(d, f) for f in files if f.endswith(".txt")]
paths.sort()
if limit:
    paths = paths[:limit]
words = size = 0
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(paths):
        raw = open(p, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        words += len(text.split())
        size += len(text.encode("utf-8"))
        f.write(json.dumps({"id": os.path.relpath(p, root), "text": text}) + "\n")
print(len(paths), words, size)
