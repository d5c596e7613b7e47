/**
 * axe-core on one of the extension's own pages (the reader page, popup, library), in Chromium
 * (playwright-core) or Firefox (puppeteer-core): the serious and critical violations, described.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Either driver's page: only `evaluate` is used. */
interface Evaluating {
  evaluate(fn: string | ((...args: never[]) => unknown)): Promise<unknown>;
}

export async function seriousAxeViolations(page: unknown): Promise<string[]> {
  const p = page as Evaluating;
  await p.evaluate(AXE);
  return (await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  })) as string[];
}
