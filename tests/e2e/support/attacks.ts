/**
 * What a journal page's own scripts (a site's third-party script, an archived page's script, an injection on an
 * http:// page) try to make Inkwell do, as pages for the fixture server and functions run in the page's main
 * world: the attacks of issue 10, shared by security-chromium.e2e.ts and security-firefox.e2e.ts. Each would have
 * worked on the extension before the fixes; each test says what must hold now.
 *
 * The victim: a friends-locked entry on another journal, served whole only to a request that carries the
 * reader's login cookie (the fixture server's 'needs-cookie' fault), with words that appear nowhere else.
 */

import type { ExtraPage, FixtureServer } from '../../../harness/fixture-server';
import { entryPage, PROSE, partPage, storyHeader } from '../../fixtures/hostile/generate';

const dw = (journal: string, n: number, scheme = 'https') => `${scheme}://${journal}.dreamwidth.org/${n}.html`;

/** The reader's login, as the victim journal's site knows it. */
export const LOGIN_COOKIE = { name: 'ljsession', value: 'v2:reader-login' } as const;
export const SECRET = 'The combination to the lighthouse safe is four, eleven, twenty-nine';
export const VICTIM = dw('locked-diary', 7);
export const VICTIM_LJ = 'https://www.livejournal.com/users/locked_diary/9.html';

/** Words only part 1 of the page-2 story holds: the background fetches part 1; the page never has it. */
export const PART_ONE_WORDS = 'Only the first part says that the keeper kept a second lamp under the stairs';

export const PAGES = {
  /** A story post the page's script rewrites and clicks (A1), and reads after the user's own click (A2): part 2 of 2. */
  twoParts: { p1: dw('tide-notes', 11), p2: dw('tide-notes', 12) },
  /** Part 1 links Part 2 on a community; the community's part links Part 3: the victim (A3). */
  chain: { p1: dw('lamp-teller', 20), p2: dw('lamp-comm', 21) },
  /** The author's own post links the victim's entry itself: the user chose it (the control: the cookie goes with it). */
  chosen: dw('lamp-teller', 30),
  /** Part 2 linked as a .bml tool page with a query (A4). */
  bml: { p1: dw('lamp-teller', 40), link: 'https://www.dreamwidth.org/delcomment.bml?journal=lamp_teller&itemid=41&delthread=9&confirm=yes', p2: dw('lamp-teller', 41) },
  /** Part 2 linked over http (A5); and a story read from an http:// page (its button kept, its fetches https). */
  http: { p1: dw('lamp-teller', 50), p2: dw('lamp-teller', 51, 'http'), page: dw('lamp-teller', 60, 'http'), page2: dw('lamp-teller', 61, 'http') },
  /** Parts that redirect (A6): off the journal hosts, to http, to the site's login page, to its adult-content notice. */
  redirects: { p1: dw('lamp-teller', 70), offHost: dw('lamp-teller', 71), toHttp: dw('lamp-teller', 72), toLogin: dw('lamp-teller', 73), toGate: dw('lamp-teller', 74) },
  tracker: 'https://tracker.example/pixel.gif?who=reader',
  login: 'https://www.dreamwidth.org/login?returnto=https%3A%2F%2Flamp-teller.dreamwidth.org%2F73.html',
  gate: 'https://www.dreamwidth.org/adult_concepts?ret=https%3A%2F%2Flamp-teller.dreamwidth.org%2F74.html',
  /**
   * A7: a page on an origin that holds many journals (www.livejournal.com/users/…, web.archive.org). Its Part 2 is
   * on the attacker's other journal, whose page links Part 3: the victim. That other journal cannot admit the
   * victim's (it is not the home journal)… unless the page's script moves the page to an address on it first.
   */
  shared: { p1: 'https://www.livejournal.com/users/tide_notes/5.html', p2: 'https://www.livejournal.com/users/harbour_b/6.html', moveTo: '/users/harbour_b/1.html' },
  wayback: {
    p1: 'https://web.archive.org/web/20100419153302/http://tide-notes.livejournal.com/5.html',
    p2: 'https://web.archive.org/web/20100419153302/http://harbour-b.livejournal.com/6.html',
    victim: 'https://web.archive.org/web/20100419153302/http://locked-diary.livejournal.com/9.html',
    moveTo: '/web/20100419153302/http://harbour-b.livejournal.com/1.html',
  },
  /**
   * A Wayback copy whose parts 2 and 3 the archive never captured (it answers 404): they are asked of the live journal
   * without the reader's login (utils/wayback-fallback.ts). Live, part 2 is public; part 3 is the reader's to see only
   * with the login cookie.
   */
  waybackGap: {
    p1: 'https://web.archive.org/web/20100419153302/http://tide-notes.livejournal.com/15.html',
    p2: 'https://web.archive.org/web/20100419153302/http://tide-notes.livejournal.com/16.html',
    p3: 'https://web.archive.org/web/20100419153302/http://tide-notes.livejournal.com/17.html',
    live2: 'https://tide-notes.livejournal.com/16.html',
    live3: 'https://tide-notes.livejournal.com/17.html',
  },
  /** A Wayback copy of a site that is no journal, dressed as a story post (A8). */
  waybackElsewhere: 'https://web.archive.org/web/20100419153302/http://fic.tracker.example/story/5.html',
};

