#!/usr/bin/env python3
"""Check a gold file against its text: python3 check-gold.py SETDIR/FILE.gold.json"""
import json, sys, os
g = json.load(open(sys.argv[1], encoding='utf8'))
text = open(os.path.join(os.path.dirname(sys.argv[1]), g['source']), encoding='utf8').read()
cur, bad = 0, 0
for i, c in enumerate(g['claims']):
    at = text.find(c['context'], cur)
    if at < 0: print(f'claim {i}: context {c["context"]!r} not found after offset {cur}'); bad += 1; continue
    if c['text'] not in c['context']: print(f'claim {i}: text {c["text"]!r} not inside context'); bad += 1
    for k in ('value', 'kind', 'unit', 'approx'):
        if k not in c: print(f'claim {i}: missing {k}'); bad += 1
    cur = at
last = max((text.find(c['context']) + len(c['context']) for c in g['claims']), default=0)
print(f'{len(g["claims"])} claims, {bad} problems; text length {len(text)}, last context ends at about {last}')
