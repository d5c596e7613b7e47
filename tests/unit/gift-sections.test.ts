/**
 * Rule "a swap's reveals hold each gift in full" (utils/extract/sections.ts `giftSections`): which posts are read as several
 * stories, and which stay one post (a recs list, a writer's own drabble set, headers over a line or two); and the scorer's
 * matching of several stories at one entry's address (harness/fixture-cases.ts `scoreCase`).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type FixtureCase, scoreCase } from '../../harness/fixture-cases';
import { flattenLines } from '../../utils/extract/lines';
import { giftSections } from '../../utils/extract/sections';
import type { StoryPost } from '../../utils/extract/types';

const DRABBLE =
  'The river froze on the ninth night and by morning the whole town was on it, braziers and oyster stalls and a printing press turning out keepsake cards at a penny each, and Ada paid her penny and had her name set in type and kept the card for forty years between Ruth and Kings, because it said her name and the date and, in smaller letters, printed on the Thames.';
const lines = (html: string) => flattenLines(new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!);
const gift = (title: string, credit = 'From: someone', prose = DRABBLE) => `<p>Title: ${title}<br />${credit}<br />Rating: G</p><p>${prose}</p>`;

describe('giftSections', () => {
  it('each header with its title and its credit over a drabble is a story of its own; the mods’ words before and after are none', () => {
    const l = lines(`<p>The reveals are here!</p>${gift('One', 'For: a_person<br />From: b_person')}${gift('Two', 'For: c_person<br />From: d_person')}<p>Thank you to everyone who took part!</p>`);
    const s = giftSections(l);
    expect(s).toHaveLength(2);
    expect(l[s![0].start].text).toBe('Title: One');
    expect(l[s![1].start].text).toBe('Title: Two');
    expect(l.slice(s![1].start, s![1].end).map((x) => x.text)).not.toContain('Thank you to everyone who took part!');
    expect(l.slice(s![0].start, s![0].end).map((x) => x.text)).not.toContain('The reveals are here!');
  });
  it('credits in the author field, or a recipient, or a user tag count', () => {
    expect(giftSections(lines(gift('One', 'Author: x') + gift('Two', 'Author: y')))).toHaveLength(2);
    expect(giftSections(lines(gift('One', 'Recipient: x') + gift('Two', 'Recipient: y')))).toHaveLength(2);
    const tag = (n: string) => `To: <span class="ljuser"><a href="http://${n}.livejournal.com/profile">i</a><a href="http://${n}.livejournal.com/"><b>${n}</b></a></span>`;
    expect(giftSections(lines(gift('One', tag('xx')) + gift('Two', tag('yy'))))).toHaveLength(2);
  });
  it('not a recs list (its headers link the works), not headers with no credit, not headers over a line or two, not one header', () => {
    const link = (n: number) => `From: x<br />Link: <a href="https://archiveofourown.org/works/${n}">here</a>`;
    expect(giftSections(lines(gift('One', link(1)) + gift('Two', link(2))))).toBeNull();
    expect(giftSections(lines(`<p>Title: One<br />Rating: G</p><p>${DRABBLE}</p><p>Title: Two<br />Rating: G</p><p>${DRABBLE}</p>`))).toBeNull();
    expect(giftSections(lines(gift('One', 'From: x', 'A line I loved.') + gift('Two', 'From: y', 'Another one, so good.')))).toBeNull();
    expect(giftSections(lines(gift('One')))).toBeNull();
  });
});

describe('a gift credited to its recipient (sections.ts)', () => {
  const FICLET = 'The snow came down on the ferry and the ferry went on regardless. Ada, who drove it, sang to keep awake, and nobody heard her but the gulls.';
  it('under headers naming who each story was for, each ficlet of three sentences is a gift of its own', () => {
    for (const credit of ['Recipient: x', 'For: x<br />From: y', 'To: x', 'Gift for: x<br />By: y']) {
      expect(giftSections(lines(gift('One', credit, FICLET) + gift('Two', credit, FICLET))), credit).toHaveLength(2);
    }
  });
  it('headers crediting only the writer keep a drabble’s length (a recs list says a few lines under each), and a ficlet still has some length', () => {
    expect(giftSections(lines(gift('One', 'Author: x', FICLET) + gift('Two', 'Author: y', FICLET)))).toBeNull();
    expect(giftSections(lines(gift('One', 'From: x', FICLET) + gift('Two', 'From: y', FICLET)))).toBeNull();
    // "Written for" names a prompt, not a person.
    expect(giftSections(lines(gift('One', 'Written for: snow', FICLET) + gift('Two', 'Written for: ice', FICLET)))).toBeNull();
    expect(giftSections(lines(gift('One', 'For: x', 'So good, read it.') + gift('Two', 'For: y', 'Loved this one.')))).toBeNull();
  });
});

describe('scoreCase: several stories at one address', () => {
  const story = (title: string): StoryPost => ({
    url: 'https://x-swap.dreamwidth.org/1.html',
    author: 'mod',
    journal: 'x_swap',
    subject: 's',
    fields: { title },
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: null,
    complete: true,
    bodyText: '',
    bodyHtml: '',
    partLinks: [],
  });
  const c = {
    id: 'x',
    url: 'https://x-swap.dreamwidth.org/1.html',
    site: 'dreamwidth',
    kind: 'story',
    stories: ['One', 'Two'].map((t) => ({ url: 'https://x-swap.dreamwidth.org/1.html', author: 'mod', journal: 'x_swap', fields: { title: t }, part: null, complete: true })),
  } as unknown as FixtureCase;
  it('matches them in the page’s order, and counts one found as one missed', () => {
    expect(scoreCase(c, { site: 'dreamwidth', kind: 'story', stories: [story('One'), story('Two')] }).problems).toEqual([]);
    expect(scoreCase(c, { site: 'dreamwidth', kind: 'story', stories: [story('One')] }).missedStories).toBe(1);
    expect(scoreCase(c, { site: 'dreamwidth', kind: 'story', stories: [story('One'), story('Two'), story('Three')] }).falseStories).toBe(1);
  });
  it('gifts at their own addresses (`#gift-N`): a case naming them so is matched by address, one naming the entry in the page’s order', () => {
    const gift2 = { ...story('Two'), url: 'https://x-swap.dreamwidth.org/1.html#gift-2' };
    const byGift = { ...c, stories: c.stories.map((s, i) => (i ? { ...s, url: gift2.url } : s)) } as FixtureCase;
    expect(scoreCase(byGift, { site: 'dreamwidth', kind: 'story', stories: [story('One'), gift2] }).problems).toEqual([]);
    // Both at the entry's address: the second gift is missed, and one is a false story.
    const flat = scoreCase(byGift, { site: 'dreamwidth', kind: 'story', stories: [story('One'), story('Two')] });
    expect([flat.missedStories, flat.falseStories]).toEqual([1, 1]);
    // A case written before gifts had addresses (every gift at the entry's) takes them in order, as it did.
    expect(scoreCase(c, { site: 'dreamwidth', kind: 'story', stories: [story('One'), gift2] }).problems).toEqual([]);
    expect(scoreCase(c, { site: 'dreamwidth', kind: 'story', stories: [story('One'), { ...gift2, fields: { title: 'Three' } }] }).problems).not.toEqual([]);
  });
});
