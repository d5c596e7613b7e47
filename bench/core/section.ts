/** Small things every section uses: a pause, and the result of a section that measured nothing. */
import type { Budget, Column, SectionResult } from './types';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A section result with one row saying why nothing was measured. */
export function skipped(id: string, title: string, columns: Column[], budgets: Budget[], why: string, notes: string[]): SectionResult {
  return { id, title, columns, rows: [{ id: 'all', values: { note: why } }], budgets: budgets.map((b) => ({ ...b, value: null, pass: null, detail: why })), notes };
}
