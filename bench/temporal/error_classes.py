#!/usr/bin/env python3
"""Sorts the values the tagger gets wrong on a TimeML corpus into kinds, for bench/temporal/README.md.

Usage: error_classes.py SYSTEM.jsonl GOLD.jsonl [--examples N]
Both files hold {"doc", "timex": [{"start", "end", "text", "type", "value"}]} lines (the gold ones
also "dct" and "text"). A gold timex counts when a system timex overlaps it with another value.
"""
import argparse
import collections
import json
import re

DAY = re.compile(r'(\d{4}-\d\d-\d\d)(T(MO|AF|EV|NI|DT))?')
REFS = ('PAST_REF', 'PRESENT_REF', 'FUTURE_REF')


def kind(gold_type, gold, sys_type, ours):
    """The kind of difference between a gold value and ours."""
    if re.fullmatch(r'\d{4}-W\d', gold) and ours == gold[:-1] + '0' + gold[-1]:
        return 'week numbers'
    if 'X' in gold and not gold.startswith('P') and ours.startswith(gold.split('X')[0].rstrip('-W')):
        return 'gold underspecified'
    if gold.endswith('_REF') != ours.endswith('_REF') and (gold.startswith('P') or ours.startswith('P')):
        return 'REF vs duration'
    if (gold_type == 'DURATION') != (sys_type == 'DURATION'):
        return 'DURATION vs DATE'
    if gold.startswith('P') and ours.startswith('P'):
        return 'duration amount'
    g, s = DAY.fullmatch(gold), DAY.fullmatch(ours)
    if g and s:
        return 'part of day' if g.group(1) == s.group(1) else 'wrong day'
    if 'T' in gold and 'T' in ours and gold[:10] != ours[:10] and gold not in REFS:
        return 'TIME on the wrong day'
    if gold[:4] != ours[:4] and gold[4:] == ours[4:]:
        return 'wrong year'
    if gold[:4] == ours[:4] or (gold[:3] == ours[:3] and min(len(gold), len(ours)) <= 4):
        return 'granularity'
    return 'other'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('system')
    ap.add_argument('gold')
    ap.add_argument('--examples', type=int, default=3)
    args = ap.parse_args()
    ours = {d['doc']: d for d in map(json.loads, open(args.system, encoding='utf-8'))}
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for doc in map(json.loads, open(args.gold, encoding='utf-8')):
        mine = ours.get(doc['doc'], {'timex': []})['timex']
        for t in doc['timex']:
            over = [s for s in mine if s['start'] < t['end'] and t['start'] < s['end']]
            if not over or over[0]['value'] == t['value']:
                continue
            k = kind(t['type'], t['value'], over[0]['type'], over[0]['value'])
            counts[k] += 1
            examples[k].append(f"{t['text']!r}: {t['value']} / {over[0]['value']}")
    print(f'{sum(counts.values())} values differ')
    for k, n in counts.most_common():
        print(f'{n:4}  {k:22}  ' + '; '.join(examples[k][:args.examples]))


if __name__ == '__main__':
    main()
