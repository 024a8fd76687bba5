#!/usr/bin/env python3
"""Direction gold: scores past/future resolution of bare weekdays, months, seasons, quarters and
"the new year" on bench/temporal/data/directions.tsv (dct, mode, kind, sentence, expression=VALUE).

  directions.py BUILD_DIR|BINARY [-v]

BUILD_DIR runs BUILD_DIR/bench/temporal/temporal_tag; a BINARY named temporal_tag* is run as is, any
other binary as `BINARY tag --jsonl` (a chronoline). News lines go through in one JSONL batch,
narrative lines in another (--narrative / --doc-type narrative). A line scores when a timex
overlapping the expression has the gold value (a value with a time of day, "2026-11-24T15:00",
counts for the date "2026-11-24"). Prints accuracy overall, per mode and per kind; -v lists the
misses. Exits 0 whatever the score (a benchmark, not a test)."""
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "data", "directions.tsv")


def command(target, narrative):
    if os.path.isdir(target):
        target = os.path.join(target, "bench", "temporal", "temporal_tag")
    if os.path.basename(target).startswith("temporal_tag"):
        return [target] + (["--narrative"] if narrative else [])
    return [target, "tag", "--jsonl"] + (["--doc-type", "narrative"] if narrative else [])


def load():
    rows = []
    with open(GOLD, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            dct, mode, kind, sentence, gold = line.split("\t")
            expr, value = gold.rsplit("=", 1)
            start = sentence.find(expr)
            if start < 0:
                sys.exit(f"directions.py: line {n}: '{expr}' not in its sentence")
            rows.append(dict(n=n, dct=dct, mode=mode, kind=kind, text=sentence, expr=expr,
                             value=value, start=start, end=start + len(expr)))
    return rows


def tag(target, rows, narrative):
    if not rows:
        return {}
    lines = "".join(json.dumps({"doc": str(r["n"]), "dct": r["dct"], "text": r["text"]}) + "\n"
                    for r in rows)
    out = subprocess.run(command(target, narrative), input=lines, capture_output=True, text=True,
                         check=True).stdout
    return {d["doc"]: d.get("timex", []) for d in map(json.loads, out.splitlines())}


def found(row, timexes):
    """The value of the timex over the expression ('-' when none covers it)."""
    for t in timexes:
        if t["start"] < row["end"] and row["start"] < t["end"]:
            return t.get("value", "-"), t.get("text", "")
    return "-", ""


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if len(args) != 1:
        sys.exit(__doc__)
    rows = load()
    sys_out = {}
    for narrative in (False, True):
        part = [r for r in rows if (r["mode"] == "narrative") == narrative]
        sys_out.update(tag(args[0], part, narrative))
    total = collections.Counter()
    good = collections.Counter()
    misses = []
    for r in rows:
        value, text = found(r, sys_out.get(str(r["n"]), []))
        ok = value == r["value"] or value.startswith(r["value"] + "T")
        for key in ("all", "mode " + r["mode"], "kind " + r["kind"]):
            total[key] += 1
            good[key] += ok
        if not ok:
            misses.append((r, value, text))

    def pct(key):
        return f"{100.0 * good[key] / total[key]:.1f}% ({good[key]}/{total[key]})"

    print(f"directions: accuracy {pct('all')}")
    for key in sorted(k for k in total if k.startswith("mode ")):
        print(f"  {key[5:]:<10} {pct(key)}")
    kinds = sorted((k for k in total if k.startswith("kind ")),
                   key=lambda k: (good[k] / total[k], -total[k], k))
    for key in kinds:
        print(f"  {key[5:]:<20} {pct(key)}")
    if verbose:
        print("misses (line, dct, mode, kind: expression gold -> system):")
        for r, value, text in misses:
            got = f"{value} ('{text}')" if text else "untagged"
            print(f"  {r['n']} {r['dct']} {r['mode']} {r['kind']}: {r['expr']}={r['value']} -> {got}"
                  f"\n      {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
