// @vitest-environment jsdom
/**
 * The reader overlay in a DOM implementation: structure, accessibility contract, progressive
 * parts in order, failures with Retry, sanitising, keys. (Positions on a real layout are proven
 * in the browser suites: jsdom has no layout.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReader } from '../../components/reader/reader';
import type { StoryPost } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { StitchedPart, StitchState } from '../../utils/stitch';
import { fakeReaderDeps, freshHost } from '../support/reader-deps';

const post = (n: number, html = `<p>Paragraph one of part ${n}.</p><p>Paragraph two.</p>`): StoryPost => ({
  url: `https://writer.livejournal.com/${100 + n}.html`,
  author: 'writer',
  journal: 'writer',
  subject: `Story (${n}/3)`,
  fields: { title: 'The Story', fandom: 'Fandom', rating: 'PG-13', notes: 'A note.' },
  rawFields: [],
  headerNotes: [],
  rating: 'Teen',
  part: { index: n, total: 3 },
  complete: true,
  bodyText: `Paragraph one of part ${n}.\n\nParagraph two.`,
  bodyHtml: html,
  partLinks: [],
});
const part = (n: number, p = post(n)): StitchedPart => ({ key: `k${n}`, url: p.url, index: n, title: 'The Story', post: p });
const emptyState = (): StitchState => ({ order: [], parts: new Map(), errors: new Map(), masterpost: null, done: false });
/** Done: part 1 in, part 2 not found. */
function secondPartFailed(message: string): StitchState {
  const s = emptyState();
  s.order = ['k1', 'k2'];
  s.parts.set('k1', part(1));
  s.errors.set('k2', { key: 'k2', url: post(2).url, index: 2, reason: 'not-found', message });
  s.done = true;
  return s;
}

const deps = fakeReaderDeps;

let host: HTMLElement;
beforeEach(() => {
  host = freshHost();
});

