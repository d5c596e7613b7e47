/**
 * The detector's screen (utils/extract/screen.ts): the script every journal page loads asks the detector proper only where
 * the page's text shows a sign a story needs. Each sign alone says yes; an ordinary journal page (a diary entry with the
 * sites' own chrome: "Current Mood:", "Tags:", "Powered by", comment counts and dates) says no. That it says yes on every
 * saved page the detector finds a story on is detector-build.test.ts's check (every corpus, the built screen).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mayHoldStories } from '../../utils/extract/screen';

const PROSE =
  '<p>The allotment flooded again on Sunday, so we spent the afternoon moving the seed trays into the shed and arguing about whether the runner beans would forgive us.</p><p>They will not. Runner beans hold grudges.</p>';

/** A journal entry page around an entry's subject and text, with the site's chrome an ordinary page has. */
function page(subject: string, text: string, opts: { tags?: string[]; head?: string } = {}): Document {
  const tags = opts.tags?.length ? `<div class="ljtags"><strong>Tags:</strong> ${opts.tags.map((t) => `<a href="/tag/${t}">${t}</a>`).join(', ')}</div>` : '';
  const html = `<!DOCTYPE html><html><head><title>${opts.head ?? 'hazel_and_rue'}</title></head><body>
<div class="header"><h1>hazel and rue</h1><a href="/profile">Profile</a> | <a href="/friends">Friends</a> | <a href="/calendar">Calendar</a></div>
<div class="entry"><div class="date">Mar. 14th, 2009 | 09:12 pm</div><div class="subject">${subject}</div>
<div class="entry_text">${text}</div>
<div class="currents"><strong>Current Mood:</strong> soggy<br /><strong>Current Music:</strong> rain on the shed roof<br /><strong>Current Location:</strong> the kitchen</div>
${tags}<div class="comments"><a href="/1234.html#comments">3 comments</a> | <a href="/1234.html?mode=reply">Leave a comment</a></div></div>
<div class="footer"><a href="/?skip=20">Previous 20 entries</a> · Powered by <a href="https://www.livejournal.com">LiveJournal.com</a></div>
</body></html>`;
  return new JSDOM(html, { url: 'https://hazel-and-rue.livejournal.com/1234.html' }).window.document;
}

describe('the detector’s screen', () => {
  it('says no on ordinary journal pages: a diary entry, its moods, tags, counts, dates and footer', () => {
    expect(mayHoldStories(page('the runner beans have opinions', PROSE, { tags: ['garden', 'weather'] }))).toBe(false);
    expect(mayHoldStories(page('', `${PROSE}<p>Note to self: buy more string.</p>`, { tags: ['life'] }))).toBe(false);
    // One label alone is no header: a story needs two of its fields or another sign.
    expect(mayHoldStories(page('soup', `<p>Recipe: leek and potato, the usual.</p>${PROSE}`))).toBe(false);
    // "Posted by", "Powered by": a label's word inside a phrase is no label.
    expect(mayHoldStories(page('guest post', `${PROSE}<p>Posted by my sister, who owns the shed.</p>`))).toBe(false);
  });

  it('says yes on a fic word in a subject or a tag, a fill’s mark', () => {
    expect(mayHoldStories(page('Fic: The Weir Keeper', PROSE))).toBe(true);
    expect(mayHoldStories(page('[drabble] salt', PROSE))).toBe(true);
    expect(mayHoldStories(page('【SS】閉館のあとで', PROSE))).toBe(true);
    expect(mayHoldStories(page('the weir keeper', PROSE, { tags: ['my writing'] }))).toBe(true);
    expect(mayHoldStories(page('the weir keeper', PROSE, { tags: ['weather', 'fic: original'] }))).toBe(true);
    expect(mayHoldStories(page('prompts', `${PROSE}<div class="comment"><b>FILL: The Long Way Round</b></div>`))).toBe(true);
  });

  it('says yes on a part marker: a part word and its number, a fraction, a numeral closing a subject', () => {
    for (const subject of ['The Weir Keeper, Part 2', 'The Weir Keeper (2/5)', 'The Weir Keeper: Chapter the Second', 'Tiha voda. Частина 1', '2. rész', 'The Weir Keeper — IV']) {
      expect(mayHoldStories(page(subject, PROSE)), subject).toBe(true);
    }
    // A date is no fraction.
    expect(mayHoldStories(page('back on 3/14/2009', PROSE))).toBe(false);
  });

  it('says yes on a "continued in the next entry" line', () => {
    expect(mayHoldStories(page('Salt Orchard', `${PROSE}<p>Continued in the next entry.</p>`))).toBe(true);
  });

  it('says yes on two labels of a header, however they are set off, in any language the lexicon knows', () => {
    const two = [
      '<b>Title:</b> The Weir Keeper<br /><b>Rating:</b> PG<br />',
      '<b>♥ TITLE ♥</b> The Weir Keeper<br /><b>♥ FANDOM ♥</b> Original<br />',
      '<table><tr><th>Title</th><td>The Weir Keeper</td></tr><tr><th>Pairing</th><td>Ann/Rue</td></tr></table>',
      '<p>Title: The Weir Keeper Rating: G | Words: 300</p>',
      '<p>The Weir Keeper — title</p><p>Ann and Rue — characters</p>',
      '<p><img src="/t.png" alt="Title"> The Weir Keeper<br /><img src="/r.png" alt="Rating"> G</p>',
      '<p>Название: Тихая вода<br />Рейтинг: G</p>',
      // A swap's gift: its title and who it was for.
      '<p>Title: The Weir Keeper<br />For: rue_and_ann</p>',
    ];
    for (const header of two) expect(mayHoldStories(page('untitled', header + PROSE)), header).toBe(true);
    // A subject that is a header: a rating and a length in its brackets.
    expect(mayHoldStories(page('Counting Geese (G, 1,200 words)', PROSE))).toBe(true);
  });
});
