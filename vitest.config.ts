import { defineConfig } from 'vitest/config';

// One suite, seven projects: pure unit tests (server and web), web components in jsdom; the same integration tests on PGlite and on
// PostgreSQL 15; browser journeys in Chromium. None of them skips: a missing engine fails.
const integration = ['server/**/*.int.test.ts', 'tests/**/*.int.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['server/**/*.unit.test.ts', 'scripts/**/*.unit.test.ts', 'bench/**/*.unit.test.ts'], env: { NODE_ENV: 'test' } } },
      // The web's logic (no DOM): dates in Beijing time, the self-demotion rule, … (issue 10, item 6).
      { extends: true, test: { name: 'web', include: ['web/src/**/*.unit.test.ts'], env: { NODE_ENV: 'test', TZ: 'UTC' } } },
      // The web's components in a simulated DOM (jsdom): what the user sees, with fetch stubbed (the server is outside the unit).
      {
        extends: true,
        test: {
          name: 'web-dom',
          include: ['web/src/**/*.unit.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/dom-setup.ts'],
          env: { NODE_ENV: 'test', TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: integration,
          env: { NODE_ENV: 'test', ANXIN_TEST_ENGINE: 'pglite' },
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          env: { NODE_ENV: 'test', ANXIN_TEST_ENGINE: 'postgres' },
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      {
        // The built server as a process: start, data-directory lock, signals, both engines.
        extends: true,
        test: { name: 'process', include: ['tests/process/**/*.process.test.ts'], env: { NODE_ENV: 'production' }, testTimeout: 90_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          env: { NODE_ENV: 'test' },
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
