/**
 * Styles the whole LiveJournal code family shares (LiveJournal until ~2015, InsaneJournal,
 * JournalFen, DeadJournal, Scribbld, and Dreamwidth's older layers): S2 system layouts and S1.
 * Tried after a site's own styles.
 */
import { DETECTOR_BUILD } from '../build-flags';
import type { SiteAdapter } from './types';

export const ljFamily: SiteAdapter = {
  sites: ['livejournal', 'dreamwidth', 'insanejournal', 'journalfen', 'deadjournal', 'scribbld'],
  styles: [
    {
      // Bloggish, Component, Tabula Rasa… (S2 "sixhtml" core): .entry > .entry-content > .entry-body.
      // Clean and Simple prints the heading (time: subject) inside the text's own div.entrytext,
      // the one place a subject and permalink inside the body are the post's own (.entryheading).
      name: 's2-bloggish',
      post: 'div.entry, div.asset',
      body: ['.entry-body', '.asset-body', '.entry-content', '.entrytext', '.entry_text', '.entry-text', '.entryText', '.entrybody'],
      subject: ['.entry-header', '.asset-name', '.entry-title', '.entryheading .subject', '.subject', 'h3', 'h2'],
      poster: DETECTOR_BUILD ? [] : ['.entry-poster', '.poster', '.asset-meta', '.entry-footer', '.entry-header'],
      permalink: ['a.permalink', '.entry-header a[href]', '.asset-name a[href]', '.entry-title a[href]', '.entryheading .subject a[href]', '.subject a[href]', 'a[href$=".html"]'],
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
    },
    {
      name: 's2-generic',
      post: '.entry, .post, .entrybox, .journal-entry, .entry_container, .entrywrap, .entry-wrap',
      body: ['.entry_text', '.entrytext', '.entry-text', '.entryText', '.entrybody', '.entry-body', '.entry_body', '.entry-content', '.post-content', '.postcontent', '.text', '.content'],
      subject: ['.subject', '.entry-title', '.entry_subject', '.entrysubject', '.caption', 'h2', 'h3'],
      poster: DETECTOR_BUILD ? [] : ['.poster', '.entry-poster', '.userinfo', '.author'],
      permalink: ['a.permalink', '.subject a[href]', '.entry-title a[href]', 'a[href$=".html"]'],
    },
  ],
};

/*
 * Real page shapes these were written from (tests/fixtures/pages):
 * - jf/wrenhollow-30125 (JournalFen, S2 Bloggish): div.entry > h3.entry-header;
 *   div.entry-content > div.entry-body; p.entry-footer 'Posted on … | Link'.
 * - ij/community-thimble_drabbles-4410 (InsaneJournal community, S2 Generator): table.entrybox >
 *   td.caption (subject); td[colspan=2] holds the go.bml nav div, the poster table and the post.
 * - lj/oldmapsandtea-15302 (LJ, S2 Generator, not a story).
 * - wayback/…-inkstainedowl-12058 (LJ S2 Clean and Simple via Wayback): div.entry > div.entrytext
 *   holding the nav div, the post, a 'Tags:' line and div.talklinks.
 * - lj/clean_slate-recent (Clean and Simple as LJ's own layer prints it, s2layers/cleansimple):
 *   div.entrytext > span.entryheading (span.timestamp, span.subject > a.subj-link), the text,
 *   div.currents, a bare 'Tags:' line, the comment links.
 */
