// @vitest-environment jsdom
/**
 * The twenty-fourth round's rules (tests/heldout15's leftovers, rebuilt as the fixture set "twenty-fourth round (heldout15
 * leftovers)", `python3 tests/fixtures/src/det25.py`), each on small posts: the shape read, and the look-alikes it must
 * leave alone. (The fixture pages: verdict.test.ts's rows, `npm run score`, `npm run score:stitch`.)
 */
import { describe, expect, it } from 'vitest';
import { isApplicationForm, quotesOthersHeaderToAsk } from '../../utils/extract/evidence';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { chapterLinks } from '../../utils/extract/part-links';

const PAGE = 'https://asker.dreamwidth.org/20.html';

function linesOf(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return flattenLines(div);
}

function entry(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), PAGE);
}

const HEADER = (author: string) => `<p><b>Title:</b> The Weir<br><b>Author:</b> ${author}<br><b>Fandom:</b> Millstream<br><b>Rating:</b> PG<br><b>Words:</b> 2,000</p>`;
const PROSE = Array.from(
  { length: 8 },
  (_, i) => `<p>The weir roared all night, and in the morning the miller's boy found the ${i + 1}th eel in the trap, silver and furious, and let it go.</p>`,
).join('');

describe('rule "a header quoted to ask for the story"', () => {
  it('someone else’s header with "may I translate it?" or "would you mind if I recorded it?": no story', () => {
    expect(entry(`<p>Found this and loved it:</p>${HEADER('Nell Ashby')}<p>Nell, may I translate it into Dutch? I would credit you, of course.</p>`, 'a question').stories).toEqual([]);
    expect(entry(`${HEADER('weir_writer')}<p>Would you mind if I recorded it as a podfic?</p>`, 'hello!').stories).toEqual([]);
  });

  it('asks of a writer who is not the poster only: the poster’s own header, "me", or the username in the Author, ask nothing', () => {
    const lines = linesOf('<p>May I translate this into Dutch?</p>');
    expect(quotesOthersHeaderToAsk(lines, '', 'Nell Ashby', 'asker')).toBe(true);
    expect(quotesOthersHeaderToAsk(lines, '', 'asker', 'asker')).toBe(false);
    expect(quotesOthersHeaderToAsk(lines, '', 'Asker (asker)', 'asker')).toBe(false);
    expect(quotesOthersHeaderToAsk(lines, '', 'me', 'asker')).toBe(false);
    expect(quotesOthersHeaderToAsk(lines, '', undefined, 'asker')).toBe(false);
    // A subject asking it ("permission to translate?") asks too; thanks for a permission given do not.
    expect(quotesOthersHeaderToAsk(linesOf('<p>Hi!</p>'), 'permission to translate?', 'Nell Ashby', 'asker')).toBe(true);
    expect(quotesOthersHeaderToAsk(linesOf('<p>Translated with permission; thank you for letting me translate it!</p>'), '', 'Nell Ashby', 'asker')).toBe(false);
    expect(quotesOthersHeaderToAsk(linesOf('<p>I asked if I could translate it and she said yes.</p>'), '', 'Nell Ashby', 'asker')).toBe(false);
  });

  it('stays a story: a fic posted for a friend, a translation with its story, a pen name’s header-only post', () => {
    expect(entry(`<p>Posting for my friend Nell, who has no journal. Please leave her comments!</p>${HEADER('Nell Ashby')}${PROSE}`, 'Fic: The Weir').stories).toHaveLength(1);
    // A story under the quoted header, a request or not, is a story: the rule reads a few lines only.
    expect(entry(`${HEADER('Nell Ashby')}<p>May I translate your other stories too?</p>${PROSE}`, 'Fic: The Weir (translation)').stories).toHaveLength(1);
    const headerOnly = entry(`${HEADER('Wren Calloway')}<p><a href="https://archiveofourown.org/works/123">Read it on AO3</a></p>`, 'The Weir');
    expect(headerOnly.stories).toHaveLength(1);
  });
});

describe('rule "an application’s labels are a form"', () => {
  it('a player’s labels or a writing sample with the character sheet’s: a form', () => {
    expect(isApplicationForm(linesOf('<p>Player: Sam<br>Age: 20<br>Character: Oriel<br>Canon: Skyfall Isles<br>Personality: brisk</p>'))).toBe(true);
    expect(isApplicationForm(linesOf('<p><b>Name:</b> Sam<br><b>Fandom:</b> Skyfall<br><b>Personality:</b> brisk<br><b>Sample:</b> Oriel looked up.</p>'))).toBe(true);
    expect(
      entry(`<p><b>Player:</b> Sam<br><b>Character:</b> Oriel<br><b>Fandom:</b> Skyfall Isles<br><b>Canon point:</b> the end<br><b>Writing sample:</b></p>${PROSE}`, 'App: Oriel').stories,
    ).toEqual([]);
  });

  it('a dossier in a story (Name / Age / Abilities / Personality) or a story’s header is none', () => {
    expect(isApplicationForm(linesOf('<p>Name: Oriel Vance<br>Age: 31<br>Abilities: flight<br>Personality: classified<br>Appearance: tall</p>'))).toBe(false);
    expect(isApplicationForm(linesOf('<p>Title: Skyfall<br>Fandom: Skyfall Isles<br>Characters: Oriel<br>Rating: G<br>Summary: a sample of sky</p>'))).toBe(false);
  });
});

describe('rule "the chapter index in the writer’s own comment"', () => {
  const LINK = (words: string) => [{ text: words, links: [{ href: 'https://kiln.dreamwidth.org/100.html?thread=4242#cmt4242', text: words }] }];
  it('a comment’s address named as the story’s index is that entry', () => {
    for (const words of ['chapter index', 'table of contents', 'masterpost', 'story index'])
      expect(chapterLinks(LINK(words) as never, 'kiln.dreamwidth.org/200', 'https://kiln.dreamwidth.org/200.html').partLinks.map((l) => l.url)).toEqual(['https://kiln.dreamwidth.org/100.html']);
  });
  it('a comment’s address in other words stays the site’s', () => {
    for (const words of ['this comment', 'my masterlist', 'Link']) expect(chapterLinks(LINK(words) as never, 'kiln.dreamwidth.org/200', 'https://kiln.dreamwidth.org/200.html').partLinks).toEqual([]);
  });
});
