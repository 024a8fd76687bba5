#!/usr/bin/env python3
"""Our own TIMEX3 gold sets of invented news (data/SET.src -> SET.jsonl): own-news (written blind,
since tuned to), own-news-2 and own-news-3 (each held out: scored, never tuned to before its first
run was recorded).

Usage (from the checkout, with ../shared next to it):
  bench/temporal/own_news.py build [SET]           # regenerate data/SET.jsonl from data/SET.src
  bench/temporal/own_news.py score BUILD [N] [SET] # tag it with BUILD's temporal_tag (news mode) and
                                                   # score it with ../shared/tools/score.py --by-type
SET is own-news (default), own-news-2 or own-news-3. The source marks a timex as [[span|TYPE|value]] or
[[span|TYPE|value|MOD]]; see data/own-news.src. In own-news-2 a blank line inside a document is a
paragraph break ("\n\n" in the text), as in own-news-3; in own-news blank lines are ignored.
Only the Python standard library is used.
"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {'own-news': False, 'own-news-2': True, 'own-news-3': True}   # set -> blank lines are paragraph breaks


def paths(name):
    if name not in SETS:
        sys.exit('unknown set %s (one of %s)' % (name, ', '.join(SETS)))
    return os.path.join(HERE, 'data', name + '.src'), os.path.join(HERE, 'data', name + '.jsonl')
MARK = re.compile(r'\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]')


def parse(path, paragraphs=False):
    docs, cur = [], None
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                if paragraphs and cur is not None and cur['lines'] and cur['lines'][-1] != '':
                    cur['lines'].append('')
                continue
            if line.startswith('#'):
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
        while d['lines'] and d['lines'][-1] == '':
            d['lines'].pop()
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


def build(name):
    src, out = paths(name)
    docs = parse(src, SETS[name])
    with open(out, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    n_sent = sum(1 for d in docs for s in d['text'].split('\n') if s)
    n_neg = sum(1 for d in docs for s in d['text'].split('\n') if s and not any(
        t['start'] >= d['text'].find(s) and t['end'] <= d['text'].find(s) + len(s) for t in d['timex']))
    n_tx = sum(len(d['timex']) for d in docs)
    print('%s: %d documents, %d sentences (%d without a timex), %d timexes' % (out, len(docs), n_sent, n_neg, n_tx))


def score(build_dir, errors, name):
    _, gold = paths(name)
    binary = os.path.join(build_dir, 'bench', 'temporal', 'temporal_tag')
    scorer = os.path.join(HERE, '..', '..', '..', 'shared', 'tools', 'score.py')
    with open(gold, 'rb') as f:
        sys_out = subprocess.run([binary], stdin=f, stdout=subprocess.PIPE, check=True).stdout
    with tempfile.NamedTemporaryFile('wb', suffix='.jsonl', delete=False) as tmp:
        tmp.write(sys_out)
    try:
        subprocess.run([sys.executable, scorer, tmp.name, gold, '--by-type', '--errors', str(errors)], check=True)
    finally:
        os.unlink(tmp.name)


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'build':
        build(sys.argv[2] if len(sys.argv) > 2 else 'own-news')
    elif len(sys.argv) >= 3 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else 0,
              sys.argv[4] if len(sys.argv) > 4 else 'own-news')
    else:
        sys.exit(__doc__)
