#!/usr/bin/env python3
"""Save one newly found page for a blind set.
usage: python3 save-new.py SETDIR FILE EXCERPT_JSON_FILE TITLE_OR_DASH URL 'QUERY' 'GENRE' 'REGION'
 - SETDIR: e.g. /work/blind/new/en-dev19
 - EXCERPT_JSON_FILE: the search result's excerpt exactly as printed (a JSON string literal)
 - TITLE_OR_DASH: the page title to put on the first line, or - when the excerpt already opens with the headline
Writes SETDIR/FILE (title line + excerpt, blank lines collapsed) and appends SETDIR/manifest.jsonl."""
import json, os, re, sys, hashlib
if len(sys.argv) != 9: sys.exit(__doc__)
setdir, fname, src, title, url, query, genre, region = sys.argv[1:]
ex = json.loads(open(src, encoding='utf8').read().strip())
text = re.sub(r'\n{2,}', '\n', ((title + '\n') if title != '-' else '') + ex)
os.makedirs(setdir, exist_ok=True)
open(os.path.join(setdir, fname), 'w', encoding='utf8').write(text)
with open(os.path.join(setdir, 'manifest.jsonl'), 'a', encoding='utf8') as m:
    m.write(json.dumps(dict(file=fname, url=url, query=query, title=(None if title == '-' else title), titleSource=('excerpt' if title == '-' else 'result'), genre=genre, region=region), ensure_ascii=False) + '\n')
print('saved', fname, len(text), 'chars', hashlib.sha256(text.encode()).hexdigest()[:12])
