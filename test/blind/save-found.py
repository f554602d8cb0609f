#!/usr/bin/env python3
"""Saves one blind page found again in the `search` tool's `pages` corpus, and checks it against
the set's sha256 (docs/blind-sets.md, "When the texts are lost").

  python3 test/blind/save-found.py --list > worklist.json   every page to find: {key, url, query}
  python3 test/blind/save-found.py KEY EXCERPT_JSON_FILE    save one page; prints MATCH or NO MATCH

KEY is LANG/SET/FILE with SET the set the page was annotated in (zh/test, en/dev17).
EXCERPT_JSON_FILE holds the search result's "excerpt" exactly as the tool printed it: a JSON
string literal, quotes and backslash escapes untouched. For a page of a restored set the text is
rebuilt as restore.mjs rebuilt it (title line, excerpt with blank lines collapsed, lined up and
cut) and saved in $BLIND/LANG/SET-restored/; for a page imported with `found` it is saved in
$BLIND/LANG/SET/. Nothing is saved unless the bytes are the annotated ones."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
BLIND = os.environ.get('NUMCLAIMS_BLIND_DIR') or os.path.join(os.path.dirname(REPO), 'blind')


def pages():
    for f in sorted(glob.glob(f'{REPO}/test/blind/*/*/blind.json')):
        d = json.load(open(f, encoding='utf8'))
        for p in d['documents']:
            if p.get('lost'):
                continue
            if 'restored' in p:
                yield dict(set=d['texts'][: -len('-restored')], kind='restored', file=p['file'], url=p['url'], query=p['restored']['query'], title=p['restored']['title'], sha=p['sha256'])
            elif 'found' in p:
                last = max((c['context'][1] for c in p['claims']), default=0)
                yield dict(set=d['texts'], kind='found', file=p['file'], url=p['url'], query=p['found']['query'], title=p['found']['title'], sha=p['sha256'], last=last)


if sys.argv[1:2] == ['--list']:
    print(json.dumps([dict(key=f"{p['set']}/{p['file']}", url=p['url'], query=p['query']) for p in pages()], ensure_ascii=False, indent=1))
    sys.exit(0)
if len(sys.argv) != 3:
    sys.exit(__doc__)
key, src = sys.argv[1], sys.argv[2]
lang, sset, fname = key.split('/')
it = next((p for p in pages() if p['set'] == f'{lang}/{sset}' and p['file'] == fname), None)
if not it:
    sys.exit(f'no such page to restore: {key}')
try:
    ex = json.loads(open(src, encoding='utf8').read().strip())
except Exception as e:
    sys.exit(f'not a JSON string literal: {e}')
sha = lambda s: hashlib.sha256(s.encode('utf8')).hexdigest()
title = it['title']
collapsed = re.sub(r'\n{2,}', '\n', ex)

if it['kind'] == 'found':
    # The imported text: the title line (or none), then the excerpt as found, with blank lines
    # collapsed, or with every line trimmed and blank lines dropped (the held-out sets of
    # 2026-12-07), whole or cut after the sentence of its last annotated figure.
    # The stored copy may open with ` date YYYY-MM-DD `: kept so, set on a line of its own after the
    # title, or left out.
    dated = re.match(r'^\s*date (\d{4}-\d\d-\d\d) ', ex)
    rest = ex[dated.end():] if dated else ex
    texts = [((title + '\n') if t else '') + ex for t in ([True, False] if title else [False])]
    if dated:
        texts += [((title + '\n') if title else '') + f'date {dated[1]}\n' + rest, ((title + '\n') if title else '') + rest, rest]
    def bodies(whole):
        trimmed = '\n'.join(l.strip() for l in whole.split('\n') if l.strip())
        yield re.sub(r'\n{2,}', '\n', whole)
        yield whole
        yield trimmed
        # … and with some of its first eight lines left out (chrome: a menu, a breadcrumb, the site's name)
        lines = trimmed.split('\n')
        head = min(8, len(lines) - 1)
        for mask in range(1, 1 << head):
            yield '\n'.join([l for i, l in enumerate(lines[:head]) if not mask >> i & 1] + lines[head:])
    for whole in texts:
        for s in bodies(whole):
            cuts = [s, s.strip(), s.strip() + '\n'] + [s[:end] for end in range(it['last'], min(len(s), it['last'] + 600) + 1)]
            for form in cuts:
                if sha(form) == it['sha']:
                    os.makedirs(f'{BLIND}/{lang}/{sset}', exist_ok=True)
                    open(f'{BLIND}/{lang}/{sset}/{fname}', 'w', encoding='utf8').write(form)
                    print('MATCH', key)
                    sys.exit(0)
    print('NO MATCH', key)
    sys.exit(1)

text = (title + '\n' + collapsed) if title else collapsed
tmp = tempfile.mkdtemp()
shutil.copytree(f'{REPO}/test/blind/{lang}/{sset}', f'{tmp}/set')
os.makedirs(f'{tmp}/t/{sset}')
open(f'{tmp}/t/{sset}/{fname}', 'w', encoding='utf8').write(text)
open(f'{tmp}/found.jsonl', 'w', encoding='utf8').write(json.dumps(dict(file=fname, found=True, query=it['query'], title=title), ensure_ascii=False) + '\n')
r = subprocess.run(['node', f'{REPO}/test/blind/restore.mjs', f'{tmp}/set', f'{tmp}/found.jsonl', f'{tmp}/t/{sset}', '--write'], capture_output=True, text=True)
out = f'{tmp}/t/{sset}-restored/{fname}'
ok = os.path.exists(out) and sha(open(out, encoding='utf8').read()) == it['sha']
if ok:
    os.makedirs(f'{BLIND}/{lang}/{sset}-restored', exist_ok=True)
    shutil.copy(out, f'{BLIND}/{lang}/{sset}-restored/{fname}')
shutil.rmtree(tmp)
print('MATCH' if ok else 'NO MATCH', key, '' if ok else (r.stdout + r.stderr).strip().splitlines()[:2])
sys.exit(0 if ok else 1)
