"""Writes tests/heldout2 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py.
Run: python3 tests/heldout2/src/build.py"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def main(posts=None, root=ROOT):
    """Writes the corpus in `root` from `posts` (tests/heldout3/src/build.py passes its own)."""
    if posts is None:
        import posts
    for d in ('pages', 'cases', 'bodies'):
        shutil.rmtree(os.path.join(root, d), ignore_errors=True)
        os.makedirs(os.path.join(root, d))
    pages_json = {}
    for name, paras in posts.BODIES.items():
        with open(os.path.join(root, 'bodies', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras) + ('\n' if paras else ''))
    rows = []
    for p in posts.PAGES:
        with open(os.path.join(root, 'pages', p['file']), 'w', encoding='utf-8') as f:
            f.write(p['html'])
        for u in [p['url']] + p.get('also', []):
            assert u not in pages_json, u
            pages_json[u] = 'pages/' + p['file']
        case = {'id': p['id'], 'url': p['url'], 'site': p['site'], 'kind': p['kind'], 'stories': p['stories']}
        if p.get('stitched'):
            case['stitched'] = p['stitched']
        with open(os.path.join(root, 'cases', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(case, indent=2, ensure_ascii=False) + '\n')
        rows.append(f"| `{p['id']}` | {p['kind']} | {p['site']} | {p['year']} | {', '.join(p['shapes'])} | {p['desc']} |")
    with open(os.path.join(root, 'pages.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(pages_json, indent=2, ensure_ascii=False) + '\n')
    readme = os.path.join(root, 'README.md')
    if os.path.exists(readme):
        text = open(readme, encoding='utf-8').read()
        table = '| id | kind | site | year | shapes | what it shows |\n|---|---|---|---|---|---|\n' + '\n'.join(rows)
        series = '| series | title | pages | how the pages link |\n|---|---|---|---|\n' + '\n'.join(
            f"| `{k}` | {t} | {n} | {h} |" for k, t, n, h in posts.SERIES)
        text = re.sub(r'<!-- CASES -->.*<!-- /CASES -->', lambda m: f'<!-- CASES -->\n{table}\n\n### Multi-part stories (stitched ground truth)\n\n{series}\n<!-- /CASES -->', text, flags=re.S)
        open(readme, 'w', encoding='utf-8').write(text)
    # counts for the README
    from collections import Counter
    kinds = Counter(p['kind'] for p in posts.PAGES)
    sites = Counter(p['site'] for p in posts.PAGES)
    years = Counter(p['year'] for p in posts.PAGES)
    shapes = Counter(s for p in posts.PAGES for s in p['shapes'])
    nst = sum(len(p['stories']) for p in posts.PAGES)
    distinct = len({s['url'] for p in posts.PAGES for s in p['stories']})
    words = sum(len(' '.join(v).split()) for v in posts.BODIES.values())
    print(f'pages {len(posts.PAGES)}, story records {nst} ({distinct} distinct), urls {len(pages_json)}, body words {words}')
    print('kinds', dict(kinds))
    print('sites', dict(sites))
    print('years', dict(sorted(years.items())))
    print('shapes', dict(shapes.most_common()))


if __name__ == '__main__':
    main()
