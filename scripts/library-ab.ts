/**
 * The library section's first-screen opens (sections/library.ts: the same records, init script and
 * figures), as an A/B of two builds in ONE Chromium: both extensions loaded side by side (each its own
 * origin, database and localStorage), every round opening A then B or B then A (the order turning each
 * round), cold, warm and library-page opens in turn. Two bench runs one after the other see different
 * minutes of a shared machine; here each pair of opens is seconds apart, so a difference that holds in
 * most pairs is the builds', not the load's. Still a loaded machine is not an idle one: the per-pair
 * differences say which build is faster under this load, not by how much on an idle machine.
 *
 *   npx tsx scripts/library-ab.ts A_BUILD B_BUILD [--rounds 8] [--kinds cold,warm,page]
 *
 * A_BUILD, B_BUILD: .output/chrome-mv3 directories (e.g. main's, in a second worktree, and this one's).
 * Prints each open, then per kind both medians, the median of the per-round differences (B − A) and in
 * how many rounds B was earlier. Nothing is written; no budget is judged.
 */
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../bench/core/section';
import { median } from '../bench/core/stats';
import { FORGET, POPUP_INIT_SCRIPT, readOpen, STORIES } from '../bench/sections/library';
import { launchChromium, unpackedExtensionId } from '../harness/chromium';
import { startFixtureServer } from '../harness/fixture-server';
import { benchStories, putRecords } from '../harness/library-records';

type Kind = 'cold' | 'warm' | 'page';
interface Figures {
  presented: number | null;
  presentedBy: string | null;
  rowsPaint: number | null;
  snapshot: number | null;
  firstScreen: number | null;
  fcp: number | null;
  script: number | null;
  dbOpen: number | null;
  from: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const rounds = Number(option('rounds', '8'));
const kinds = option('kinds', 'cold,warm,page').split(',') as Kind[];
const [dirA, dirB] = args;
if (!dirA || !dirB || !Number.isInteger(rounds) || rounds < 1 || kinds.some((k) => !['cold', 'warm', 'page'].includes(k))) {
  console.error('usage: npx tsx scripts/library-ab.ts A_BUILD B_BUILD [--rounds 8] [--kinds cold,warm,page]');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'inkwell-library-ab-'));
writeFileSync(join(tmp, 'pages.json'), '{}');
const server = await startFixtureServer({ pagesJson: join(tmp, 'pages.json') });
const session = await launchChromium({ server, extensionDir: dirA, alsoLoad: [dirB] });
const bases = { A: session.baseUrl, B: `chrome-extension://${unpackedExtensionId(realpathSync(dirB))}/` };
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const fmt = (x: number | null | undefined) => (typeof x === 'number' ? x.toFixed(0) : '—');

/** One open as the section makes it; the tab stays as long as the section's typing keeps it (so the database closes between opens alike). */
async function open(side: 'A' | 'B', kind: Kind): Promise<Figures> {
  const page = kind === 'page' ? 'library' : 'popup';
  if (kind === 'cold') {
    // Nothing remembered: that extension's remembered stories and popup markup removed (its own localStorage).
    const t = await session.context.newPage();
    t.goto(`${bases[side]}options.html`).catch(() => undefined);
    await t.waitForSelector('body', { state: 'attached' });
    await t.evaluate(FORGET);
    await t.close();
  }
  const tab = await session.context.newPage();
  try {
    tab.goto(`${bases[side]}${page}.html`).catch(() => undefined);
    await tab.waitForSelector('.sl[data-indexed="true"]', { state: 'attached', timeout: 30_000 });
    await tab.waitForFunction('window.__inkwellPopupBench.rowsPaint !== null && window.__inkwellPopupBench.presented !== null', null, { timeout: 10_000 }).catch(() => undefined);
    const o = (await tab.evaluate(readOpen(page))) as Figures;
    await sleep(1_500);
    return o;
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const opens: Record<'A' | 'B', Record<Kind, (Figures | null)[]>> = { A: { cold: [], warm: [], page: [] }, B: { cold: [], warm: [], page: [] } };
try {
  await session.context.addInitScript({ content: POPUP_INIT_SCRIPT });
  console.log(`load average ${load()}; A ${dirA}, B ${dirB}`);
  for (const side of ['A', 'B'] as const) {
    const seed = await session.context.newPage();
    seed.goto(`${bases[side]}popup.html`).catch(() => undefined);
    await seed.waitForSelector('#app[data-state="loaded"]', { state: 'attached', timeout: 30_000 });
    await putRecords(seed, benchStories(STORIES));
    await seed.close();
    // The remembered first screens the warm and library-page opens draw.
    await open(side, 'warm');
    await open(side, 'page');
  }
  for (let r = 0; r < rounds; r++) {
    for (const kind of kinds) {
      for (const side of r % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const o = await open(side, kind).catch((e: Error) => {
          console.log(`${r} ${kind} ${side} failed: ${e.message.split('\n')[0]}`);
          return null;
        });
        opens[side][kind][r] = o;
        if (o) {
          console.log(
            `${r} ${kind.padEnd(4)} ${side} presented ${fmt(o.presented ?? o.rowsPaint)} (${o.presentedBy ?? 'rAF'}) start script's markup ${fmt(o.snapshot)} mark ${fmt(o.firstScreen)} FCP ${fmt(o.fcp)} module ${fmt(o.script)} db ${fmt(o.dbOpen)} from ${o.from}`,
          );
        }
      }
    }
  }
} finally {
  await session.close().catch(() => undefined);
  await server.close().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}

const shown = (o: Figures | null | undefined) => o?.presented ?? o?.rowsPaint ?? null;
const med = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number');
  return v.length ? median(v) : null;
};
console.log(`load average ${load()}`);
for (const kind of kinds) {
  const pairs = opens.A[kind].map((a, r) => [shown(a), shown(opens.B[kind][r])]).filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
  const diff = med(pairs.map(([a, b]) => b - a));
  console.log(
    `${kind.padEnd(4)} first screen presented, median: A ${fmt(med(opens.A[kind].map(shown)))} ms, B ${fmt(med(opens.B[kind].map(shown)))} ms; B − A per round: median ${fmt(diff)} ms, B earlier in ${pairs.filter(([a, b]) => b < a).length} of ${pairs.length}`,
  );
}
