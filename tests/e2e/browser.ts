import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT } from './server.js';

export const SCREENSHOT_DIR = path.join(ROOT, '.tmp');

/** Real Chromium. No fallback and no skip: if it cannot start, the journeys fail. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/** A fresh browser profile (cookies, localStorage) per journey; a Chinese office browser unless told otherwise. */
export async function newPage(browser: Browser, baseUrl: string, locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 860 }, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** For a person to look at: .tmp/e2e-<name>.png, once toasts, modals and field messages have moved in. */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `e2e-${name}.png`);
  // Not `animations: 'disabled'`: antd's field messages would then stay collapsed.
  await page.waitForTimeout(600);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Fill the login form and submit; the caller asserts where it lands. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await page.getByTestId('login-submit').waitFor();
}

/** Wait until the element shows the text (Playwright's locators retry; vitest's expect does not). */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

/**
 * Click a button inside a dialog or a popconfirm once it has finished opening. antd animates
 * them in (rc-motion's `…-appear-*` / `…-enter-*` classes); a click that lands meanwhile can be
 * lost (the reveal confirmation once stayed open in scope-and-reveal), so wait until none runs.
 */
export async function clickInDialog(page: Page, button: Locator): Promise<void> {
  await button.waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector(
    ['appear-prepare', 'appear-start', 'appear-active', 'enter-prepare', 'enter-start', 'enter-active'].map((s) => `[class*="-${s}"]`).join(', '),
  ));
  await button.click();
}

/** The open dropdown of an antd Select/TreeSelect (closed ones stay in the DOM, hidden). */
export function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/**
 * Choose an option of an antd Select/TreeSelect by typing to filter and clicking it, then
 * check the control shows it. The dropdown re-renders while it filters and animates; a click
 * that lands in between is lost now and then, so a choice that did not take is tried again.
 */
export async function choose(page: Page, control: Locator, search: string, option: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await control.click();
    await page.keyboard.type(search);
    const item = openDropdown(page).getByText(option, { exact: true }).first();
    await item.waitFor();
    await item.click();
    try {
      await control.filter({ hasText: option }).waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}
