#!/usr/bin/env python3
"""Builds the evaluation sets in eval/ from their readable sources, written by the dyad project:
- eval/events/dev.txt  -> eval/events/dev.jsonl (records {text, event, source, target, mode})
- eval/attribution/src/*.txt (inline markup) -> eval/attribution/*.txt + *.ann (BRAT standoff)

Attribution markup: [[S|speaker words]] [[C|cue words]] [[Q|content words]]; each [[Q|…]] is attributed to the
nearest [[S|…]] and [[C|…]] of the same attribution group, written as [[Q2|…]], [[S2|…]], [[C2|…]] (group 2)
when several attributions share a paragraph. Marks without a number form group 1 of their paragraph. A mark
serving two attributions lists both groups: [[S1,3|She]] (a pronoun that speaks a standalone quotation before
it and the reported clause after it).
usage: python3 scripts/make-eval-sets.py
"""
import json, os, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def events():
    src = os.path.join(ROOT, "eval", "events", "dev.txt")
    out = []
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        ty, s, t, mode, text = line.split("|", 4)
        rec = {"text": text, "event": ty,
               "source": [{"code": c} for c in s.split(",") if c],
               "target": [{"code": c} for c in t.split(",") if c]}
        if mode != "-":
            rec["mode"] = mode
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(ROOT, "eval", "events", "dev.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


MARK = re.compile(r"\[\[([SCQ])([\d,]*)\|(.*?)\]\]", re.S)


def attribution():
    d = os.path.join(ROOT, "eval", "attribution")
    srcd = os.path.join(d, "src")
    for name in sorted(os.listdir(srcd)):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(srcd, name), encoding="utf-8").read()
        text, anns = "", []
        for pi, para in enumerate(raw.split("\n")):
            if pi:
                text += "\n"
            pos = 0
            for m in MARK.finditer(para):
                text += para[pos:m.start()]
                start = len(text)
                text += m.group(3)
                for g in (m.group(2) or "1").split(","):
                    anns.append((pi, g, m.group(1), start, len(text), m.group(3)))
                pos = m.end()
            text += para[pos:]
        lines, t, r = [], 0, 0
        ids = {}
        for (pi, g, kind, s, e, words) in anns:
            t += 1
            label = {"S": "Source", "C": "Cue", "Q": "Content"}[kind]
            lines.append(f"T{t}\t{label} {s} {e}\t{words}")
            ids.setdefault((pi, g), {}).setdefault(kind, []).append(t)
        for (pi, g), kinds in ids.items():
            for q in kinds.get("Q", []):
                for kind, label in (("S", "Source"), ("C", "Cue")):
                    if kinds.get(kind):
                        r += 1
                        lines.append(f"R{r}\t{label} Arg1:T{q} Arg2:T{kinds[kind][0]}")
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(d, name[:-4] + ".ann"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


events()
if os.path.isdir(os.path.join(ROOT, "eval", "attribution", "src")):
    attribution()
