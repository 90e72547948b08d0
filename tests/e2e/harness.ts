import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export type Journey = {
  browser: Browser;
  server: RunningServer;
  /** A fresh browser profile; a failing test leaves a screenshot .tmp/e2e-failed-<name>.png. */
  /** A new browser profile; `locale` is the browser's language (zh-CN unless given). */
  open: (name: string, opts?: { locale?: string }) => Promise<{ context: BrowserContext; page: Page }>;
};

/**
 * One built server (fresh database, demo data) and one Chromium per test file. A failure to
 * start either is rethrown inside every test, so the tests fail — they are never skipped.
 * The server must exit cleanly (code 0) on SIGTERM.
 */
export function useJourney(): () => Journey {
  const state: { browser?: Browser; server?: RunningServer; error?: unknown } = {};
  beforeAll(async () => {
    try {
      state.browser = await launchBrowser();
      state.server = await startServer();
    } catch (err) {
      state.error = err;
    }
  }, 120_000);
  afterAll(async () => {
    await state.browser?.close();
    if (state.server) expect(await state.server.stop()).toBe(0);
  }, 30_000);
  return () => {
    if (state.error) throw state.error;
    if (!state.browser || !state.server) throw new Error('The journey environment did not start');
    const { browser, server } = state;
    return {
      browser,
      server,
      open: async (name, opts = {}) => {
        const opened = await newPage(browser, server.baseUrl, opts.locale);
        onTestFailed(async () => {
          await screenshot(opened.page, `failed-${name}`).catch(() => undefined);
        });
        return opened;
      },
    };
  };
}

/** Journeys drive a real browser through several pages: more than the default test time. */
export const JOURNEY_TIMEOUT = 120_000;
