/**
 * What the download tests share: the stories they save, the files' expected names, and a look inside
 * a downloaded book (its parts' headings and text, its title) next to epubcheck's verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { FIXTURES } from '../../../harness/paths';
import { epubcheck } from '../../support/epubcheck';

export const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';
export const SEED = { title: 'One Step Behind', epub: 'One Step Behind - emeraldmeteor.epub', html: 'One Step Behind - emeraldmeteor.html', parts: 2 };
export const TARE_2 = 'https://expanse-drift.livejournal.com/8391.html';
export const TARE = { title: 'Tare Weight', epub: 'Tare Weight - lowgravity_lark.epub', html: 'Tare Weight - lowgravity_lark.html', parts: 3 };

/**
 * An expression, evaluated in an extension page or the service worker (the extension's origin): the saved
 * stories' ids with how many of their parts have saved text. (A string: a function's source would carry
 * the test transform's helpers into the page.)
 */
export const SAVED_PARTS_JS = `new Promise((resolve) => {
  const open = indexedDB.open('inkwell');
  open.onerror = () => resolve({});
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('parts')) { db.close(); return resolve({}); }
    const req = db.transaction('parts').objectStore('parts').getAll();
    req.onsuccess = () => {
      db.close();
      const out = {};
      for (const p of req.result) if (p.bodyText) out[p.storyId] = (out[p.storyId] || 0) + 1;
      resolve(out);
    };
  };
})`;

/** The first and last words of a fixture body (as the book must hold them). */
export function ends(bodyFile: string): [string, string] {
  const words = readFileSync(join(FIXTURES, 'bodies', bodyFile), 'utf8')
    .trim()
    .split(/\s+/);
  return [words.slice(0, 8).join(' '), words.slice(-8).join(' ')];
}

export interface BookLook {
  title: string;
  /** The parts' h1 headings, in spine order. */
  headings: string[];
  /** All the parts' text. */
  text: string;
}

/** Opens an EPUB: its title (OPF) and its parts, in the spine's order. */
export function lookInsideEpub(file: string): BookLook {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  const opf = new JSDOM(strFromU8(entries['OEBPS/content.opf']), { contentType: 'application/xml' }).window.document;
  const hrefs = new Map(Array.from(opf.querySelectorAll('manifest > item')).map((i) => [i.getAttribute('id'), i.getAttribute('href')]));
  const parts = Array.from(opf.querySelectorAll('spine > itemref'))
    .map((r) => hrefs.get(r.getAttribute('idref')) ?? '')
    .filter((h) => h.startsWith('part-'))
    .map((h) => new JSDOM(strFromU8(entries[`OEBPS/${h}`]), { contentType: 'application/xhtml+xml' }).window.document);
  return {
    title: opf.getElementsByTagName('dc:title')[0]?.textContent ?? '',
    headings: parts.map((d) => d.querySelector('h1')?.textContent ?? ''),
    text: parts
      .map((d) => d.body.textContent ?? '')
      .join('\n')
      .replace(/\s+/g, ' '),
  };
}

/** Opens the single HTML file the same way. */
export function lookInsideHtml(file: string): BookLook {
  const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
  const parts = Array.from(doc.querySelectorAll('section.part'));
  return {
    title: doc.title,
    headings: parts.map((s) => s.querySelector('h1')?.textContent ?? ''),
    text: parts
      .map((s) => s.textContent ?? '')
      .join('\n')
      .replace(/\s+/g, ' '),
  };
}

/** epubcheck over the files (one JVM): one line per file with an error or a warning ([] when all pass clean). */
export async function booksWithProblems(files: string[]): Promise<string[]> {
  const results = await epubcheck(files);
  if (results.length !== files.length) return [`epubcheck checked ${results.length} of ${files.length} files`];
  return results.filter((r) => r.fatal || r.errors || r.warnings).map((r) => `${r.file}: ${r.fatal} fatal, ${r.errors} errors, ${r.warnings} warnings ${r.messages.join(' ')}`);
}
