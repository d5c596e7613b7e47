/**
 * The two DOM implementations the bench runs on. Each gives: a document for a page at its URL (what
 * extraction and Readability run on), a parser for the floor (the parse alone, in a window made
 * beforehand), and a deep clone (Readability changes the document it is given, so every timed run
 * gets a fresh one). Making windows, clones and cleaning up is never timed.
 *
 * Memory: both implementations keep more than they should of documents made in a long loop (jsdom
 * ~0.4 MB per Readability run on a clone, happy-dom ~1.7 MB per parse in one window, until the
 * window is closed). Hence `dispose` after every run, a fresh happy-dom window per parse, `settle`
 * (happy-dom holds the tasks a run queued until its window runs them), and each timing phase in its
 * own process (core/isolate.ts).
 */

import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';

export type DomName = 'jsdom' | 'happy-dom';
export const DOMS: DomName[] = ['jsdom', 'happy-dom'];

const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
} as const;

export interface Parser {
  /** DOMParser.parseFromString(html, 'text/html'): the timed part. */
  parse(html: string): Document;
  /** Untimed: drop what the parses made. */
  close(): Promise<void>;
}

export interface DomImpl {
  name: DomName;
  /** A document for the page, with its URL (relative links resolve as on the site). Scripts never run. */
  load(html: string, url: string): Document;
  /** A parser in a window made now (so window creation is not in the parse figure). */
  parser(): Parser;
  clone(doc: Document): Document;
  /** Untimed, after a run on `doc` (a page's document, or a clone of `of`): let the DOM finish what the run queued. */
  settle(of: Document): Promise<void>;
  /** Untimed: empty a clone, so what is kept of it is small. */
  dispose(clone: Document): void;
}

const emptyOut = (doc: Document) => doc.documentElement?.remove();

function jsdomImpl(): DomImpl {
  const parserWindow = new JSDOM('', { url: 'https://www.livejournal.com/' }).window;
  const domParser = new parserWindow.DOMParser();
  return {
    name: 'jsdom',
    load: (html, url) => new JSDOM(html, { url }).window.document,
    parser() {
      const made: Document[] = [];
      return {
        parse(html) {
          const d = domParser.parseFromString(html, 'text/html');
          made.push(d);
          return d;
        },
        close: async () => made.splice(0).forEach(emptyOut),
      };
    },
    clone: (doc) => doc.cloneNode(true) as Document,
    settle: async () => {},
    dispose: emptyOut,
  };
}

function happyImpl(): DomImpl {
  const windows = new WeakMap<Document, Window>();
  return {
    name: 'happy-dom',
    load(html, url) {
      const w = new Window({ url, settings: HAPPY_SETTINGS });
      const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      windows.set(doc, w);
      return doc;
    },
    parser() {
      const w = new Window({ url: 'https://www.livejournal.com/', settings: HAPPY_SETTINGS });
      const domParser = new w.DOMParser();
      return {
        parse: (html) => domParser.parseFromString(html, 'text/html') as unknown as Document,
        close: () => w.happyDOM.close(),
      };
    },
    clone: (doc) => doc.cloneNode(true) as Document,
    async settle(of) {
      await windows.get(of)?.happyDOM.waitUntilComplete();
    },
    dispose: emptyOut,
  };
}

export function domImpl(name: DomName): DomImpl {
  return name === 'jsdom' ? jsdomImpl() : happyImpl();
}
