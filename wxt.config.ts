import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DETECTOR_TERSER_OPTIONS } from './utils/extract/detector-minify';
import { extensionPagesCsp, JOURNAL_MATCHES, JOURNAL_ORIGIN_MATCHES } from './utils/hosts';
import { JOURNAL_SITES } from './utils/sites';

/** WXT plugins configured (modules may add them): read when the entrypoints are resolved, before any build. */
let wxtPluginCount: number | undefined;

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every module imports what it uses (defineContentScript, browser, ...), as the code always did.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: both browsers know modulepreload (Chrome 66, Firefox 115), and Vite put the polyfill into
  // reader-frame.html as a module script of its own, fetched and run before the frame's app on every open of the reader.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The reader page is reader.html (reader.html?story=ID), but 'reader' is already the name of
    // the reader's content script (content-scripts/reader.js), and WXT wants names unique: the page
    // lives in entrypoints/reader-page/ and takes its output name once the names were checked.
    'entrypoints:resolved': (wxt, entrypoints) => {
      wxtPluginCount = wxt.config.plugins.length;
      for (const e of entrypoints) if (e.name === 'reader-page' && e.type === 'unlisted-page') e.name = 'reader';
    },
    // The detector runs on every journal page and needs only runtime messaging, which both
    // browsers' native APIs give with promises: keep webextension-polyfill's bytes out of it
    // (the 15 KB gzipped budget). Everything else keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The reader's frame runs one classic script, everything inlined (its app): WXT puts a module script of its own
      // ahead of it in every HTML page, to start WXT plugins. Inkwell has none, so that module is empty, yet the frame
      // fetched and ran it, and its deferred app waited for it, on every open of the reader. Dropped there, while no
      // plugin is configured.
      if (entrypoints.some((e) => e.name === 'reader-frame')) {
        config.plugins = [
          ...(config.plugins ?? []),
          {
            name: 'inkwell:reader-frame-without-wxt-plugins',
            transformIndexHtml: {
              order: 'post',
              handler: (html, ctx) => {
                if (!ctx.filename.replace(/\\/g, '/').endsWith('/reader-frame/index.html')) return html;
                if (wxtPluginCount !== 0) throw new Error('reader-frame.html: WXT plugins are configured; the frame must start them now (wxt.config.ts)');
                return html.replace(/\s*<script type="module"[^>]*wxt-html-plugins[^>]*><\/script>/, '');
              },
            },
          },
        ];
      }
      // The same for its stages injected on demand (the comment walk where fills may be; the posts finder
      // for layouts no site style knows; the reading of a masterpost's list where a post may be one).
      if (entrypoints.length === 1 && ['journal', 'story-posts', 'comment-fills', 'unlisted-posts', 'masterpost-lists'].includes(entrypoints[0].name)) {
        // The detector's build of extraction (utils/extract/build-flags.ts): decisions only.
        config.define = { ...config.define, __INKWELL_DETECTOR__: 'true' };
        // Minified for size with terser (utils/extract/detector-minify.ts).
        config.build ??= {};
        config.build.minify = 'terser';
        config.build.terserOptions = DETECTOR_TERSER_OPTIONS;
        const alias = config.resolve?.alias;
        config.resolve ??= {};
        if (Array.isArray(alias)) config.resolve.alias = alias.filter((a) => a.find !== 'wxt/browser');
        else if (alias && typeof alias === 'object') {
          const { ['wxt/browser']: _polyfill, ...rest } = alias as Record<string, string>;
          config.resolve.alias = rest;
        }
        // WXT's content-script context, cut to what the detector uses (entrypoints/journal.content/context.ts).
        const context = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('entrypoints/journal.content/context.ts') };
        const current = config.resolve.alias;
        config.resolve.alias = Array.isArray(current)
          ? [context, ...current]
          : [context, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
      }
    },
  },
  // Store submission: Firefox reviewers get the sources, without tests, fixtures, benchmarks or the demo.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'harness/**', 'demo/**', 'docs/**', '.ci/**', '**/*.local.ts', 'scripts/demo.ts', 'scripts/screenshots.ts'],
  },
  manifest: ({ browser, command }) => ({
    name: 'Inkwell',
    description: `Reader mode for fanfiction on ${JOURNAL_SITES.map((s) => s.name).join(', ')} and their Wayback copies.`,
    // storage: settings; scripting (MV3 only): load the reader into a page on first use, so
    // journal pages do not carry it. IndexedDB needs no permission. Hosts: the journals only.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    host_permissions: JOURNAL_MATCHES,
    content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') },
    // The reader's frame (utils/reader-frame.ts): journal pages may load it, in Chrome only they. Firefox's MV2
    // list has no matches: any page may load it there, and gets nothing without a ticket (utils/reader-tickets.ts).
    web_accessible_resources: browser === 'firefox' ? (['reader-frame.html'] as unknown as never) : [{ resources: ['reader-frame.html'], matches: JOURNAL_ORIGIN_MATCHES }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inkwell@inkwell-reader.org',
              // 140: the first ESR that knows data_collection_permissions (web-ext lint).
              strict_min_version: '140.0',
              // Inkwell collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
