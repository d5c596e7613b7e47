/**
 * The rules of the eleventh round (tests/heldout9's blind misses, proven on pages of our own in the fixture set
 * "eleventh round (heldout9 misses)"): navigation in the writer's own words, words for all of a story's parts, the part
 * in the tags, narration that is no note, and posts about fic named in their subjects. Each case is one fact of how
 * journals were written, so a failure names the fact.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { storyLinksOf, subjectIsAboutFic } from '../../utils/extract/evidence';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { chapterLinks } from '../../utils/extract/part-links';
import { isAllPartsLine, isMasterpostLabel, isNavText, ownDirection } from '../../utils/extract/parts';
import { isNextLabel, isPrevLabel } from '../../utils/stitch/links';

const PAGE = 'https://author.dreamwidth.org/10.html';
const dom = (html: string, url = PAGE) => new JSDOM(html, { url }).window.document;
const lines = (html: string) => flattenLines(dom(`<div id="b">${html}</div>`).getElementById('b')!);

describe('next and previous in the writer’s own words', () => {
  it.each([
    ['⇠ earlier', 'prev'],
    ['later ⇢', 'next'],
    ['↞ before this', 'prev'],
    ['after this ↠', 'next'],
    ['↶ went before', 'prev'],
    ['read on ↷', 'next'],
    ['go back a chapter', 'prev'],
    ['go on a chapter', 'next'],
    ['⤶ back a part', 'prev'],
    ['onwards ⤳', 'next'],
  ])('%s → %s', (text, want) => {
    expect(ownDirection(text)).toBe(want);
    expect(want === 'prev' ? isPrevLabel(text) : isNextLabel(text)).toBe(true);
    expect(want === 'prev' ? isNextLabel(text) : isPrevLabel(text)).toBe(false);
  });

  it.each(['later that night', 'before the flood', 'the river went on', 'a drawing of the weir', 'back to the hive'])('words that go on are no direction: %s', (text) => {
    expect(ownDirection(text)).toBeNull();
  });

  it('a line of such links and ornament is a chapter’s navigation, each link a part link', () => {
    const text = '⟵ before ✿ after ⟶';
    const links = [
      { href: '/9.html', text: '⟵ before' },
      { href: '/11.html', text: 'after ⟶' },
    ];
    expect(
      isNavText(
        text,
        links.map((l) => l.text),
      ),
    ).toBe(true);
    expect(chapterLinks([{ text, links }], 'dreamwidth.org/author/10', PAGE).partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/9.html', 'https://author.dreamwidth.org/11.html']);
  });

  it('a link back to the part before is never where a post’s story is, however few words of its own the post has', () => {
    const ls = lines('<b>Title:</b> Tin<br><b>Rating:</b> G<br><br><p>Everyone said so.</p><p><a href="https://author.dreamwidth.org/9.html">go back a chapter</a></p>');
    expect(storyLinksOf(ls, 2, PAGE, PAGE).entries).toEqual([]);
  });
});

describe('words for all of a story’s parts point at its index', () => {
  it.each(['⌂ all three chapters are at the hive', 'both parts are in my memories, under fenlight', '✠ both chapters are at the beacon', 'every chapter lives here'])('%s', (text) => {
    expect(isAllPartsLine(text, 1)).toBe(true);
  });
  it.each([
    ['All three of them went down to the river.', 1],
    ['both parts are here', 0],
  ])('not a pointer: %s (%i links)', (text, n) => {
    expect(isAllPartsLine(text, n)).toBe(false);
  });
  it('the link on such a line is the story’s masterpost', () => {
    const line = { text: '⌂ all three chapters are at the hive', links: [{ href: 'https://writer.livejournal.com/20.html', text: 'at the hive' }] };
    const [link] = chapterLinks([line], 'livejournal.com/comm/10', 'https://community.livejournal.com/comm/10.html').partLinks;
    expect(link.url).toBe('https://writer.livejournal.com/20.html');
    expect(isMasterpostLabel(link.label)).toBe(true);
  });
});

describe('narration is no note to the readers', () => {
  const own = (html: string) => storyLinksOf(lines(html), 0, PAGE, PAGE).ownWords;
  it('a paragraph of twenty words or more that talks to no one is prose, whatever everyday word it holds', () => {
    expect(own('<p>In August she left a note in the usual place with a twist of the first salt folded in it, and in the morning it was gone.</p>')).toBe(27);
  });
  it('a note that talks to the readers, or a line long, is a note', () => {
    expect(own('<p>Thank you all for the comments on the last part, I read every one of them twice and they kept me going.</p>')).toBe(0);
    expect(own('<p>Written for the spring swap.</p>')).toBe(0);
  });
});

describe('the part in the tags', () => {
  const entry = (tags: string[]) =>
    dom(
      `<div class="entry-wrapper"><div class="entry"><h3 class="entry-title"><a href="${PAGE}">fic: Weirbank</a></h3><div class="entry-content">` +
        '<b>Rating:</b> G<br><b>Words:</b> 70<br><br>The weir at Ambry had a keeper because it always had, and nobody in the village could have told you what the keeper was for, or why.<br><br>Tamsin could. She had the job from her uncle.</div>' +
        `<div class="tag"><ul>${tags.map((t) => `<li><a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a></li>`).join('')}</ul></div></div></div>`,
    );
  it.each([
    [['fic', 'part 1 of 2'], { index: 1, total: 2 }],
    [['fic', 'weirbank: part 2 of 2'], { index: 2, total: 2 }],
    [['fic', 'chapter 3 of 5'], { index: 3, total: 5 }],
    [['fic', '100 prompts: 3 of 100'], null],
  ])('%j → %j', (tags, want) => {
    expect(extractPage(entry(tags), PAGE).stories[0].part).toEqual(want);
  });
});

describe('posts about fic named in their subjects', () => {
  it.each([
    ['DVD commentary: Candlemas, part two', undefined, true],
    ['commentary: The Orchard, chapter one', undefined, true],
    ['fanmix — the long way round the fen', undefined, true],
    ['playlist for Sedge', undefined, true],
    ['the WIP graveyard, 2011 edition', undefined, true],
    ['2013: my year in fic', undefined, true],
    ['Fic: Running Commentary (G)', 'Running Commentary', false],
    ['Fic: The Mixtape (PG)', 'The Mixtape', false],
  ])('%s → %s', (subject, title, want) => {
    expect(subjectIsAboutFic(subject, title)).toBe(want);
  });
});
