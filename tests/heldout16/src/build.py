"""Writes tests/heldout16 (pages/, pages.json, redirects.json, cases/, bodies/ and the case table in README.md) from posts.py
and posts2.py, with tests/heldout2's builder, page renderers (layouts.py) and corpus helpers (corpus.py), tests/heldout9's
s2w.py (Disjointed, Refried Paper), tests/heldout11's s2t.py (LJ 2019+), tests/heldout12's mag.py (Magazine, login pages),
tests/heldout13's bloggish.py (Bloggish), tests/heldout8's s2z.py (Haven, Dear Diary).
Run: python3 tests/heldout16/src/build.py   (checks: python3 tests/heldout10/src/check.py tests/heldout16)"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(TESTS, 'heldout2', 'src')
sys.path[:0] = [HERE, SHARED] + [os.path.join(TESTS, d, 'src') for d in ('heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout11', 'heldout12', 'heldout13')]

import posts  # noqa: E402
import posts2  # noqa: E402,F401  (appends single stories, an index page and not-stories to the same PAGES / BODIES)

spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(SHARED, 'build.py'))
shared_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared_build)

if __name__ == '__main__':
    root = os.path.dirname(HERE)
    shared_build.main(posts, root)
    with open(os.path.join(root, 'redirects.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(posts.REDIRECTS, indent=2, ensure_ascii=False) + '\n')
