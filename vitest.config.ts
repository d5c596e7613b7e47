import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure code, DOM implementations (jsdom, happy-dom) and fake-indexeddb.
// The browser suites live in vitest.e2e.config.ts so `npm run test:unit` never needs a browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // A guard against hangs, not a speed check (speed is `npm run bench`'s): the tests that walk every
    // fixture page take 20-60 s on 2 busy cores, and a timeout there says nothing about the code.
    testTimeout: 120_000,
  },
});
