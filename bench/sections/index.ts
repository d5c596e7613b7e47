/**
 * The bench's sections, in the order they run and print. A section is a module exporting a
 * `Section` (bench/core/types.ts): an id for `--only`, a title, and `run(ctx)` returning its rows
 * and budget checks. To add one (4: real-browser reader timings, 5: library timings), write
 * bench/sections/<name>.ts and list it here; run.ts, results.json and --compare need nothing else.
 */
import type { Section } from '../core/types';
import { epub } from './epub';
import { extraction } from './extraction';
import { floor } from './floor';
import { library } from './library';
import { reader } from './reader';
import { size } from './size';

export const SECTIONS: Section[] = [extraction, floor, size, reader, library, epub];