describe('the reader overlay', () => {
  it('is a labelled modal dialog with the story card', () => {
    mountReader(host, post(1), deps(), () => undefined);
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const label = host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(label.textContent).toBe('The Story');
    expect(host.querySelector('.ink-badge')?.textContent).toBe('Teen');
    expect(host.querySelector('details summary')?.textContent).toBe('Notes');
    expect((host.querySelector('details') as HTMLDetailsElement).open).toBe(false);
  });

  it('shows parts in reading order as they arrive, the first without waiting for the last', async () => {
    let push!: (s: StitchState) => void;
    let finish!: (s: StitchState) => void;
    const d = deps({
      stitch: (onUpdate) => {
        push = onUpdate;
        return new Promise((r) => (finish = r));
      },
    });
    mountReader(host, post(2), d, () => undefined);
    const s = emptyState();
    s.order = ['k1', 'k2', 'k3'];
    s.parts.set('k2', part(2));
    push(s);
    let articles = Array.from(host.querySelectorAll('article'));
    expect(articles.map((a) => a.dataset.key)).toEqual(['k1', 'k2', 'k3']);
    expect(articles[1].textContent).toContain('Paragraph one of part 2');
    expect(articles[0].getAttribute('aria-busy')).toBe('true');
    s.parts.set('k1', part(1));
    s.parts.set('k3', part(3));
    s.done = true;
    finish(s);
    await vi.waitFor(() => expect(d.saveStory).toHaveBeenCalled());
    articles = Array.from(host.querySelectorAll('article'));
    expect(articles.map((a) => a.querySelector('h2')?.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(articles[0].querySelector('.ink-prose p')).not.toBeNull();
    expect(articles[0].querySelector('a[href$="101.html"]')?.textContent).toBe('Original post');
    // With every part in, the card gives the whole story's length.
    expect(host.querySelector('.ink-fields')?.textContent).toContain('Words21 in 3 parts');
  });

  it('shows a failed part with its reason and a Retry that recovers it', async () => {
    const s = secondPartFailed('The site answered 404.');
    const fixed = { ...s, errors: new Map(), parts: new Map([...s.parts, ['k2', part(2)]]) } as StitchState;
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s), retry: vi.fn(async () => fixed) });
    mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('not found');
    expect(host.querySelector('article[data-key="k1"] .ink-prose')?.textContent).toContain('part 1');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('article[data-key="k2"] .ink-prose')?.textContent).toContain('part 2'));
    expect(d.retry).toHaveBeenCalledWith(expect.anything(), 'k2', expect.any(Function));
  });

  it('with a part that could not be read, the card never gives its length as the whole story’s; told again once Retry brings it', async () => {
    const s = secondPartFailed('The site answered 404.');
    s.order = ['k1', 'k2', 'k3'];
    s.parts.set('k3', part(3));
    const fixed = { ...s, errors: new Map(), parts: new Map([...s.parts, ['k2', part(2)]]) } as StitchState;
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s), retry: vi.fn(async () => fixed) });
    mountReader(host, post(1), d, () => undefined);
    const words = () => host.querySelector('.ink-fields')?.textContent ?? '';
    await vi.waitFor(() => expect(words()).toContain('in 2 parts (a part could not be read)'));
    expect(words()).not.toContain('in 3 parts');
    (host.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(words()).toContain('in 3 parts'));
    expect(words()).not.toContain('could not be read');
  });

  it('ignores a Retry or Refresh the user did not press (a page script’s click)', async () => {
    const s = secondPartFailed('');
    // The default check: event.isTrusted, false for click() and dispatchEvent.
    const d = deps({ stitch: vi.fn(async (onUpdate: (st: StitchState) => void) => (onUpdate(s), s)), isUserAction: undefined });
    mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
    (host.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    const refresh = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Refresh')!;
    refresh.click();
    refresh.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(d.retry).not.toHaveBeenCalled();
    expect(d.stitch).toHaveBeenCalledTimes(1);
  });

  it('a part past the first batch waits, quietly, in its place; “Load now” (the user’s) loads it and the next ones', async () => {
    const s = emptyState();
    s.order = ['k1', 'k2', 'k3'];
    s.parts.set('k1', part(1));
    for (const n of [2, 3]) s.errors.set(`k${n}`, { key: `k${n}`, url: post(n).url, index: n, reason: 'deferred', message: '' });
    s.done = true;
    const loaded = { ...s, errors: new Map(), parts: new Map([...s.parts, ['k2', part(2)], ['k3', part(3)]]) } as StitchState;
    const load = vi.fn(async () => loaded);
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s), load });
    mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelectorAll('article[data-state="deferred"]')).toHaveLength(2));
    const waiting = host.querySelector('article[data-key="k2"]')!;
    expect(waiting.textContent).toContain('loads as you reach it');
    expect(waiting.querySelector('[role="alert"]')).toBeNull();
    expect(host.querySelector('.ink-toc')!.textContent).toContain('(loads as you read)');
    (Array.from(waiting.querySelectorAll('button')).find((b) => b.textContent === 'Load now') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('article[data-key="k3"] .ink-prose')).not.toBeNull());
    expect(load).toHaveBeenCalledWith(expect.anything(), ['k2', 'k3'], expect.any(Function));
    expect(host.querySelector('article[data-state="deferred"]')).toBeNull();
    // The whole story is known now: saved, and the card counts every part.
    await vi.waitFor(() => expect(d.saveStory).toHaveBeenCalledWith(loaded));
  });

  it('“n” onto a part that waits loads it', async () => {
    const s = emptyState();
    s.order = ['k1', 'k2'];
    s.parts.set('k1', part(1));
    s.errors.set('k2', { key: 'k2', url: post(2).url, index: 2, reason: 'deferred', message: '' });
    s.done = true;
    const load = vi.fn(async (st: StitchState) => st);
    mountReader(host, post(1), deps({ stitch: async (onUpdate) => (onUpdate(s), s), load }), () => undefined);
    await vi.waitFor(() => expect(host.querySelector('article[data-state="deferred"]')).not.toBeNull());
    host.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    await vi.waitFor(() => expect(load).toHaveBeenCalledWith(expect.anything(), ['k2'], expect.any(Function)));
  });

  it('offers to open the post for an adult-content notice', async () => {
    const s = emptyState();
    s.order = ['k1'];
    s.errors.set('k1', { key: 'k1', url: post(1).url, index: 1, reason: 'adult-gate', message: '' });
    s.done = true;
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s) });
    mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('adult-content notice');
    const open = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Open the post')!;
    open.click();
    expect(d.openPost).toHaveBeenCalledWith(post(1).url);
  });

  it('a part the Wayback Machine never captured offers the live post (the user opens it; nothing is fetched)', async () => {
    const wb = 'https://web.archive.org/web/20090301000000/http://tidewrack-tales.livejournal.com/4410.html';
    const s = emptyState();
    s.order = ['k1', 'k2'];
    s.errors.set('k1', { key: 'k1', url: wb, index: 1, reason: 'not-found', message: '' });
    s.errors.set('k2', { key: 'k2', url: post(2).url, index: 2, reason: 'not-found', message: '' });
    s.done = true;
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s) });
    mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelectorAll('[role="alert"]')).toHaveLength(2));
    const [archived, live] = Array.from(host.querySelectorAll('[role="alert"]'));
    expect(archived.textContent).toContain('The Wayback Machine holds no copy of this part');
    const open = Array.from(archived.querySelectorAll('button')).find((b) => b.textContent === 'Open the live post')!;
    open.click();
    expect(d.openPost).toHaveBeenCalledWith('https://tidewrack-tales.livejournal.com/4410.html');
    // A live part not found has no other place to look.
    expect(Array.from(live.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Retry']);
  });

  it('never inserts a post’s scripts, handlers or styles', async () => {
    const evil = post(1, '<p onclick="alert(1)" style="position:fixed">Text</p><script>alert(2)</script><style>*{display:none}</style><img src=x onerror=alert(3)>');
    const s = emptyState();
    s.order = ['k1'];
    s.parts.set('k1', part(1, evil));
    s.done = true;
    mountReader(host, post(1), deps({ stitch: async (onUpdate) => (onUpdate(s), s) }), () => undefined);
    await vi.waitFor(() => expect(host.querySelector('.ink-prose')).not.toBeNull());
    const html = host.querySelector('.ink-prose')!.innerHTML;
    expect(html).toContain('Text');
    expect(html).not.toMatch(/onclick|onerror|<script|<style|style=/);
  });

  it('opens from the cache with no stitching', () => {
    const s = emptyState();
    s.order = ['k1'];
    s.parts.set('k1', part(1));
    s.done = true;
    const d = deps({ cached: { state: s, place: { partKey: 'k1', paragraph: 1, offset: 0 } } });
    mountReader(host, post(1), d, () => undefined);
    expect(d.stitch).not.toHaveBeenCalled();
    expect(host.querySelector('article .ink-prose')?.textContent).toContain('part 1');
  });

  it('has a Download button beside Refresh that shows Download EPUB and Download HTML; Escape folds them, not the reader', async () => {
    let finish!: (text: string) => void;
    const download = vi.fn((_format: string) => new Promise<string>((r) => (finish = r)));
    const onClose = vi.fn();
    mountReader(host, post(1), deps({ download }), onClose);
    const bar = Array.from(host.querySelectorAll('.ink-bar button')).map((b) => b.getAttribute('aria-label') || b.textContent);
    expect(bar.indexOf('Download')).toBe(bar.indexOf('Refresh') + 1);
    const toggle = Array.from(host.querySelectorAll<HTMLButtonElement>('.ink-bar button')).find((b) => b.textContent === 'Download')!;
    const menu = host.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(menu.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(Array.from(menu.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Download EPUB', 'Download HTML']);
    expect(document.activeElement?.textContent).toBe('Download EPUB');
    menu.querySelector<HTMLButtonElement>('button')!.click();
    expect(download).toHaveBeenCalledWith('epub');
    expect(host.querySelector('.ink-notice')!.textContent).toBe('Making the EPUB from the saved copy…');
    expect(menu.querySelector<HTMLButtonElement>('button')!.getAttribute('aria-disabled')).toBe('true');
    finish('Saved “The Story - writer.epub”.');
    await vi.waitFor(() => expect(host.querySelector('.ink-notice')!.textContent).toBe('Saved “The Story - writer.epub”.'));
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    toggle.click();
    menu.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.hidden).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says why a book could not be made', async () => {
    mountReader(host, post(1), deps({ download: vi.fn(async () => Promise.reject(new Error('the story is not saved yet.'))) }), () => undefined);
    Array.from(host.querySelectorAll<HTMLButtonElement>('.ink-bar button'))
      .find((b) => b.textContent === 'Download')!
      .click();
    Array.from(host.querySelectorAll<HTMLButtonElement>('.ink-download-menu button'))[1].click();
    await vi.waitFor(() => expect(host.querySelector('.ink-notice')!.textContent).toBe('The HTML could not be made: the story is not saved yet.'));
  });

  it('closes on Escape, saving the place', () => {
    const onClose = vi.fn();
    const s = emptyState();
    s.order = ['k1'];
    s.parts.set('k1', part(1));
    s.done = true;
    const d = deps({ cached: { state: s, place: null } });
    mountReader(host, post(1), d, onClose);
    host.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(d.savePlace).toHaveBeenCalledWith(expect.objectContaining({ partKey: 'k1' }), expect.any(Number));
  });

  it('applies and persists settings from the panel, and +/- changes the size', () => {
    const d = deps();
    const r = mountReader(host, post(1), d, () => undefined);
    (Array.from(host.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === 'Reading settings') as HTMLButtonElement).click();
    const sepia = host.querySelector('input[value="sepia"]') as HTMLInputElement;
    sepia.checked = true;
    sepia.dispatchEvent(new Event('change'));
    expect(r.root.className).toContain('theme-sepia');
    expect(d.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'sepia' }));
    host.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    expect(r.root.style.getPropertyValue('--size')).toBe(`${DEFAULT_SETTINGS.size + 1}px`);
  });
});

