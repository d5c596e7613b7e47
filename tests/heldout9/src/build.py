"""Writes tests/heldout9 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py, with
tests/heldout2's builder, page renderers (layouts.py) and corpus helpers (corpus.py), tests/heldout6's s2x.py (LJ head,
control strip); s2w.py (LJ S2 Disjointed and Refried Paper, LJ memories.bml) is this corpus's own.
Run: python3 tests/heldout9/src/build.py   (checks: python3 tests/heldout2/src/check.py tests/heldout9)"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(TESTS, 'heldout2', 'src')
sys.path[:0] = [HERE, SHARED, os.path.join(TESTS, 'heldout6', 'src')]

import posts  # noqa: E402

spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(SHARED, 'build.py'))
shared_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared_build)

if __name__ == '__main__':
    shared_build.main(posts, os.path.dirname(HERE))