const prose = (k: number, extra = '') => [`In part ${k} the keeper trimmed the wick and wrote the tide down. ${extra}`.trim(), 'The harbour was empty, and the lamp burned on through the long night.'];

/** The fixture server's pages for every attack. */
export function attackPages(): Record<string, ExtraPage> {
  const pages: Record<string, ExtraPage> = {};
  const part = (url: string, title: string, index: number, total: number, nav: [string, string][], extra = '') => {
    pages[url] = { body: partPage({ url, title, index, total, nav, prose: prose(index, extra) }) };
  };
  part(PAGES.twoParts.p1, 'Second Lamp', 1, 2, [['Part 2', PAGES.twoParts.p2]], PART_ONE_WORDS);
  part(PAGES.twoParts.p2, 'Second Lamp', 2, 2, [['Part 1', PAGES.twoParts.p1]]);
  part(PAGES.chain.p1, 'Long Way Round', 1, 3, [['Part 2', PAGES.chain.p2]]);
  part(PAGES.chain.p2, 'Long Way Round', 2, 3, [
    ['Part 1', PAGES.chain.p1],
    ['Part 3', VICTIM],
  ]);
  part(PAGES.chosen, 'Borrowed Key', 1, 2, [['Part 2', VICTIM]]);
  pages[VICTIM] = { body: partPage({ url: VICTIM, title: 'Diary', index: 2, total: 2, prose: [SECRET, ...PROSE] }) };
  part(PAGES.bml.p1, 'Tool Shed', 1, 2, [['Part 2', PAGES.bml.link]]);
  part(PAGES.bml.p2, 'Tool Shed', 2, 2, []);
  part(PAGES.http.p1, 'Plain Road', 1, 2, [['Part 2', PAGES.http.p2]]);
  part(PAGES.http.p2.replace('http:', 'https:'), 'Plain Road', 2, 2, []);
  part(PAGES.http.page, 'Old Road', 1, 2, [['Part 2', PAGES.http.page2]]);
  part(PAGES.http.page2.replace('http:', 'https:'), 'Old Road', 2, 2, []);
  const r = PAGES.redirects;
  part(r.p1, 'Detours', 1, 5, [
    ['Part 2', r.offHost],
    ['Part 3', r.toHttp],
    ['Part 4', r.toLogin],
    ['Part 5', r.toGate],
  ]);
  for (const at of [PAGES.shared, PAGES.wayback]) {
    const victim = at === PAGES.shared ? VICTIM_LJ : PAGES.wayback.victim;
    part(at.p1, 'Harbour Wall', 1, 3, [['Part 2', at.p2]]);
    part(at.p2, 'Harbour Wall', 2, 3, [
      ['Part 1', at.p1],
      ['Part 3', victim],
    ]);
    pages[victim] = { body: partPage({ url: victim, title: 'Diary', index: 3, total: 3, prose: [SECRET, ...PROSE] }) };
  }
  const gap = PAGES.waybackGap;
  part(gap.p1, 'Low Water', 1, 3, [
    ['Part 2', gap.p2],
    ['Part 3', gap.p3],
  ]);
  part(gap.live2, 'Low Water', 2, 3, [['Part 1', gap.p1.replace(/^.*\/http:/, 'http:')]]);
  pages[gap.live3] = { body: partPage({ url: gap.live3, title: 'Low Water', index: 3, total: 3, prose: [SECRET, ...PROSE] }) };
  pages[PAGES.waybackElsewhere] = {
    body: entryPage({
      url: PAGES.waybackElsewhere,
      subject: 'Fic: Harbour Wall, Part 1/2',
      header: storyHeader({ title: 'Harbour Wall', part: '1/2' }),
      bodyHtml: prose(1)
        .map((p) => `<p>${p}</p>`)
        .join('\n'),
    }),
  };
  return pages;
}