describe('links the reader renders (issue 10, item 5): checked again, whatever the saved copy says', () => {
  it('a saved or imported part’s planted addresses become no link; journal links https; others open in a new tab without opener', () => {
    const planted = post(
      1,
      '<p><a href="javascript:alert(1)">js</a> <a href="mailto:x@example.com">mail</a> <a href="file:///etc/passwd">file</a> ' +
        '<a href="data:text/html,x">data</a> <a href="http://writer.livejournal.com/102.html">part 2</a> <a href="https://elsewhere.example/a">away</a> ' +
        '<a href="//evil.example/x">proto-relative</a></p>',
    );
    const s = emptyState();
    s.order = ['k1', 'k2'];
    s.parts.set('k1', { ...part(1, planted), url: 'javascript:alert(document.domain)' });
    s.errors.set('k2', { key: 'k2', url: 'javascript:alert(2)', index: 2, reason: 'locked', message: '' });
    s.done = true;
    const card = { ...post(1), author: 'evil.example/x?', url: 'https://writer.livejournal.com/101.html' };
    const d = deps({ cached: { state: s, place: null } });
    mountReader(host, card, d, () => undefined);
    const hrefs = Array.from(host.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(href, href).toMatch(/^(https:\/\/|#ink-part-)/);
    expect(hrefs).toContain('https://writer.livejournal.com/102.html');
    expect(hrefs).toContain('https://elsewhere.example/a');
    // Relative links resolve against the part's address: a planted one leaves them no link at all.
    expect(hrefs.some((x) => x.includes('evil.example'))).toBe(false);
    for (const a of Array.from(host.querySelectorAll('a[href^="https:"]'))) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // No "Original post" for the planted address, no author link for a name that is no username,
    // and no "Open the post" button for a failed part at one.
    expect(host.querySelector('article[data-key="k1"] .ink-part-links')).toBeNull();
    expect(host.querySelector('.ink-byline a')).toBeNull();
    expect(host.querySelector('.ink-byline')!.textContent).toContain('evil.example/x?');
    expect(Array.from(host.querySelectorAll('button')).some((b) => b.textContent === 'Open the post')).toBe(false);
    expect(host.querySelector('.ink-prose')!.textContent).toContain('js mail file data part 2');
  });
});

describe('remote images (issue 10, item 9)', () => {
  const withImage = (n: number) => post(n, `<p>Before.</p><p><img src="https://pics.example/${n}.png" alt="a lighthouse"><img src="https://pics.example/${n}b.png"></p>`);
  const state = () => {
    const s = emptyState();
    s.order = ['k1', 'k2'];
    s.parts.set('k1', part(1, withImage(1)));
    s.parts.set('k2', part(2, withImage(2)));
    s.done = true;
    return s;
  };
  const imgs = (key: string) => host.querySelectorAll(`article[data-key="${key}"] img`).length;
  const imagesButton = () => Array.from(host.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === 'Show images in this story')!;

  it('off by default for fetched parts (alt text or [image] instead), on for the page’s own part; no <img> is ever made for the others', () => {
    const made: string[] = [];
    const orig = document.createElementNS.bind(document);
    const spy = vi.spyOn(document, 'createElementNS').mockImplementation(((ns: string, name: string) => {
      made.push(name);
      return orig(ns, name);
    }) as typeof document.createElementNS);
    try {
      mountReader(host, post(1), deps({ cached: { state: state(), place: null }, pageKey: 'k1' }), () => undefined);
    } finally {
      spy.mockRestore();
    }
    expect(imgs('k1')).toBe(2);
    expect(imgs('k2')).toBe(0);
    expect(made.filter((t) => t === 'img')).toHaveLength(2); // the page's own part's, none for part 2
    expect(host.querySelector('article[data-key="k2"] .ink-prose')!.textContent).toContain('[image: a lighthouse][image]');
    expect(imagesButton().hidden).toBe(false);
    expect(imagesButton().getAttribute('aria-pressed')).toBe('false');
  });

  it('the story’s “show images” loads them and is kept on the story; the settings’ choice applies to stories without one', () => {
    const d = deps({ cached: { state: state(), place: null }, pageKey: 'elsewhere', setShowImages: vi.fn() });
    mountReader(host, post(1), d, () => undefined);
    expect(imgs('k1') + imgs('k2')).toBe(0);
    imagesButton().click();
    expect(d.setShowImages).toHaveBeenCalledWith(true);
    expect(imagesButton().getAttribute('aria-pressed')).toBe('true');
    expect(imgs('k1') + imgs('k2')).toBe(4);
    imagesButton().click();
    expect(d.setShowImages).toHaveBeenLastCalledWith(false);
    expect(imgs('k1') + imgs('k2')).toBe(0);

    host.textContent = '';
    mountReader(host, post(1), deps({ cached: { state: state(), place: null }, settings: { ...DEFAULT_SETTINGS, loadImages: true, imagesChosen: true } }), () => undefined);
    expect(imgs('k1') + imgs('k2')).toBe(4);
    host.textContent = '';
    mountReader(host, post(1), deps({ cached: { state: state(), place: null }, settings: { ...DEFAULT_SETTINGS, loadImages: true, imagesChosen: true }, showImages: false }), () => undefined);
    expect(imgs('k1') + imgs('k2')).toBe(0);
  });

  it('the settings panel asks the images question first, once', () => {
    const d = deps();
    mountReader(host, post(1), d, () => undefined);
    (Array.from(host.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === 'Reading settings') as HTMLButtonElement).click();
    const q = host.querySelector('.ink-question')!;
    expect(q).not.toBeNull();
    expect((host.getRootNode() as Document).activeElement?.textContent).toBe('Keep them off');
    Array.from(q.querySelectorAll('button'))
      .find((b) => b.textContent === 'Keep them off')!
      .click();
    expect(d.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ loadImages: false, imagesChosen: true }));
    expect(host.querySelector('.ink-question')).toBeNull();
  });
});

describe('where else the story is, on its card', () => {
  const headerOnly = (over: Partial<StoryPost> = {}): StoryPost => ({
    ...post(1),
    part: null,
    bodyText: '',
    bodyHtml: '',
    elsewhere: [{ url: 'https://archiveofourown.org/works/41230987', label: 'AO3', index: null }],
    ...over,
  });

  it('a header-only post that links off the journals: "This story is posted at <host>", in a new tab, no opener or referrer; no parts, no contents', async () => {
    const start = headerOnly();
    const done: StitchState = { ...emptyState(), masterpost: start, done: true };
    mountReader(host, start, deps({ stitch: vi.fn(async () => done) }), () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    const a = Array.from(host.querySelectorAll('a')).find((x) => x.textContent === 'This story is posted at archiveofourown.org')!;
    expect(a).toBeDefined();
    expect(a.getAttribute('href')).toBe('https://archiveofourown.org/works/41230987');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(host.querySelectorAll('article')).toHaveLength(0);
    expect((host.querySelector('.ink-toc') as HTMLElement).hidden).toBe(true);
  });

  it('related links of the masterpost (art, podfic, AO3): labelled, with the site they go to, in a new tab', async () => {
    const mp: StoryPost = {
      ...post(1),
      part: null,
      bodyText: '',
      related: [
        { url: 'https://inkblot-moth.dreamwidth.org/2290.html', label: 'Art by inkblot_moth', index: null },
        { url: 'https://archiveofourown.org/works/38811234', label: 'Also on AO3', index: null },
        { url: 'https://web.archive.org/web/2010/http://hollow-oak.livejournal.com/3318.html', label: 'The Long Winter', index: null },
      ],
    };
    const done: StitchState = { order: ['k1'], parts: new Map([['k1', part(1)]]), errors: new Map(), masterpost: mp, done: true };
    mountReader(host, post(1), deps({ stitch: vi.fn(async () => done) }), () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    const nav = host.querySelector('nav[aria-label="Related links"]')!;
    expect(nav).not.toBeNull();
    const items = Array.from(nav.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['Art by inkblot_moth (inkblot-moth.dreamwidth.org)', 'Also on AO3 (archiveofourown.org)', 'The Long Winter (hollow-oak.livejournal.com)']);
    for (const a of Array.from(nav.querySelectorAll('a'))) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('only http(s) links, and labels as text (a hostile page writes both)', () => {
    mountReader(
      host,
      headerOnly({
        elsewhere: [{ url: 'javascript:alert(1)', label: 'x', index: null }],
        related: [
          { url: 'data:text/html,<script>alert(1)</script>', label: 'data', index: null },
          { url: 'https://archiveofourown.org/works/1', label: '<img src=x onerror=alert(1)>', index: null },
        ],
      }),
      deps(),
      () => undefined,
    );
    const hrefs = Array.from(host.querySelectorAll('.ink-links a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://archiveofourown.org/works/1']);
    expect(host.querySelector('.ink-links img')).toBeNull();
    expect(host.querySelector('.ink-related-link')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
