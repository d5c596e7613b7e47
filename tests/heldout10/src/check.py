"""Integrity checks of tests/heldout2 (copied for tests/heldout10: comment stories' `comment` key and masterposts on index pages allowed) (the checks tests/heldout/README.md lists, on this corpus).
Run: python3 tests/heldout2/src/check.py [CORPUS]   (CORPUS defaults to tests/heldout2; prints every failure;
exit status 1 if any)."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITES = {'livejournal', 'dreamwidth', 'insanejournal', 'journalfen', 'scribbld', 'deadjournal', 'wayback'}
KINDS = {'story', 'not-story', 'index', 'masterpost', 'interstitial'}
FIELDS = {'title', 'author', 'fandom', 'pairing', 'characters', 'rating', 'warnings', 'wordCount', 'summary', 'disclaimer', 'notes', 'beta', 'spoilers', 'prompt', 'dedication', 'series', 'genre'}
STORY_KEYS = {'url', 'author', 'journal', 'fields', 'part', 'complete', 'bodyFile', 'exclude', 'headerOnly', 'elsewhere', 'partLinks', 'related', 'comment'}
BLOCK = set('p div br li ul ol td tr th table h1 h2 h3 h4 h5 h6 blockquote center hr article header footer section nav form dd dt dl pre body html main aside time'.split())
DROP = {'script', 'style', 'noscript', 'template', 'head', 'title'}
WB = re.compile(r'^(?:https://web\.archive\.org)?/web/(\d+)(?:[a-z]{2}_)?/(.*)$')


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.links, self.title = [], 0, [], ''
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in DROP:
            self.skip += 1
            self.in_title = tag == 'title'
        if tag in BLOCK:
            self.out.append(' ')
        if tag == 'a':
            for k, v in attrs:
                if k == 'href' and v:
                    self.links.append(v)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in DROP:
            self.skip = max(0, self.skip - 1)
            self.in_title = False
        if tag in BLOCK:
            self.out.append(' ')

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def parse(path):
    raw = open(path, encoding='utf-8').read()
    t = Text()
    t.feed(raw)
    return raw, norm(''.join(t.out)), t.links, norm(t.title)


def unwrap(u):
    m = WB.match(u)
    return m.group(2) if m else u


def main():
    errs = []
    err = errs.append
    pages = json.load(open(os.path.join(ROOT, 'pages.json'), encoding='utf-8'))
    files = set(os.listdir(os.path.join(ROOT, 'pages')))
    for u, f in pages.items():
        if not os.path.exists(os.path.join(ROOT, f)):
            err(f'pages.json {u}: no file {f}')
    for f in files - {v[len('pages/'):] for v in pages.values()}:
        err(f'page file {f} is not in pages.json')
    parsed = {}

    def page_of(url):
        f = pages.get(url) or pages.get(url.split('?')[0])
        if not f:
            return None
        if f not in parsed:
            parsed[f] = parse(os.path.join(ROOT, f))
        return parsed[f]

    used_bodies = set()
    ids = set()
    for cf in sorted(os.listdir(os.path.join(ROOT, 'cases'))):
        c = json.load(open(os.path.join(ROOT, 'cases', cf), encoding='utf-8'))
        cid = c['id']
        if cid in ids or cf != cid + '.json':
            err(f'{cf}: id {cid} duplicate or not the file name')
        ids.add(cid)
        if c['site'] not in SITES or c['kind'] not in KINDS:
            err(f'{cid}: site/kind')
        pg = page_of(c['url'])
        if not pg:
            err(f'{cid}: url {c["url"]} not in pages.json')
            continue
        raw, text, links, title = pg
        n = len(c['stories'])
        if c['kind'] == 'story' and n < 1 or c['kind'] == 'not-story' and n or c['kind'] == 'masterpost' and n != 1:
            err(f'{cid}: {n} stories for kind {c["kind"]}')
        if c['site'] == 'wayback' and not WB.match(c['url']):
            err(f'{cid}: wayback case url is not a replay')
        abs_links = {unwrap(l if not l.startswith('/web/') else 'https://web.archive.org' + l) for l in links} | set(links)
        for s in c['stories']:
            su = s['url']
            if set(s) - STORY_KEYS:
                err(f'{cid}: unknown story keys {set(s) - STORY_KEYS}')
            if 'web.archive.org' in su:
                err(f'{cid}: story url is a replay')
            if set(s['fields']) - FIELDS:
                err(f'{cid}: unknown fields {set(s["fields"]) - FIELDS}')
            for k, v in s['fields'].items():
                if not v or v != norm(v):
                    err(f'{cid}: field {k} not trimmed/collapsed/non-empty: {v!r}')
                if v not in text and not (k == 'title' and v in title):
                    err(f'{cid}: field {k}={v!r} not in the visible text')
            p = s['part']
            if p is not None and (set(p) != {'index', 'total'} or not isinstance(p['index'], int) or not (p['total'] is None or isinstance(p['total'], int))):
                err(f'{cid}: bad part {p}')
            if c['kind'] == 'masterpost':
                if 'bodyFile' in s or 'exclude' in s or p is not None or s['complete'] is not False or not c.get('stitched'):
                    err(f'{cid}: masterpost shape')
            if s.get('headerOnly') and 'bodyFile' in s:
                err(f'{cid}: header-only story with a bodyFile')
            # tests/heldout10: a masterpost shown on an index page (complete false, no part) has no body either
            is_master = c['kind'] == 'masterpost' or (c['kind'] == 'index' and s.get('complete') is False and s.get('part') is None)
            if not is_master and not s.get('headerOnly') and 'bodyFile' not in s:
                err(f'{cid}: story without bodyFile')
            btxt = ''
            if 'bodyFile' in s:
                used_bodies.add(s['bodyFile'])
                bp = os.path.join(ROOT, s['bodyFile'])
                if not os.path.exists(bp):
                    err(f'{cid}: no body file {s["bodyFile"]}')
                    continue
                btxt = open(bp, encoding='utf-8').read()
                paras = [norm(x) for x in btxt.split('\n\n') if x.strip()]
                if not paras and s['complete']:
                    err(f'{cid}: empty body for a complete story')
                pos = 0
                for para in paras:
                    i = text.find(para, pos)
                    if i < 0:
                        err(f'{cid}: body paragraph not found in order: {para[:70]!r}')
                    else:
                        pos = i + len(para)
            for x in s.get('exclude', []):
                if x not in text and x not in raw and html.escape(x, quote=False) not in raw:
                    err(f'{cid}: exclude {x!r} not on the page')
                if x in norm(btxt):
                    err(f'{cid}: exclude {x!r} is in the body')
            for key in ('elsewhere', 'related', 'partLinks'):
                for u in s.get(key, []):
                    if u not in abs_links:
                        err(f'{cid}: {key} {u} is not linked from the page')
        st = c.get('stitched')
        if st:
            if len(st['parts']) != len(st['bodyFiles']) or len(set(st['parts'])) != len(st['parts']):
                err(f'{cid}: stitched parts/bodyFiles')
            # A part that cannot be read (tests/fixtures/README.md `missing`) has no body (null); a 404 one needs no page.
            missing = {m['url']: m['reason'] for m in st.get('missing', [])}
            if any(u not in st['parts'] for u in missing) or any((bf is None) != (u in missing) for u, bf in zip(st['parts'], st['bodyFiles'])):
                err(f'{cid}: stitched missing parts/bodyFiles')
            for u, bf in zip(st['parts'], st['bodyFiles']):
                if u in missing:
                    if u not in pages and missing[u] != 'not-found':
                        err(f'{cid}: missing part {u} ({missing[u]}) not in pages.json')
                    continue
                used_bodies.add(bf)
                if u not in pages:
                    err(f'{cid}: stitched part {u} not in pages.json')
                    continue
                if u not in abs_links and u != c['url'] and c['kind'] != 'story':
                    err(f'{cid}: stitched part {u} not linked from the masterpost')
                _, ptext, _, _ = page_of(u)
                pos = 0
                for para in [norm(x) for x in open(os.path.join(ROOT, bf), encoding='utf-8').read().split('\n\n') if x.strip()]:
                    i = ptext.find(para, pos)
                    if i < 0:
                        err(f'{cid}: stitched body {bf} not found in order on {u}: {para[:60]!r}')
                        break
                    pos = i + len(para)
    for b in os.listdir(os.path.join(ROOT, 'bodies')):
        if 'bodies/' + b not in used_bodies:
            err(f'body file {b} is used by no case')
    for e in errs:
        print('✗', e)
    print(f'{len(ids)} cases, {len(pages)} URLs: {len(errs)} problems')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
