"""Writes tests/heldout21 (pages/, pages.json, cases/, bodies/ and the case table in README.md) from posts.py and posts2.py with
tests/heldout2's builder (build.py main), its corpus helpers and renderers, and the renderers of the corpora listed in the posts
files' docstrings (their src/ folders go on the path). No redirects.json: no story here needs the sites' Next / Previous redirects.
Run: python3 tests/heldout21/src/build.py   (checks: python3 tests/heldout10/src/check.py tests/heldout21)"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
RENDERERS = ('heldout2', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout11', 'heldout12', 'heldout13', 'heldout20')  # s2z.py needs s2x.py and s2y.py; wbera.py is heldout20's
sys.path[:0] = [HERE] + [os.path.join(TESTS, d, 'src') for d in RENDERERS]

import posts  # noqa: E402
import posts2  # noqa: E402,F401  (appends single stories, index pages and not-stories to the same PAGES / BODIES)


def shared_main():
    spec = importlib.util.spec_from_file_location('heldout2_build', os.path.join(TESTS, 'heldout2', 'src', 'build.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.main


if __name__ == '__main__':
    shared_main()(posts, os.path.dirname(HERE))
