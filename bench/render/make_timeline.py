#!/usr/bin/env python3
"""make_timeline.py N [uniform|clustered] > timeline.json: a generated timeline for bench/render."""
import datetime, json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
kind = sys.argv[2] if len(sys.argv) > 2 else "uniform"
rng = random.Random(1)
words = "talks summit troops border minister agree deal vote crisis rally court ruling election protest sanctions envoy".split()
events = []
for i in range(n):
    if kind == "clustered":
        day = datetime.date(2010 + 3 * rng.randrange(5), 3, 1) + datetime.timedelta(days=rng.randrange(20))
    else:
        day = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    value = day.isoformat() if i % 5 != 4 else day.isoformat()[:7]
    label = " ".join(rng.choice(words) for _ in range(rng.randrange(2, 10))).capitalize()
    events.append({"label": label, "value": value})
json.dump({"title": f"{n} events ({kind})", "published": "2022-01-25", "source": "generated", "events": events},
          sys.stdout)
