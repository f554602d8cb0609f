// `npm run mutate`: mutation testing with StrykerJS over the parts whose tests should catch
// any change (rule tables, the resolve and structure stages, the batch journal). Not run in
// CI: it takes long. Run a part with `npm run mutate -- --mutate src/io/batch/journal.ts`.
// Tests that run the built CLI (dist/) cannot see a mutant in src/, so they are left out.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/rules/**/*.ts',
    'src/core/zh/resolve-values.ts',
    'src/core/zh/attach-structure.ts',
    'src/core/en/resolve-values.ts',
    'src/core/en/attach-structure.ts',
    'src/core/en/structure.ts',
    'src/io/batch/journal.ts',
  ],
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
