/**
 * Where else the story is, on its card: "This story is posted at <host>" for a header-only post's
 * off-journal links (never fetched: Inkwell reads journals only), and the links a masterpost or
 * chapter lists that are not parts (art, podfic, an AO3 mirror, recs, the series). Every link opens
 * in a new tab without an opener or a referrer; only http(s) links are shown; labels are text.
 */
import type { PartLink, StoryPost } from '../../utils/extract/types';
import { unwrapWayback } from '../../utils/url';
import { h } from './dom';

function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The site a link goes to, as a reader knows it (the archived site for a Wayback copy). */
function hostOf(u: URL): string {
  const original = safeUrl(unwrapWayback(u.href)?.original ?? '');
  return (original ?? u).hostname.replace(/^www\./, '');
}

const newTab = (u: URL, text: string, cls: string) => h('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer', class: cls }, text);

/** The card's "posted at" and related links, or null when the post has none. */
export function renderStoryLinks(post: Pick<StoryPost, 'elsewhere' | 'related'>): HTMLElement | null {
  const box = h('div', { class: 'ink-links' });
  const seen = new Set<string>();
  const usable = (links: PartLink[] | undefined) =>
    (links ?? []).flatMap((l) => {
      const u = safeUrl(l.url);
      if (!u || seen.has(u.href)) return [];
      seen.add(u.href);
      return [{ link: l, u }];
    });
  for (const { u } of usable(post.elsewhere)) {
    box.append(h('p', { class: 'ink-elsewhere' }, newTab(u, `This story is posted at ${hostOf(u)}`, 'ink-elsewhere-link')));
  }
  const related = usable(post.related);
  if (related.length) {
    const list = h('ul', {});
    for (const { link, u } of related) {
      const host = hostOf(u);
      const label = link.label.trim() || host;
      list.append(h('li', {}, newTab(u, label, 'ink-related-link'), label.includes(host) ? '' : h('span', { class: 'ink-host' }, ` (${host})`)));
    }
    box.append(h('nav', { class: 'ink-card-related', 'aria-label': 'Related links' }, h('h2', {}, 'Related'), list));
  }
  return box.childElementCount ? box : null;
}