/** Faults on the server: the victim served only with the login cookie, the redirects. */
export function setAttackFaults(server: FixtureServer): void {
  const cookie = `${LOGIN_COOKIE.name}=${LOGIN_COOKIE.value}`;
  for (const u of [VICTIM, VICTIM_LJ, PAGES.wayback.victim, PAGES.waybackGap.live3]) server.setFault(u, { kind: 'needs-cookie', cookie });
  const r = PAGES.redirects;
  server.setFault(r.offHost, { kind: 'redirect', to: PAGES.tracker });
  server.setFault(r.toHttp, { kind: 'redirect', to: r.toHttp.replace('https:', 'http:') });
  server.setFault(r.toLogin, { kind: 'redirect', to: PAGES.login });
  server.setFault(PAGES.login, 'login');
  server.setFault(r.toGate, { kind: 'redirect', to: PAGES.gate });
  server.setFault(PAGES.gate, 'adult-gate');
}

/** Requests the server saw for a URL's host and path, any scheme, any query. */
export function requestsFor(server: FixtureServer, url: string): { url: string; cookie?: boolean }[] {
  const u = new URL(url);
  return server.requests().filter((r) => {
    const x = new URL(r.url);
    return x.hostname === u.hostname && x.pathname === u.pathname;
  });
}

// ---------------------------------------------------------------------------------------------
// In the page's main world (self-contained: sent as source)

/**
 * Installed before the page's own scripts (as a site's script would be): wraps attachShadow to keep every root
 * created, open or closed, and forces the mode open. The extension's content scripts do not go through the
 * page's prototypes (Chromium's isolated world, Firefox's Xrays), so this catches nothing of Inkwell's.
 */
export const HOOK_ATTACH_SHADOW = `(() => {
  const roots = [];
  window.__capturedRoots = roots;
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = original.call(this, { ...init, mode: 'open' });
    roots.push(root);
    return root;
  };
})();`;

/** The words of the page's forged starts (FORGE_FRAME_START): never to be shown by the reader. */
export const FORGED_WORDS = 'A forged story the page posted to the reader frame';

/**
 * Installed before the page's own scripts: the page answers any message a frame sends it (the reader's frame once said
 * it was ready to its parent, and the page is the parent: it says nothing now), many times over, with what the content
 * script sends: tickets
 * (made up) each with a port that carries a forged start, and bare start messages, all for the clicked post's own URL
 * with a page and a body of the page's choosing. `window.__forgedPosts` counts what it sent.
 */
