// The unit tests Stryker runs against each mutant: everything but the tests that run the built
// CLI or worker pool from dist/ (a mutant lives in src/ only).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli.test.ts', 'test/batch-workers.test.ts', 'test/extracted.test.ts', 'test/eval-floors.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
