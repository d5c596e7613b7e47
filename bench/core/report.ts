/** Plain-text tables for the terminal, budget lines, and the `--compare` report. */
import type { BenchResults, Budget, Column, Row, SectionResult, Unit, Value } from './types';

export function fmt(v: Value | undefined, unit: Unit): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '—';
  if (typeof v === 'string') return v;
  switch (unit) {
    case 'ms':
      return v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
    case 'x':
      return `${v < 10 ? v.toFixed(2) : v.toFixed(1)}×`;
    case 'ratio':
      return v.toFixed(3);
    case 'score':
      return v.toFixed(4);
    case 'bytes':
      return Math.round(v).toLocaleString('en-US');
    case 'count':
      return String(Math.round(v));
    default:
      return String(v);
  }
}

const isNumeric = (u: Unit) => u !== 'text';

export function table(columns: Column[], rows: Row[], summary: Row[] = []): string {
  const head = ['', ...columns.map((c) => c.header)];
  const body = (rs: Row[]) => rs.map((r) => [r.id, ...columns.map((c) => fmt(r.values[c.key], c.unit))]);
  const all = [head, ...body(rows), ...body(summary)];
  const width = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 || !isNumeric(columns[i - 1].unit) ? cell.padEnd(width[i]) : cell.padStart(width[i])))
      .join('  ')
      .trimEnd();
  const rule = width.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(head), rule, ...body(rows).map(line)];
  if (summary.length) out.push(rule, ...body(summary).map(line));
  return out.join('\n');
}

/** The margin a budget must keep to count as met with room: noise on a shared machine is not a pass. */
export const WELL_MET = 0.15;

/**
 * limit/value − 1 for a 'max' budget, value/limit − 1 for a 'min' one (negative: failed by that much);
 * Infinity for a 'max' figure of 0 (nothing spent: all the room there is); null when not measured.
 */
export function marginOf(b: Budget): number | null {
  if (b.value === null || !Number.isFinite(b.value)) return null;
  if (b.kind === 'max') {
    if (b.value === 0) return b.limit >= 0 ? Number.POSITIVE_INFINITY : null;
    return b.value > 0 && b.limit >= 0 ? b.limit / b.value - 1 : null;
  }
  return b.limit > 0 ? b.value / b.limit - 1 : null;
}

