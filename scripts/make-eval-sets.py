#!/usr/bin/env python3
"""Builds the evaluation sets in eval/ from their readable sources, written by the dyad project:
- eval/events/dev.txt  -> eval/events/dev.jsonl (records {text, event, source, target, mode})
- eval/attribution/src/*.txt (inline markup) -> eval/attribution/*.txt + *.ann (BRAT standoff)

Attribution markup: [[S|speaker words]] [[C|cue words]] [[Q|content words]]; each [[Q|…]] is attributed to the
nearest [[S|…]] and [[C|…]] of the same attribution group, written as [[Q2|…]], [[S2|…]], [[C2|…]] (group 2)
when several attributions share a paragraph. Marks without a number form group 1 of their paragraph. A mark
serving two attributions lists both groups: [[S1,3|She]] (a pronoun that speaks a standalone quotation before
it and the reported clause after it).
- eval/actors/src/*.txt and eval/actors-heldout/src/*.txt (inline markup) -> *.txt + *.ann beside src/

Actor markup (eval/actors/README.md): [[K CODE ID|words]], K one of S (state), L (place), P (person),
O (organisation), CODE an ISO 3166-1 alpha-3 code or "-", ID optional; written as a BRAT text-bound
annotation labelled K with attributes Country and Id.
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


ACTOR = re.compile(r"\[\[([SLPO]) ([A-Z]{3}|-)(?: ([a-z0-9_-]+))? ?\|([^\]]+)\]\]")


def actors(d):
    srcd = os.path.join(d, "src")
    for name in sorted(os.listdir(srcd)):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(srcd, name), encoding="utf-8").read()
        text, lines, pos, t, a = "", [], 0, 0, 0
        for m in ACTOR.finditer(raw):
            text += raw[pos:m.start()]
            start = len(text)
            text += m.group(4)
            t += 1
            lines.append(f"T{t}\t{m.group(1)} {start} {len(text)}\t{m.group(4)}")
            if m.group(2) != "-":
                a += 1
                lines.append(f"A{a}\tCountry T{t} {m.group(2)}")
            if m.group(3):
                a += 1
                lines.append(f"A{a}\tId T{t} {m.group(3)}")
            pos = m.end()
        text += raw[pos:]
        left = re.search(r"\[\[|\]\]", text)
        if left:
            line = text[: left.start()].count("\n") + 1
            raise SystemExit(f"{os.path.join(srcd, name)}:{line}: a mark that does not parse near {text[left.start():left.start() + 40]!r}")
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(d, name[:-4] + ".ann"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


events()
for sub in ("actors", "actors-heldout"):
    if os.path.isdir(os.path.join(ROOT, "eval", sub, "src")):
        actors(os.path.join(ROOT, "eval", sub))
if os.path.isdir(os.path.join(ROOT, "eval", "attribution", "src")):
    attribution()