export const FORGE_FRAME_START = `(() => {
  // The journal page's own script (the driver puts an init script into every frame of the tab, the reader's too).
  if (window !== window.top) return;
  window.__forgedPosts = 0;
  const forged = (secret) => ({
    story: { url: location.href.split('#')[0], subject: 'Forged', fields: { title: 'Forged' }, part: null, author: '', journal: '', rawFields: [], headerNotes: [], rating: null, complete: true, bodyText: ${JSON.stringify(FORGED_WORDS)}, bodyHtml: '<p>' + ${JSON.stringify(FORGED_WORDS)} + '</p>', partLinks: [] },
    pageUrl: location.href, html: '<html><body><p>' + ${JSON.stringify(FORGED_WORDS)} + '</p></body></html>', lang: 'en', pageKind: 'story', navLinks: [], refresh: false, secret,
  });
  addEventListener('message', (e) => {
    // Any frame's message (the reader's frame said 'frame-ready' to its parent once, and so gave away its window).
    if (!e.source || e.source === window) return;
    for (let i = 0; i < 12; i++) {
      const ch = new MessageChannel();
      ch.port1.postMessage({ inkwell: 'start', start: forged('s' + i) });
      e.source.postMessage({ inkwell: 'ticket', ticket: (i % 2 ? 'f' : '0').repeat(48) }, '*', [ch.port2]);
      e.source.postMessage({ inkwell: 'start', start: forged('s' + i) }, '*');
      window.__forgedPosts += 2;
    }
  });
})();`;

/** The page's script: a fake "Part 2" to the victim's entry in the post, then every way to press the button. */
export function scriptClicksTheButton(victim: string): { host: boolean; shadowRootNull: boolean; tried: string[] } {
  const host = document.querySelector('inkwell-read-button') as HTMLElement | null;
  const body = document.querySelector('.entry-content');
  if (body) {
    const p = document.createElement('p');
    p.innerHTML = `<a href="${victim}">Part 3</a>`;
    body.append(p);
  }
  const tried: string[] = [];
  if (!host) return { host: false, shadowRootNull: true, tried };
  host.click();
  tried.push('host.click()');
  host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  tried.push('host.dispatchEvent(click)');
  host.focus();
  host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  tried.push('Enter at the host');
  const inner = host.shadowRoot?.querySelector('button') as HTMLButtonElement | null;
  if (inner) {
    inner.click();
    inner.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    tried.push('the button in host.shadowRoot');
  }
  const captured = (window as unknown as { __capturedRoots?: ShadowRoot[] }).__capturedRoots ?? [];
  for (const root of captured) {
    const b = root.querySelector('button') as HTMLButtonElement | null;
    if (b) {
      b.click();
      tried.push('a button in a captured root');
    }
  }
  return { host: true, shadowRootNull: host.shadowRoot === null, tried };
}

export interface PageView {
  readerHost: boolean;
  shadowRootNull: boolean;
  capturedRoots: number;
  /** Where the page found the words only the reader holds ('' for nowhere). */
  found: string[];
  title: string;
  apiOnWindow: boolean;
  symbols: string[];
  resourceEntries: string[];
  databases: string[];
}

