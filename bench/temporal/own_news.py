#!/usr/bin/env python3
"""Our own blind TIMEX3 gold set of invented news sentences (data/own-news.src -> own-news.jsonl).

Usage (from the checkout, with ../shared next to it):
  bench/temporal/own_news.py build               # regenerate data/own-news.jsonl from data/own-news.src
  bench/temporal/own_news.py score BUILD [N]     # tag it with BUILD's temporal_tag (news mode) and score
                                                 # it with ../shared/tools/score.py --by-type (N errors)
The source marks a timex as [[span|TYPE|value]] or [[span|TYPE|value|MOD]]; see data/own-news.src.
Only the Python standard library is used.
"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'data', 'own-news.src')
OUT = os.path.join(HERE, 'data', 'own-news.jsonl')
MARK = re.compile(r'\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]')


def parse(path):
    docs, cur = [], None
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('@doc '):
                _, doc, dct = line.split()
                cur = {'doc': doc, 'dct': dct, 'lines': []}
                docs.append(cur)
                continue
            if cur is None:
                sys.exit('%s:%d: sentence before any @doc' % (path, ln))
            rest = MARK.sub('', line)
            if '[[' in rest or ']]' in rest:
                sys.exit('%s:%d: malformed timex mark' % (path, ln))
            cur['lines'].append(line)
    out = []
    for d in docs:
        text, timex = '', []
        for i, line in enumerate(d['lines']):
            if i:
                text += '\n'
            pos = 0
            for m in MARK.finditer(line):
                text += line[pos:m.start()]
                span, typ, val, mod = m.groups()
                t = {'start': len(text), 'end': len(text) + len(span), 'text': span, 'type': typ, 'value': val}
                if mod:
                    t['mod'] = mod
                timex.append(t)
                text += span
                pos = m.end()
            text += line[pos:]
        for t in timex:
            assert text[t['start']:t['end']] == t['text']
        out.append({'doc': d['doc'], 'dct': d['dct'], 'text': text, 'timex': timex})
    return out


def build():
    docs = parse(SRC)
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    n_sent = sum(d['text'].count('\n') + 1 for d in docs)
    n_neg = sum(1 for d in docs for s in d['text'].split('\n') if not any(
        t['start'] >= d['text'].find(s) and t['end'] <= d['text'].find(s) + len(s) for t in d['timex']))
    n_tx = sum(len(d['timex']) for d in docs)
    print('%s: %d documents, %d sentences (%d without a timex), %d timexes' % (OUT, len(docs), n_sent, n_neg, n_tx))


def score(build_dir, errors):
    binary = os.path.join(build_dir, 'bench', 'temporal', 'temporal_tag')
    scorer = os.path.join(HERE, '..', '..', '..', 'shared', 'tools', 'score.py')
    with open(OUT, 'rb') as f:
        sys_out = subprocess.run([binary], stdin=f, stdout=subprocess.PIPE, check=True).stdout
    with tempfile.NamedTemporaryFile('wb', suffix='.jsonl', delete=False) as tmp:
        tmp.write(sys_out)
    try:
        subprocess.run([sys.executable, scorer, tmp.name, OUT, '--by-type', '--errors', str(errors)], check=True)
    finally:
        os.unlink(tmp.name)


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'build':
        build()
    elif len(sys.argv) >= 3 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else 0)
    else:
        sys.exit(__doc__)
