import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    restoreMocks: true,
    // Property tests run a hundred cases each; on a busy 2-core machine 5 s was too close.
    // A limit, not a measure: performance is measured in `npm run bench`.
    testTimeout: 20_000,
  },
});
