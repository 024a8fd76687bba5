#!/usr/bin/env python3
"""Scores the tagger on Duckling's English time corpus in forward-looking mode.

Usage: duckling_eval.py TAGGER_BINARY DUCKLING_JSONL [--errors N]

Cases within TIMEX3's reach are the instants (not intervals) of the main, default_custom and diff
sections: the tagger must return a timex whose value equals the case's "timex3" (the longest timex
found is compared). Negative cases must stay untagged. Latent cases (times only in context) and
intervals are left out.
"""
import argparse, collections, json, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('cases')
    ap.add_argument('--errors', type=int, default=0)
    a = ap.parse_args()
    cases = [json.loads(l) for l in open(a.cases, encoding='utf-8') if l.strip()]
    docs = ''.join(json.dumps({'doc': str(i), 'dct': c['ref'], 'text': c['text']}) + '\n' for i, c in enumerate(cases))
    out = subprocess.run([a.binary, '--forward'], input=docs, capture_output=True, text=True, check=True).stdout
    found = {d['doc']: d['timex'] for d in map(json.loads, out.splitlines())}
    by_grain = collections.defaultdict(lambda: [0, 0])
    neg = [0, 0]
    errors = []
    for i, c in enumerate(cases):
        timexes = found.get(str(i), [])
        if c['section'] == 'negative':
            neg[0] += not timexes
            neg[1] += 1
            if timexes:
                errors.append(('negative', c['text'], None, timexes[0]['value']))
            continue
        if c['latent'] or c['section'] == 'latent' or c['expected'].get('kind') != 'instant':
            continue
        best = max(timexes, key=lambda t: t['end'] - t['start'], default=None)
        ok = best is not None and best['value'] == c['timex3']
        g = by_grain[c['expected']['grain']]
        g[0] += ok
        g[1] += 1
        if not ok:
            errors.append((c['expected']['grain'], c['text'], c['timex3'], best and best['value']))
    total = [sum(v[0] for v in by_grain.values()), sum(v[1] for v in by_grain.values())]
    print('duckling instants: %.1f%% exact (%d/%d); negatives untagged: %.1f%% (%d/%d)'
          % (100 * total[0] / total[1], total[0], total[1], 100 * neg[0] / max(neg[1], 1), neg[0], neg[1]))
    for g, (ok, n) in sorted(by_grain.items(), key=lambda x: -x[1][1]):
        print('  %-8s %5.1f%% (%d/%d)' % (g, 100 * ok / n, ok, n))
    for e in errors[:a.errors]:
        print('  %-8s %-40r want %-22s got %s' % e)


if __name__ == '__main__':
    main()
