/**
 * Styles the whole LiveJournal code family shares (LiveJournal until ~2015, InsaneJournal,
 * JournalFen, DeadJournal, Scribbld, and Dreamwidth's older layers): S2 system layouts and S1.
 * Tried after a site's own styles.
 */
import { DETECTOR_BUILD } from '../build-flags';
import type { SiteAdapter } from './types';

export const ljFamily: SiteAdapter = {
  styles: [
    {
      // Bloggish, Component, Tabula Rasa… (S2 "sixhtml" core): .entry > .entry-content > .entry-body.
      // Clean and Simple prints the heading (time: subject) inside the text's own div.entrytext,
      // the one place a subject and permalink inside the body are the post's own (.entryheading).
      name: 's2-bloggish',
      post: 'div.entry, div.asset',
      body: ['.entry-body', '.asset-body', '.entry-content', '.entrytext', '.entry_text', '.entry-text', '.entryText', '.entrybody'],
      subject: ['.entry-header', '.asset-name', '.entry-title', '.entryheading .subject', '.subject', 'h3', 'h2'],
      poster: DETECTOR_BUILD ? [] : ['.entry-poster', '.poster', '.asset-meta', '.entry-footer', '.entry-header', '.entryheading .altposter', 'td.datecontent'],
      permalink: [
        'a.permalink',
        '.entry-header a[href]',
        '.asset-name a[href]',
        '.entry-title a[href]',
        '.entryheading .subject a[href]',
        '.subject a[href]',
        'a[href$=".html"]',
        '.talklinks a[href]',
      ],
      // - JournalFen, S2 Bloggish: div.entry > h3.entry-header; div.entry-content > div.entry-body;
      //   p.entry-footer 'Posted on … | Link'.
      // - LiveJournal S2 Clean and Simple via Wayback: div.entry > div.entrytext holding the nav div, the post,
      //   a 'Tags:' line and div.talklinks.
      // - Clean and Simple as LiveJournal's own layer prints it (s2layers/cleansimple): div.entrytext >
      //   span.entryheading (span.timestamp, span.subject > a.subj-link), the text, div.currents, a bare
      //   'Tags:' line, the comment links.
      // - S1 Clean and Simple (lastn): div.entry#entryN > div.entrytext (span.entryheading: span.altposter, span.timestamp,
      //   span.subject with no link), then div.talklinks: the comment links are the only links to the entry.
      // - S2 Refried Paper (s2layers/refriedpaper): div.entry > a table of td.dateheader / td.datecontent rows ("User:
      //   community (posted by poster)", "Date:", "Subject:", "Tags:") above div.entry-text (posts.ts `subjectRow`).
      examples: DETECTOR_BUILD ? [] : ['jf-bloggish-rulefive', 'wayback-lj-cleansimple', 'lj-cleansimple2008-recent-subject-in-text-div', 'jf-refried2009-recent-subject-row-drabble-hayward'],
    },
    {
      // Generator (S2 and its S1 look-alike): table.entrybox, subject in td.caption, the post in
      // the wide cell under it.
      name: 's2-generator',
      post: 'table.entrybox',
      body: ['td.entry', "td[colspan='2']", 'td[colspan]'],
      subject: ['td.caption'],
      poster: DETECTOR_BUILD ? [] : ['.poster', "td[colspan='2'] > table .ljuser", 'td.index .ljuser'],
      permalink: ['td.comments a[href$=".html"]', 'a[href$=".html"]'],
      // InsaneJournal community: table.entrybox > td.caption (subject); td[colspan=2] holds the go.bml nav div,
      // the poster table and the post. (LiveJournal's: a not-story.)
      examples: DETECTOR_BUILD ? [] : ['ij-generator-community-drabble', 'lj-generator-ficathon-notstory'],
    },
    {
      // Disjointed (s2layers/disjointed): each entry a table.entries of corner cells, the subject in the first row's
      // td.metabox (no element of its own), the poster of a community entry in td.altposter ("community - (poster)"),
      // the text in td.entrybox > div.entrytext with the metadata's table.currbox ("tags:") after it, the link bar in
      // the bottom td.metabox. Comments are printed by the same print_entry, each in its div#ljcmtN (chrome).
      name: 's2-disjointed',
      post: 'table.entries',
      body: ['div.entrytext'],
      subject: ['td.metabox'],
      poster: DETECTOR_BUILD ? [] : ['td.altposter'],
      permalink: ['a.subj-link', 'td.metabox a[href$=".html"]'],
      examples: DETECTOR_BUILD
        ? []
        : ['ij-disjointed2011-journal-tagsonly-weirbank-1', 'ij-disjointed2011-community-altposter-tagsonly-weirbank-2', 'lj-disjointed2008-recent-tagsonly-memories-line-sedge'],
    },
    {
      // S2 Magazine (s2layers/magazine): each entry one div.H3Holder holding the userpic box div.Picture (with the poster's
      // name when it is not the journal's: chrome.ts), an h3 of the time and " - <em>SUBJECT</em>" (in an a.subj-link off
      // the entry page), the text, div.ljtags, div.Currents, div.Comment; the comments after it, outside. The box is the
      // post's text: the time-and-subject line is dropped as a core1 layout's is (index.ts `dropSubjectLine`).
      name: 's2-magazine',
      post: 'div.H3Holder',
      body: ['div.H3Holder'],
      subject: ['h3 em'],
      subjectInBody: true,
      // (S1 Magazine's has no subject link: its comment links name the entry.)
      permalink: ['a.subj-link', 'div.Comment a[href*=".html"]:not([href*="mode=reply"])'],
      examples: DETECTOR_BUILD
        ? []
        : ['sc-magazine2008-community-poster-in-picture-tidedoor', 'dj-magazine2005-recent-cut-text-names-fic-kelpkeeper', 'lj-s1magazine2008-recent-subject-after-time-auntdot'],
    },
    {
      name: 's2-generic',
      post: '.entry, .post, .entrybox, .journal-entry, .entry_container, .entrywrap, .entry-wrap, .hentry',
      body: [
        '.entry_text',
        '.entrytext',
        '.entry-text',
        '.entryText',
        '.entrybody',
        '.entry-body',
        '.entry_body',
        '.entry-content',
        '.entrycontent',
        '.post-content',
        '.postcontent',
        '.text',
        '.content',
      ],
      subject: ['.subject', '.entry-title', '.entry_subject', '.entrysubject', '.caption', 'h2', 'h3'],
      poster: DETECTOR_BUILD ? [] : ['.poster', '.entry-poster', '.userinfo', '.author'],
      permalink: ['a.permalink', '.subject a[href]', '.entry-title a[href]', 'a[href$=".html"]'],
      // Layouts nobody listed by name (Smooth Sailing on LiveJournal and Scribbld): .entry or .post around .entry_text.
      // Quite Lickable (s2layers/lickable, a "Cascadadelic" layout): div.entry > div.entryheader > h3.entrysubject, then
      // div.entrycontent; its comments are div.entry#ljcmtN inside ul.comments (chrome, never posts).
      // Layouts that mark entries with the hAtom microformat (Understroke, s2layers/understroke): div.hentry >
      // h2.entry-title, p.poster, div.metadata, div.entry-content.text; comments are div.comment-wrap.
      examples: DETECTOR_BUILD
        ? []
        : [
            'lj-s2smoothsailing-tableheader-saltlines',
            'sc-smoothsailing-entry-sundaypost',
            'lj-lickable2009-recent-subject-link-parts-fortyonesheep',
            'lj-understroke2008-recent-subject-parts-withies',
          ],
    },
  ],
};