/** The page's script, with the reader open: everything it can read, searched for the words only the reader holds. */
export async function pageReadsTheReader(words: string): Promise<PageView> {
  const host = document.querySelector('inkwell-reader') as HTMLElement | null;
  const found: string[] = [];
  const look = (where: string, text: string | null | undefined) => {
    if (text && text.includes(words)) found.push(where);
  };
  look('document.documentElement.textContent', document.documentElement.textContent);
  look('document.body.innerText', document.body.innerText);
  look('document.title', document.title);
  look('host.textContent', host?.textContent);
  look('host.innerHTML', host?.innerHTML);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) look(`<${el.localName} ${a.name}>`, a.value);
  }
  for (const el of Array.from(document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]'))) look(`live region <${el.localName}>`, (el as HTMLElement).innerText);
  look('host.shadowRoot', host?.shadowRoot?.textContent);
  const captured = (window as unknown as { __capturedRoots?: ShadowRoot[] }).__capturedRoots ?? [];
  captured.forEach((r, i) => look(`captured root ${i}`, r.textContent));
  const sel = document.getSelection();
  if (sel) {
    sel.selectAllChildren(document.body);
    look('select all', sel.toString());
    sel.removeAllRanges();
    sel.selectAllChildren(document.documentElement);
    look('select all (html)', sel.toString());
    sel.removeAllRanges();
  }
  const api = (window as unknown as Record<symbol, unknown>)[Symbol.for('inkwell.reader')];
  const symbols = Object.getOwnPropertySymbols(window).map(String);
  const names = Object.getOwnPropertyNames(window).filter((n) => /inkwell/i.test(n));
  const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
  return {
    readerHost: !!host,
    shadowRootNull: !!host && host.shadowRoot === null,
    capturedRoots: captured.length,
    found,
    title: document.title,
    apiOnWindow: api !== undefined || names.length > 0,
    symbols,
    resourceEntries: performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.html/.test(n)),
    databases,
  };
}

/** The page's script moves the page to an address of another journal on the same origin (history.replaceState). */
export function scriptMovesThePage(to: string): string {
  history.replaceState(null, '', to);
  return location.href;
}

export interface SearchView {
  /** What `window.find(phrase)` answered. */
  found: boolean;
  /** Every string the page read: its selection after find and after each `Selection.modify('extend', …)`, frames' text. */
  read: string[];
  /** What reading each of the window's frames gave ('blocked: …' when the browser refused). */
  frames: string[];
  /** Extension-frame URLs the page tried to load itself (what it could learn or guess). */
  loaded: string[];
}

/**
 * The page's script, with the reader open, through the browser's own search and selection: `window.find()` searches
 * the whole document (closed shadow roots included) and selects the match; `Selection.modify('extend', …)` then
 * grows the selection over what follows, and `toString()` returns it. Then every frame of the window, and the
 * extension's frame page loaded by the page itself (at the addresses it can learn: its resource timing, and
 * `guesses`, such as the extension's public id in Chromium), with a made-up ticket.
 */
export async function pageSearchesTheReader(arg: { phrase: string; guesses: string[] }): Promise<SearchView> {
  const read: string[] = [];
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  const w = window as unknown as { find(s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean };
  const found = w.find(arg.phrase, false, false, true);
  read.push(sel.toString());
  for (const unit of ['paragraph', 'documentboundary'] as const) {
    for (let i = 0; i < (unit === 'paragraph' ? 60 : 3); i++) {
      try {
        (sel as unknown as { modify(a: string, d: string, g: string): void }).modify('extend', 'forward', unit);
      } catch {
        break;
      }
      read.push(sel.toString());
    }
  }
  sel.removeAllRanges();
  // Any word of the story, found and grown the same way.
  for (const word of ['keeper', 'lamp', 'stairs']) {
    if (w.find(word, false, false, true)) {
      (sel as unknown as { modify(a: string, d: string, g: string): void }).modify('extend', 'forward', 'documentboundary');
      read.push(sel.toString());
    }
    sel.removeAllRanges();
  }
  const frames: string[] = [];
  for (let i = 0; i < window.length; i++) {
    try {
      const text = (window.frames[i] as Window).document.documentElement.textContent ?? '';
      frames.push(text);
      read.push(text);
    } catch (e) {
      frames.push(`blocked: ${(e as Error).name}`);
    }
  }
  const learnt = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /^(chrome|moz)-extension:/.test(n));
  const loaded = [...new Set([...learnt.map((u) => u.split('#')[0]), ...arg.guesses])];
  for (const url of loaded) {
    for (const hash of ['', '#made-up-ticket']) {
      const frame = document.createElement('iframe');
      frame.src = url + hash;
      frame.setAttribute('data-attacker', '');
      document.body.append(frame);
    }
  }
  await new Promise((r) => setTimeout(r, 2500));
  return { found, read, frames, loaded };
}
