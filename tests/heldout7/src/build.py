"""Writes tests/heldout7 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py, with
tests/heldout2's builder, page renderers (layouts.py) and corpus helpers (corpus.py); s2y.py (LiveJournal S2 Understroke and Digital Multiplex, Dreamwidth site skin) is this corpus's own.
Run: python3 tests/heldout7/src/build.py   (checks: python3 tests/heldout2/src/check.py tests/heldout7)"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'heldout2', 'src')
sys.path[:0] = [HERE, SHARED, os.path.join(os.path.dirname(os.path.dirname(HERE)), 'heldout6', 'src')]

import posts  # noqa: E402

spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(SHARED, 'build.py'))
shared_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared_build)

if __name__ == '__main__':
    shared_build.main(posts, os.path.dirname(HERE))
