// @vitest-environment jsdom
/** The reader's one DOMPurify configuration: what survives and what never does. */
import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../utils/safe-link';
import { sanitizeToString } from '../../utils/sanitize';

const base = 'https://some-user.livejournal.com/123.html';
const clean = (html: string, loadImages = true) => sanitizeToString(html, { baseUrl: base, loadImages });

describe('sanitizePostHtml', () => {
  it('keeps prose, inline formatting, links and images', () => {
    const out = clean('<p>She <i>ran</i>, <b>fast</b>. <a href="/456.html">Part 2</a> <img src="pic.jpg" alt="x"></p>');
    expect(out).toContain('<i>ran</i>');
    expect(out).toContain('<b>fast</b>');
    expect(out).toContain('href="https://some-user.livejournal.com/456.html"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('src="https://some-user.livejournal.com/pic.jpg"');
  });
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="x.swf"></object>',
    '<embed src="x.swf">',
    '<form action="https://evil.example/"><input name=q></form>',
    '<style>body{display:none}</style>',
    '<p style="position:fixed;inset:0">cover</p>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<svg onload="alert(1)"><circle/></svg>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<div class="inkwell-dialog" id="x">x</div>',
  ])('removes what is dangerous in %s', (html) => {
    const out = clean(html);
    expect(out).not.toMatch(/<script|onerror|onload|javascript:|<iframe|<object|<embed|<form|<input|<style|style=|<base|<meta|<svg|data:text|class=|id=/i);
  });
  it('keeps http(s) links only, a journal’s as https', () => {
    const out = clean('<a href="mailto:a@b.c">m</a><a href="http://other-user.dreamwidth.org/5.html">j</a><a href="http://elsewhere.example/">e</a><a href="file:///x">f</a>');
    expect(out).not.toMatch(/mailto:|file:/);
    expect(out).toContain('href="https://other-user.dreamwidth.org/5.html"');
    expect(out).toContain('href="http://elsewhere.example/"');
    expect(safeLinkUrl('http://web.archive.org/web/2009/http://a.livejournal.com/1.html')).toBe('https://web.archive.org/web/2009/http://a.livejournal.com/1.html');
    expect(safeLinkUrl('https://u:p@a.livejournal.com/')).toBeNull();
    expect(safeLinkUrl(' javascript:alert(1)')).toBeNull();
  });
  it('turns images into links when remote images are off', () => {
    const out = clean('<p><img src="https://pics.example/a.png" alt="map"></p>', false);
    expect(out).not.toContain('<img');
    expect(out).toContain('[image: map]');
    expect(out).toContain('href="https://pics.example/a.png"');
  });
});
