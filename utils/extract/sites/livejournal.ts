/**
 * LiveJournal page styles, newest first. Selectors are data; each style names the fixtures of
 * the real page shapes it was written from.
 */
import { DETECTOR_BUILD } from '../build-flags';
import type { SiteAdapter } from './types';

export const livejournal: SiteAdapter = {
  styles: [
    {
      name: 'lj-aentry',
      post: 'article.aentry, div.aentry, .entryunit',
      body: ['.aentry-post__text', '.entryunit__text'],
      subject: ['.aentry-post__title-text', '.aentry-post__title', '.entryunit__title'],
      poster: DETECTOR_BUILD ? [] : ['.aentry-head__author', '.aentry-post__author', '.entryunit__author', '.aentry-head'],
      permalink: ['.aentry-post__title a[href]', '.entryunit__title a[href]', 'a.aentry-post__title-link'],
      // 2017+ post page: article.aentry > h1.aentry-post__title > span.aentry-post__title-text;
      // .aentry-head__author .ljuser; div.aentry-post__text--view.
      examples: DETECTOR_BUILD ? [] : ['lj-post2017-onestepbehind-part1', 'lj-post2017-onestepbehind-part2'],
    },
    {
      name: 'lj-singlepost',
      post: '.b-singlepost-wrapper, .b-singlepost',
      body: ['article.b-singlepost-body', '.b-singlepost-body', '.b-singlepost-bodytext'],
      subject: ['.b-singlepost-title'],
      poster: DETECTOR_BUILD ? [] : ['.b-singlepost-author-user', '.b-singlepost-author', '.b-singlepost-author-userinfo'],
      permalink: ['.b-singlepost-title a[href]'],
      // 2016+: .b-singlepost-wrapper > .b-singlepost-author-user .ljuser; h1.b-singlepost-title;
      // article.b-singlepost-body; tags in .b-singlepost-tags inside the body wrapper; comments in .b-xylem/.b-tree.
      examples: DETECTOR_BUILD ? [] : ['lj-singlepost-tareweight-part1', 'lj-singlepost-tareweight-part2-community'],
    },
    {
      // The mobile site's pages, m.livejournal.com/read/user/NAME/N, in every shell it had (modelled: see the note below).
      name: 'lj-mobile',
      post: '.p-mobile-entry .b-entry, .p-mobile .item, .post, .entry',
      body: ['.item-text', '.post-body', '.post-text', '.post-content', '.entry-text', '.entry-body'],
      subject: ['.item-subject', '.post-title', '.post-subject', '.entry-subject', '.entry-title'],
      poster: DETECTOR_BUILD ? [] : ['.item-header .ljuser', '.item-header', '.post-author', '.entry-poster'],
      permalink: ['.item-subject a[href]', '.post-title a[href]', '.post-subject a[href]', '.entry-subject a[href]'],
      // MODELLED, not copied: no public copy of the mobile site's templates exists (LiveJournal's open code
      // ends in 2010, before it; its htdocs/mobile/*.bml only list entries and link them as ?format=light). Its shells
      // as the pages showed them, 2012 to 2020: a device-width page, the post's HTML unchanged inside one box with a
      // heading for the subject and a block for the text (2012's `.item` / `.item-subject` / `.item-text`, later
      // `.entry` / `.entry-subject` / `.entry-text` and `.post` / `.post-title` / `.post-body`, `.post-text`,
      // `.post-content`), the tags under it, the layout's "Previous / Next" (direct links to the neighbouring entries,
      // no subjects), links into the mobile site (/read/user/NAME/N), a "Full version" link. Only on the mobile host
      // (`mobileOnly`): `post` and `entry` are any layout's words elsewhere.
      mobileOnly: true,
      examples: DETECTOR_BUILD
        ? []
        : ['lj-mobile-jumpcoords-part2', 'lj-mobile2014-entry-shell-headerless-saltings-2', 'lj-mobile2017-post-shell-chalkhorse-1', 'lj-mobile2020-section-shell-hollowbells-2of2'],
    },
    {
      // ?format=light, 2011: "Name (user) wrote," + metadata table + the post in an indented div.
      name: 'lj-light-2011',
      post: 'body',
      body: ["div[style*='margin-left: 30px']", "div[style*='margin-left:30px']"],
      // The subject's <font size='+1'>, after the Mood/Music/Tags table when there is one (then
      // inside the <p> talkread opens after that table).
      subject: [
        "div[style*='margin-left: 30px'] font[size='+1'] b",
        "div[style*='margin-left:30px'] font[size='+1'] b",
        "div[style*='margin-left: 30px'] > font b",
        "div[style*='margin-left:30px'] > font b",
      ],
      poster: DETECTOR_BUILD ? [] : ['body > p:first-of-type', 'body > table:first-of-type', 'body'],
      entryPageOnly: true,
      // ?format=light, 2009-2011: <p><table>…Name (ljuser) wrote,…</table>, <hr>, prev/next table, then
      // <div style='margin-left: 30px'> holding an 'Entry tags' table, the subject in <font size='+1'><i><b>,
      // and the post; comments in #Comments. When the entry has a mood, music, location or tags
      // (LiveJournal's open-source code, htdocs/talkread.bml), a <table> of them comes first in that div,
      // closed with "</table><p>": the subject's <font> is then inside that <p> (also JournalFen's S1).
      // Since ~2013 the div has no margin style: read by the fallbacks (lj-light2013-currents-maplink-riverstones).
      examples: DETECTOR_BUILD ? [] : ['lj-light-nightwatch', 'lj-light2011-russian-currents-snowfall', 'jf-s1talkread2006-ch-subject-total-in-header-mossgarden'],
    },
  ],
};
