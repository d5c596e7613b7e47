"""Writes tests/heldout14 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py and posts2.py,
with tests/heldout2's builder, page renderers (layouts.py) and corpus helpers (corpus.py), the helpers of tests/heldout6's
s2x.py and tests/heldout9's s2w.py, tests/heldout7's s2y.py (S2 Understroke), tests/heldout8's s2z.py (S2 Haven), tests/heldout11's
s2t.py (LJ 2019+); s1short.py (LJ S2 S1 Shortcomings) is this corpus's own.
Run: python3 tests/heldout14/src/build.py   (checks: python3 tests/heldout10/src/check.py tests/heldout14)"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(TESTS, 'heldout2', 'src')
sys.path[:0] = [HERE, SHARED] + [os.path.join(TESTS, d, 'src') for d in ('heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout11')]

import posts  # noqa: E402
import posts2  # noqa: E402,F401  (appends to the same PAGES / BODIES after the multi-part stories)

spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(SHARED, 'build.py'))
shared_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared_build)

if __name__ == '__main__':
    shared_build.main(posts, os.path.dirname(HERE))
