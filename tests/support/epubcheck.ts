/**
 * epubcheck (Debian's package `epubcheck`, a jar; `.ci/run` installs it) over many EPUBs in one JVM:
 * tests/support/EpubCheckBatch.java runs epubcheck's API on each file in turn. `INKWELL_EPUBCHECK_JAR`
 * points at another epubcheck.jar.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const EPUBCHECK_JAR = process.env.INKWELL_EPUBCHECK_JAR || '/usr/share/java/epubcheck.jar';
const DRIVER = fileURLToPath(new URL('./EpubCheckBatch.java', import.meta.url));

export interface EpubCheckResult {
  file: string;
  fatal: number;
  errors: number;
  warnings: number;
  /** epubcheck's messages about this file (ERROR/WARNING/FATAL lines). */
  messages: string[];
}

export function requireEpubcheck(): void {
  if (!existsSync(EPUBCHECK_JAR)) {
    throw new Error(`epubcheck is not installed (${EPUBCHECK_JAR} is missing): apt-get install epubcheck, or set INKWELL_EPUBCHECK_JAR to an epubcheck.jar`);
  }
}

/** Checks every file in one JVM; one result per file, in order. */
export async function epubcheck(files: string[]): Promise<EpubCheckResult[]> {
  requireEpubcheck();
  if (!files.length) return [];
  // C1 and the serial collector: the JVM starts faster, and a few hundred files never reach the
  // point where C2's faster code would pay for itself.
  const { stdout, stderr } = await promisify(execFile)('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', EPUBCHECK_JAR, DRIVER, ...files], {
    maxBuffer: 64 * 2 ** 20,
  });
  const lines = `${stdout}\n${stderr}`.split('\n');
  const results = new Map<string, EpubCheckResult>();
  for (const line of lines) {
    const m = /^RESULT\t(.*)\t(\d+)\t(\d+)\t(\d+)$/.exec(line);
    if (m) results.set(m[1], { file: m[1], fatal: Number(m[2]), errors: Number(m[3]), warnings: Number(m[4]), messages: [] });
  }
  for (const line of lines) {
    if (!/^(FATAL|ERROR|WARNING)/.test(line)) continue;
    const file = files.find((f) => line.includes(`: ${f}`) || line.includes(`:${f}`) || line.includes(`${f}/`) || line.includes(`${f}(`));
    if (file) results.get(file)?.messages.push(line);
  }
  return files.map((f) => results.get(f) ?? { file: f, fatal: 1, errors: 0, warnings: 0, messages: [`epubcheck gave no result for ${f}`] });
}