/** The budget with its margin and whether it is met with WELL_MET of room (what the runner stores). */
export function withMargin(b: Budget): Budget {
  const m = marginOf(b);
  return { ...b, margin: m, wellMet: b.pass === true && m !== null && m >= WELL_MET };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export function budgetLine(b: Budget): string {
  const status = b.pass === null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL';
  const cmp = b.kind === 'min' ? '≥' : '≤';
  const m = marginOf(b);
  let margin = '';
  if (m === Number.POSITIVE_INFINITY) margin = ' (margin ∞: nothing spent)';
  else if (m !== null) margin = m >= 0 ? ` (margin ${pct(m)}${m < WELL_MET ? `, under ${pct(WELL_MET)}` : ''})` : ` (${pct(-m)} ${b.kind === 'min' ? 'short' : 'over'})`;
  const actual = b.value === null ? 'not measured' : fmt(b.value, b.unit);
  return `  ${status}  ${b.label}: ${actual}, budget ${cmp} ${fmt(b.limit, b.unit)}${margin}${b.detail ? `\n        ${b.detail}` : ''}`;
}

/** The closing line: passes, failures, and how many are met with WELL_MET of margin. */
export function budgetSummary(budgets: Budget[]): string {
  const failed = budgets.filter((b) => b.pass === false);
  const passed = budgets.filter((b) => b.pass === true);
  const thin = passed.filter((b) => !withMargin(b).wellMet);
  return `Budgets: ${passed.length} pass, ${failed.length} fail, ${budgets.filter((b) => b.pass === null).length} skipped${failed.length ? ` (failing: ${failed.map((b) => b.id).join(', ')})` : ''}; ${passed.length - thin.length} of ${budgets.length} met with ≥ ${pct(WELL_MET)} margin${thin.length ? ` (thin: ${thin.map((b) => b.id).join(', ')})` : ''}.`;
}

export function sectionReport(s: SectionResult): string {
  const out = [`\n## ${s.title}${s.seconds !== undefined ? `  (${s.seconds.toFixed(0)} s)` : ''}\n`];
  if (s.rows.length || s.summary?.length) out.push(table(s.columns, s.rows, s.summary ?? []));
  if (s.budgets.length) out.push('', 'Budgets:', ...s.budgets.map(budgetLine));
  if (s.notes.length) out.push('', ...s.notes.map((n) => `  · ${n}`));
  return out.join('\n');
}

export function machineReport(machine: Record<string, string>): string {
  const w = Math.max(...Object.keys(machine).map((k) => k.length));
  return ['Machine:', ...Object.entries(machine).map(([k, v]) => `  ${k.padEnd(w)}  ${v}`)].join('\n');
}

/** A change the wrong way by more than this is flagged. */
export const REGRESSION = 0.25;

/**
 * old → new for every row both runs have, per compared column (those with `better`), and every
 * budget; a change of more than 25% the wrong way is flagged. Returns the text and the number of
 * regressions flagged.
 */
export function compareReport(old: BenchResults, now: BenchResults): { text: string; regressions: number } {
  const out: string[] = [`\n# Compared with ${old.date} (${old.commit}${old.quick ? ', quick run' : ''})`];
  const machineKeys = ['CPU', 'cores'];
  const diff = machineKeys.filter((k) => old.machine[k] !== now.machine[k]);
  if (diff.length) out.push(`  note: different machine (${diff.map((k) => `${k}: ${old.machine[k]} → ${now.machine[k]}`).join('; ')}): absolute ms are not comparable, ratios are.`);
  out.push('  ⚠ marks a change of more than 25% the wrong way.');
  let regressions = 0;
  const change = (a: number, b: number, better: 'lower' | 'higher') => {
    if (a === 0) return { text: b === 0 ? '0%' : 'new', bad: false };
    const rel = b / a - 1;
    const bad = better === 'lower' ? rel > REGRESSION : rel < -REGRESSION;
    return { text: `${rel >= 0 ? '+' : ''}${(rel * 100).toFixed(0)}%`, bad };
  };
  for (const s of now.sections) {
    const o = old.sections.find((x) => x.id === s.id);
    if (!o) {
      out.push(`\n## ${s.title}: not in the old results`);
      continue;
    }
    out.push(`\n## ${s.title}`);
    const oldRows = new Map([...o.rows, ...(o.summary ?? [])].map((r) => [r.id, r]));
    const cols = s.columns.filter((c) => c.better && isNumeric(c.unit));
    for (const r of [...s.rows, ...(s.summary ?? [])]) {
      const or = oldRows.get(r.id);
      if (!or) {
        out.push(`  ${r.id}: new row`);
        continue;
      }
      const parts: string[] = [];
      let flagged = false;
      for (const c of cols) {
        const a = or.values[c.key];
        const b = r.values[c.key];
        if (typeof a !== 'number' || typeof b !== 'number') continue;
        const ch = change(a, b, c.better!);
        if (ch.bad) {
          regressions++;
          flagged = true;
        }
        parts.push(`${c.header} ${fmt(a, c.unit)} → ${fmt(b, c.unit)} (${ch.text})${ch.bad ? ' ⚠' : ''}`);
      }
      if (parts.length) out.push(`  ${flagged ? '⚠' : ' '} ${r.id}: ${parts.join(', ')}`);
    }
    for (const b of s.budgets) {
      const ob = o.budgets.find((x) => x.id === b.id);
      if (!ob) continue;
      const st = (x: Budget) => (x.pass === null ? 'SKIP' : x.pass ? 'PASS' : 'FAIL');
      let ch = { text: '', bad: false };
      if (typeof ob.value === 'number' && typeof b.value === 'number') ch = change(ob.value, b.value, b.kind === 'min' ? 'higher' : 'lower');
      const newlyFailing = ob.pass === true && b.pass === false;
      if (ch.bad || newlyFailing) regressions++;
      out.push(`  ${ch.bad || newlyFailing ? '⚠' : ' '} budget ${b.id}: ${fmt(ob.value, b.unit)} ${st(ob)} → ${fmt(b.value, b.unit)} ${st(b)}${ch.text ? ` (${ch.text})` : ''}`);
    }
  }
  out.push(`\n${regressions} regression${regressions === 1 ? '' : 's'} flagged.`);
  return { text: out.join('\n'), regressions };
}
