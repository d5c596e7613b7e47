"""Writes tests/heldout10 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py, with
tests/heldout2's builder, page renderers (layouts.py) and corpus helpers (corpus.py), tests/heldout6's s2x.py (LJ head,
control strip); s2v.py (LJ S2 Classic and Tabular Indent) is this corpus's own; tests/heldout9's s2w.py gives the LJ-fork head helpers.
Run: python3 tests/heldout10/src/build.py   (checks: python3 tests/heldout10/src/check.py tests/heldout10)"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(TESTS, 'heldout2', 'src')
sys.path[:0] = [HERE, SHARED, os.path.join(TESTS, 'heldout6', 'src'), os.path.join(TESTS, 'heldout9', 'src')]

import posts  # noqa: E402

spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(SHARED, 'build.py'))
shared_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared_build)

if __name__ == '__main__':
    shared_build.main(posts, os.path.dirname(HERE))
