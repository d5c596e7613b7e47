import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium and Firefox ESR, against journal pages
// served at their real hostnames over HTTPS on loopback. Files run one at a time: two browsers
// at once on a 2-core CI machine only makes both flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
