// Failing networks in Firefox ESR with the built MV2 extension: the two failures whose detection depends most on the
// browser's fetch (a connection reset, and a redirect loop that fetch only reports as a network error) show their
// documented message and a Retry in part 2's article, the other parts stay readable, and Retry recovers the part.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInReader, clickReadButton, inReader, pollFor } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { ExtraPage, FaultSpec, FixtureServer } from '../../harness/fixture-server';
import { type FailureReason, failureMessage } from '../../utils/stitch';
import { HOSTILE_PAGES_JSON } from './support/hostile';
import { partWords, story } from './support/net-stories';

let server: FixtureServer;
let firefox: FirefoxSession;

const pages: Record<string, ExtraPage> = {};
const CASES: [string, FaultSpec, FailureReason][] = [
  ['reset', 'reset', 'network'],
  ['redirect-loop', 'redirect-loop', 'redirect-loop'],
];
const stories = new Map(CASES.map(([name]) => [name, story(pages, `ff-${name}`)]));

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: HOSTILE_PAGES_JSON, extraPages: pages });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const poll = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000): Promise<T> => pollFor(fn, ok, timeout);

const view = (page: Page) =>
  inReader(page, (root) => {
    const articles = root
      ? Array.from(root.querySelectorAll('article')).map((a) => ({
          url: a.querySelector('.ink-part-links a')?.getAttribute('href') ?? null,
          prose: inkDrawnText(a.querySelector('.ink-prose')),
          alert: inkDrawnText(a.querySelector('[role="alert"]')),
          buttons: Array.from(a.querySelectorAll('button')).map((b) => b.textContent ?? ''),
        }))
      : [];
    return { articles, loading: root ? root.querySelectorAll('[aria-busy="true"], [data-state="loading"]').length : -1 };
  });

describe('failing networks in Firefox', () => {
  for (const [name, fault, reason] of CASES) {
    it(`part 2 ${name}: “${failureMessage(reason).slice(0, 50)}…”, Retry recovers it, the rest readable`, async () => {
      const s = stories.get(name)!;
      const page = firefox.page;
      server.setFault(s.parts[1], fault);
      try {
        await firefox.openJournal(s.parts[0]);
        await clickReadButton(page);
        const v = await poll(
          () => view(page),
          (x) => x.articles.length === 3 && x.loading === 0 && x.articles.every((a) => a.prose || a.alert),
        );
        expect(v.articles.map((a) => a.url)).toEqual(s.parts);
        expect(v.articles[1].alert).toContain(failureMessage(reason));
        expect(v.articles[1].buttons).toContain('Retry');
        expect(v.articles[0].prose).toContain(partWords(s.journal, 1));
        expect(v.articles[2].prose).toContain(partWords(s.journal, 3));
        expect(server.overlapping()).toEqual([]);

        server.setFault(s.parts[1], null);
        await clickInReader(page, 'button', { within: 'article', withinNth: 1, text: /^Retry$/ });
        const fixed = await poll(
          () => view(page),
          (x) => !!x.articles[1]?.prose,
        );
        expect(fixed.articles[1].prose).toContain(partWords(s.journal, 2));
        expect(fixed.loading).toBe(0);
        await page.keyboard.press('Escape');
      } finally {
        server.setFault(s.parts[1], null);
      }
    });
  }
});
