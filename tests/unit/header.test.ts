// @vitest-environment jsdom
/**
 * Every header shape journals use, as small posts: the fields read, the header's end found, the
 * prose left whole. One post per shape, so a failure names the shape.
 */
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../utils/extract/body';
import { findHeader, parseLabelLine, trailingHeader } from '../../utils/extract/header';
import { LEXICON, lookupLabel, mayOpenLabel, NON_FIELD_LABELS } from '../../utils/extract/lexicon';
import { flattenLines } from '../../utils/extract/lines';
import { parsePartMarker } from '../../utils/extract/parts';

const PROSE = 'The rain had not stopped for three days, and Maren had stopped expecting it to.';

function read(html: string, subject = '') {
  const div = document.createElement('div');
  div.innerHTML = html;
  const lines = flattenLines(div);
  const header = findHeader(lines, subject);
  const body = buildBody(lines.slice(header.end));
  return { fields: header.fields, notes: header.headerNotes, body: body.text };
}

describe('header shapes', () => {
  it.each([
    ['Label: value lines with <br>', `Title: Rain<br>Fandom: Original<br>Rating: G<br><br>${PROSE}`],
    ['bold labels', `<b>Title:</b> Rain<br><b>Fandom:</b> Original<br><b>Rating:</b> G<br><br>${PROSE}`],
    ['colon outside the bold', `<b>Title</b>: Rain<br><b>Fandom</b>: Original<br><b>Rating</b>: G<br><br>${PROSE}`],
    ['strong labels in paragraphs', `<p><strong>Title:</strong> Rain</p><p><strong>Fandom:</strong> Original</p><p><strong>Rating:</strong> G</p><p>${PROSE}</p>`],
    ['labels in a table', `<table><tr><td>Title</td><td>Rain</td></tr><tr><td>Fandom</td><td>Original</td></tr><tr><td>Rating</td><td>G</td></tr></table><p>${PROSE}</p>`],
    ['Title || X', `Title || Rain<br>Fandom || Original<br>Rating || G<br><br>${PROSE}`],
    ['lower-case labels', `title: Rain<br>fandom: Original<br>rating: G<br><br>${PROSE}`],
    ['decorated labels', `~*Title*~ Rain<br>~*Fandom*~ Original<br>.:Rating:. G<br><br>${PROSE}`],
    ['fields run together on one line', `<p>Title: Rain Fandom: Original Rating: G</p><p>${PROSE}</p>`],
    ['fields run together with bars', `<p>Title: Rain | Fandom: Original | Rating: G</p><p>${PROSE}</p>`],
    ['bold fields run together', `<p><b>Title:</b> Rain <b>Fandom:</b> Original <b>Rating:</b> G</p><p>${PROSE}</p>`],
    ['header in a styled div', `<div style="border:1px dashed">Title: Rain<br>Fandom: Original<br>Rating: G</div>${PROSE}`],
    ['header in a styled span', `<span style="font-size:small">Title: Rain<br>Fandom: Original<br>Rating: G</span><br><br>${PROSE}`],
    ['fields after an opening note', `Written for the spring exchange. Thanks to my beta!<br><br>Title: Rain<br>Fandom: Original<br>Rating: G<br><br>${PROSE}`],
    ['a cut after the header', `Title: Rain<br>Fandom: Original<br>Rating: G<br><a name="cutid1"></a>${PROSE}`],
    ['values on the line under their labels', `<b>Title:</b><br>Rain<br><b>Fandom:</b><br>Original<br><b>Rating:</b><br>G<br><br>${PROSE}`],
    ['a definition list', `<dl><dt>Title</dt><dd>Rain</dd><dt>Fandom</dt><dd>Original</dd><dt>Rating</dt><dd>G</dd></dl><p>${PROSE}</p>`],
  ])('%s', (_shape, html) => {
    const r = read(html);
    expect(r.fields).toEqual({ title: 'Rain', fandom: 'Original', rating: 'G' });
    expect(r.body).toBe(PROSE);
  });

  it('continues summaries and notes over unlabelled lines, not short fields', () => {
    const r = read(`Title: Rain<br>Rating: G<br>Summary: Three days of rain.<br>Nobody leaves the house.<br>Notes: For Ash.<br>Title from a song.<br><br>${PROSE}`);
    expect(r.fields.summary).toBe('Three days of rain. Nobody leaves the house.');
    expect(r.fields.notes).toBe('For Ash. Title from a song.');
    expect(r.body).toBe(PROSE);
  });

  it('keeps an unlabelled line between short fields as a header note, neither field nor body', () => {
    const r = read(`Title: Rain<br>Disclaimer: Not mine.<br>Many thanks to my beta, who is a saint.<br>Rating: G<br><br>${PROSE}`);
    expect(r.fields).toEqual({ title: 'Rain', disclaimer: 'Not mine.', rating: 'G' });
    expect(r.notes).toEqual(['Many thanks to my beta, who is a saint.']);
    expect(r.body).toBe(PROSE);
  });

  it('does not take labels inside the prose for a header', () => {
    const r = read(`"Read it to me," she said.<br><br>${PROSE}<br><br>He read the top of the page aloud.<br><br>Title: Deed of Sale<br>Rating: binding<br><br>Then he signed.`);
    expect(r.fields).toEqual({});
    expect(r.body).toContain('Title: Deed of Sale');
  });

  it('reads a link after a dot or bar at the end of a value as navigation, not value', () => {
    const r = read(`Title: Rain<br>Fandom: Original<br>Rating: G · <a href="https://x.dreamwidth.org/tag/rain">All parts</a><br><br>${PROSE}`);
    expect(r.fields).toEqual({ title: 'Rain', fandom: 'Original', rating: 'G' });
    const plain = read(`Title: Rain<br>Fandom: Original · Crossover<br>Rating: G<br><br>${PROSE}`);
    expect(plain.fields.fandom).toBe('Original · Crossover');
  });

  it('takes a note to the readers in italics right after the header for the header, not italic prose', () => {
    const r = read(`Title: Rain<br>Fandom: Original<br>Rating: G<br><br><i>A WIP: I'll post the rest as I go.</i><br><br>${PROSE}`);
    expect(r.notes).toEqual(["A WIP: I'll post the rest as I go."]);
    expect(r.body).toBe(PROSE);
    const story = read(`Title: Rain<br>Fandom: Original<br>Rating: G<br><br><i>The letter came on a Tuesday.</i><br><br>${PROSE}`);
    expect(story.body).toBe(`The letter came on a Tuesday.\n\n${PROSE}`);
    // In brackets: a note, or a link to the part before; a bracketed line of prose stays prose.
    const part = read(`Title: Rain<br>Rating: G<br><br>(part one is <a href="https://x.dreamwidth.org/5.html">here</a>, and no idea how many more)<br><br>${PROSE}`);
    expect(part.body).toBe(PROSE);
    const aside = read(`Title: Rain<br>Rating: G<br><br>(The letter came on a Tuesday.)<br><br>${PROSE}`);
    expect(aside.body).toBe(`(The letter came on a Tuesday.)\n\n${PROSE}`);
  });

  it.each([
    ['a comments line', 'Comments make my week :)'],
    ['an aside in brackets', '(Yes, the title is a pun. I regret nothing.)'],
    ['a note after a text divider', '* ~ * ~ *<br><br>Happy solstice, flist! More after the holidays.'],
    ['a note after a rule', '<hr>Happy new year, everyone!'],
  ])('leaves out %s after the story', (_shape, footer) => {
    const r = read(`Title: Rain<br>Rating: G<br><br>${PROSE}<br><br>${PROSE}<br><br>${footer}`);
    expect(r.body).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('keeps a scene break and the story going on after it', () => {
    const r = read(`Title: Rain<br>Rating: G<br><br>${PROSE}<br><br>* * *<br><br>In the morning the sun came out.`);
    expect(r.body).toBe(`${PROSE}\n\n* * *\n\nIn the morning the sun came out.`);
  });

  it("does not take a short story for the header because a navigation label follows it ('Table of contents: here')", () => {
    const toc = '<a href="https://x.dreamwidth.org/5.html">here</a>';
    const r = read(`Title: Rain<br>Rating: G<br><br>The rain came down.<br><br>She waited by the door for a long time.<br><br>Table of contents: ${toc}`);
    expect(r.fields).toEqual({ title: 'Rain', rating: 'G' });
    expect(r.body).toBe('The rain came down.\n\nShe waited by the door for a long time.');
    // A note between the header's lines and such a label stays the header's.
    const n = read(`Title: Rain<br>Rating: G<br>Many thanks to my beta!<br>Masterpost: ${toc}<br><br>${PROSE}`);
    expect(n.notes).toEqual(['Many thanks to my beta!']);
    expect(n.body).toBe(PROSE);
  });

  it("takes a serial's recap line under the header ('Previously:', 'Last time:') for the header's", () => {
    for (const recap of ['<i>Previously: the river froze.</i>', '<em>Last time: Laura lost the money.</em>', '<i>The story so far: a house by the river.</i>']) {
      const r = read(`Title: Rain<br>Rating: G<br><br>${recap}<br><br>${PROSE}`);
      expect(r.fields, recap).toEqual({ title: 'Rain', rating: 'G' });
      expect(r.body, recap).toBe(PROSE);
    }
  });

  it("ends a summary with the header's own block: a thank-you line under it is a note", () => {
    const r = read(`<div align="center">Title: Rain<br>Rating: G<br>Summary: It rains.</div><p>Thank you to my beta!</p><p>Notes: for x</p><p>${PROSE}</p>`);
    expect(r.fields).toEqual({ title: 'Rain', rating: 'G', summary: 'It rains.', notes: 'for x' });
    expect(r.notes).toEqual(['Thank you to my beta!']);
    // A summary in a paragraph of its own runs on into the next paragraph as before.
    const p = read(`<p>Title: Rain</p><p>Summary: The war is over.</p><p>Or is it?</p><p>Notes: for x</p><p>${PROSE}</p>`);
    expect(p.fields.summary).toBe('The war is over. Or is it?');
  });

  it('keeps a teaser paragraph before the cut in the body', () => {
    const r = read(`Title: Rain<br>Rating: G<br><br>${PROSE}<br><a name="cutid1"></a>The second paragraph.`);
    expect(r.body).toBe(`${PROSE}\n\nThe second paragraph.`);
  });
  it.each([
    [
      'in italics, full stops, part in words, a one-letter masterpost link',
      '<i>paper boats, part one of three. rating: g. masterpost: <a href="https://x.dreamwidth.org/5.html">x</a></i>',
      { rating: 'g' },
    ],
    ['in <em>, semicolons, a fraction', '<em>low tide; part 2/4; rating: teen; words: 1,200</em>', { rating: 'teen', wordCount: '1,200' }],
    ['opening with a label, full stops', '<em>fandom: cranford. rating: g. words: 150. miss matty &amp; co.</em>', { fandom: 'cranford', rating: 'g', wordCount: '150' }],
    ['in <small>, bars, no part', '<small>fic: lamplight | fandom: original | rating: pg | index: <a href="https://x.livejournal.com/5.html">»</a></small>', { fandom: 'original', rating: 'pg' }],
  ])('reads a run-on lower-case header line (%s)', (_shape, line, fields) => {
    const r = read(`${line}<br><br>${PROSE}`);
    expect(r.fields).toEqual(fields);
    expect(r.body).toBe(PROSE);
  });

  it('takes no sentence of prose with one label in it for a run-on header', () => {
    for (const opening of ['It was the third week of rain. Summary: nobody left the house.', 'She wrote two words. note: gone. He never read them.']) {
      const r = read(`${opening}<br><br>${PROSE}`);
      expect(r.fields, opening).toEqual({});
      expect(r.body, opening).toBe(`${opening}\n\n${PROSE}`);
    }
  });
});

describe('a part label with the index alone, and a bracketed summary line', () => {
  it.each([
    ['Part | 1', 'Title | Rain<br>Part | 1<br>Rating | G', { index: 1, total: null }],
    ['Chapter ~ Two', '<b>Title</b> ~ Rain<br><b>Chapter</b> ~ Two<br><b>Rating</b> ~ G', { index: 2, total: null }],
    ['Part | 2 (end): the end mark makes it the last', 'Title | Rain<br>Part | 2 (end)<br>Rating | G', { index: 2, total: 2 }],
  ])('%s', (_name, header, part) => {
    const div = document.createElement('div');
    div.innerHTML = `${header}<br><br>${PROSE}`;
    const found = findHeader(flattenLines(div));
    const label = found.labels.find((l) => l.key === null);
    expect(label && parsePartMarker(`Part ${label.value}`)).toEqual(part);
    expect(found.fields).toEqual({ title: 'Rain', rating: 'G' });
  });

  it('a dot leader sets an unlisted label off as a colon does: the summary ends before it', () => {
    const div = document.createElement('div');
    div.innerHTML = `title.... Rain<br>summary.... A wet week.<br>status.... complete<br>parts.... i | ii<br><br>${PROSE}`;
    const found = findHeader(flattenLines(div));
    expect(found.fields).toEqual({ title: 'Rain', summary: 'A wet week.' });
    expect(found.labels.map((l) => l.label)).toEqual(['title', 'summary', 'status', 'parts']);
  });

  it('a header after the prose (rule "a header after the prose"): the story is what comes before it', () => {
    const story = `${PROSE} ${PROSE}<br><br>She let them keep their argument, and the rain kept on.`;
    const at = (html: string) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      const lines = flattenLines(div);
      const h = trailingHeader(lines, findHeader(lines));
      // (The caller, index.ts, asks for two story fields, as of any header: notes are none.)
      return h && Object.keys(h.fields).filter((k) => k !== 'notes').length > 1 ? { fields: h.fields, body: buildBody(lines.slice(0, h.start)).text } : null;
    };
    expect(at(`${story}<hr><small>Title: Rain<br>Rating: G<br>Words: 100</small>`)).toEqual({
      fields: { title: 'Rain', rating: 'G', wordCount: '100' },
      body: expect.stringMatching(/^The rain.*rain kept on\.$/s),
    });
    expect(at(`${story}<br><br><i>Rain | Rating: G | Words: 100</i>`)?.fields).toEqual({ rating: 'G', wordCount: '100' });
    // A header at the top, a note at the end; one field at the end; an opening note over a header-only post.
    expect(at(`Title: Rain<br>Rating: G<br><br>${story}<br><br>Notes: for Maren.`)).toBeNull();
    expect(at(`${story}<hr>Notes: for the rain fest<br>Thanks to my beta.`)).toBeNull();
    expect(at(`Written for the rain fest, thanks to everyone who cheered me on, and to my beta, who is a saint and deserves a medal.<br>Title: Rain<br>Rating: G`)).toBeNull();
  });

  it('three dots are an ellipsis: "Part... of me" is no label', () => {
    expect(parseLabelLine({ text: 'Part... of me wanted to stay.', leadEmphasis: null })).toBeNull();
  });

  it('a word after the bar is no part label: "Part | of me" stays prose', () => {
    const div = document.createElement('div');
    div.innerHTML = `Part | of me wanted to stay.<br><br>${PROSE}`;
    expect(findHeader(flattenLines(div)).labels).toEqual([]);
  });

  it.each([
    ['bars in square brackets', '[Little Women | Amy, Laurie | G | 70 words]'],
    ['semicolons in parentheses', '(Persuasion; Anne/Wentworth; PG; 300 words)'],
    ['bullets in braces', '{Cranford • Miss Matty • Teen • 1.2k}'],
  ])('a bracketed summary line (%s) is header, not prose, and no fields', (_name, line) => {
    const r = read(`${line}<br><br>${PROSE}`);
    expect(r.body).toBe(PROSE);
    expect(r.notes).toEqual([line]);
    expect(r.fields).toEqual({});
  });

  it.each([
    ['an aside in brackets', '(I wrote this on the train; forgive the typos; it was late)'],
    ['two values only', '[Little Women | G]'],
    ['a bracketed list of names', '[Amy | Jo | Beth | Meg]'],
  ])('%s stays prose', (_name, line) => {
    const r = read(`${line}<br><br>${PROSE}`);
    expect(r.body).toBe(`${line}\n\n${PROSE}`);
  });
});

describe("a line's first word decides whether its labels are looked up (mayOpenLabel)", () => {
  // Every label of the lexicon, as authors write it: capitalised, upper case, with "(s)" and curly apostrophes.
  const labels = [...LEXICON.flatMap((row) => row.labels.split('|')), ...NON_FIELD_LABELS];
  const cap = (l: string) => l.replace(/^\p{L}/u, (c) => c.toUpperCase());
  it.each(labels.flatMap((l) => [cap(l), l.toUpperCase(), cap(l).replace(/'/g, '’'), `${cap(l).replace(/s$/, '')}(s)`]))('"%s: …" still reads as a label', (label) => {
    const expected = lookupLabel(label);
    // Not every label stands without its colon, and a label that is no field needs one anyway: the colon form.
    const line = parseLabelLine({ text: `${label}: the value`, leadEmphasis: null });
    if (expected) expect(line?.key).toBe(expected.key);
  });

  it('a line of prose is done with at its first word; a label-led line is not', () => {
    // ("The" may: "The story so far:".)
    expect(mayOpenLabel('She')).toBe(false);
    expect(mayOpenLabel('Maren')).toBe(false);
    expect(parseLabelLine({ text: PROSE, leadEmphasis: null })).toBeNull();
    for (const w of ['Title', 'TITLE', 'Warning', 'Warnings', 'Author’s', 'A', 'Summary']) expect(mayOpenLabel(w), w).toBe(true);
    expect(parseLabelLine({ text: 'Warning(s): none', leadEmphasis: null })?.key).toBe(lookupLabel('warnings')?.key ?? lookupLabel('warning')?.key);
  });
});

describe('rule "narration is no note" before a closing navigation label', () => {
  const story = [
    'The organ had one note that nobody could play, a small ivory key gone yellow at the top of the swell manual, taped down since 1952.',
    'Everyone in the town looked up when the note climbed out of the pipes, as if somebody had called their name across the square.',
  ];
  const header = '<b>Title:</b> Swell<br><b>Rating:</b> G<br><br>';
  const closing = '<br><br><b>Next:</b> <a href="https://x.livejournal.com/2.html">Part 2</a>';

  it('paragraphs of twenty words or more that talk to no one are the story, whatever note words they hold', () => {
    const r = read(header + story.join('<br><br>') + closing);
    expect(r.notes).toEqual([]);
    expect(r.body).toContain('ivory key');
    expect(r.body).toContain('Everyone in the town');
  });

  it('a short note, or one that talks to the readers, between labels is still the header’s', () => {
    const notes = ['Thanks to my beta for the note about the organ, and I hope everyone enjoys this one as much as I enjoyed writing it.', 'Written for the swap.'];
    const r = read(`${header + notes.join('<br><br>')}<br><br><b>Fandom:</b> Original<br><br>${story.join('<br><br>')}`);
    expect(r.notes).toEqual(notes);
    expect(r.fields.fandom).toBe('Original');
  });
});
