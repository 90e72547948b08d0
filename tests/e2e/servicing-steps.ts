// What a counter clerk does on a servicing request (保全), step by step, in the browser: the journeys of
// servicing-types.e2e.test.ts and servicing-refunds.e2e.test.ts.
import { expect } from 'vitest';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { clickInDialog, expectText, logIn, openDropdown } from './browser.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import { SAMPLE_PDF, SAMPLE_PNG } from '../helpers/multipart.js';

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export type PolicyRow = { id: number; productId: number | null; lineOfBusiness: string; policyholderId: number; premium: string; policyNumber: string };

/** The in-force policies of the clerk's office (the demo data), for a test to take its own from. */
export async function inForcePolicies(api: APIRequestContext): Promise<PolicyRow[]> {
  const res = await api.get('/api/v1/policies?state=in_force&pageSize=100&sort=policyNumber');
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { items: PolicyRow[] }).items;
}

export async function signIn(page: Page, username: string): Promise<void> {
  await logIn(page, username, DEMO_PASSWORD);
  await page.getByTestId('user-menu').waitFor();
}

/** 新建保全申请 from the policy page, the type chosen; the caller fills in the rest. */
export async function openNewRequest(page: Page, policyId: number, typeLabel: string): Promise<void> {
  await page.goto(`/policies/${policyId}`);
  await page.getByTestId('policy-new-servicing').click();
  await pick(page, page.getByTestId('servicing-type'), typeLabel);
}

/**
 * Choose an option of an antd Select that has no search. A click that lands while the dropdown
 * still animates in is lost now and then: a choice that did not take is made again.
 */
export async function pick(page: Page, control: Locator, label: string | RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // This control's own list (another one may still be closing).
    if ((await control.locator('[role="combobox"][aria-expanded="true"]').count()) === 0) await control.click();
    const option = openDropdown(page).locator('.ant-select-item-option').filter({ hasText: label }).first();
    await option.waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown[class*="-appear"], .ant-select-dropdown[class*="-enter"]'));
    await option.click();
    try {
      await control.filter({ hasText: label }).waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** Submit the new request and land on its page; returns its id. */
export async function submitNewRequest(page: Page): Promise<number> {
  await clickInDialog(page, page.getByTestId('servicing-create-submit'));
  await page.getByTestId('servicing-request-no').waitFor();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/**
 * File papers of one type on the request's 材料 tab. The type list is virtual (only the options in
 * view are in the page), so it is scrolled until the wanted one is there.
 */
export async function fileDocument(page: Page, typeLabel: string, file: { name: string; mimeType: string; buffer: Buffer } = { name: `${typeLabel}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF }) {
  await page.getByTestId('servicing-tab-documents').click();
  const panel = page.getByTestId('documents-panel');
  await page.getByTestId('documents-type').click();
  const dropdown = openDropdown(page);
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: exactly(typeLabel) });
  await dropdown.locator('.ant-select-item-option').first().waitFor();
  // From the top of the list (it keeps where it was scrolled last time) down to the option.
  await dropdown.hover();
  await page.mouse.wheel(0, -2000);
  for (let i = 0; i < 20 && (await option.count()) === 0; i++) {
    await dropdown.hover();
    await page.mouse.wheel(0, 64);
  }
  await pick(page, page.getByTestId('documents-type'), exactly(typeLabel));
  await panel.locator('input[type=file]').setInputFiles([file]);
  await page.getByTestId('documents-submit').click();
  await expectText(page.locator('.ant-message').last(), '已上传 1 个文件');
}

export const ID_COPY = { name: '身份证.png', mimeType: 'image/png', buffer: SAMPLE_PNG };

/** The checklist line of a document type shows it received. */
export async function expectReceived(page: Page, typeCode: string): Promise<void> {
  await page.getByTestId('servicing-tab-documents').click();
  await page.locator(`[data-testid="checklist-${typeCode}"][data-state="received"]`).waitFor();
}

/**
 * One step of the request through its dialog: the step's button, what `fill` types in, OK. Waits
 * until the dialog has gone (the server took it); `refused` instead expects the dialog's error and
 * returns its text, leaving the dialog open.
 */
export async function step(page: Page, event: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`servicing-step-${event}`).click();
  await page.getByTestId('servicing-step-form').waitFor();
  if (fill) await fill();
  await clickInDialog(page, page.getByTestId('servicing-step-submit'));
  await page.getByTestId('servicing-step-form').waitFor({ state: 'detached' });
}

export async function refusedStep(page: Page, event: string, fill?: () => Promise<void>): Promise<string> {
  await page.getByTestId(`servicing-step-${event}`).click();
  await page.getByTestId('servicing-step-form').waitFor();
  if (fill) await fill();
  await clickInDialog(page, page.getByTestId('servicing-step-submit'));
  const error = page.getByTestId('servicing-step-error');
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

/** Close the step's dialog without doing it. */
export async function closeStep(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('servicing-step-form').waitFor({ state: 'detached' });
}

export async function expectState(page: Page, label: string): Promise<void> {
  await page.getByTestId('servicing-detail-state').filter({ hasText: exactly(label) }).waitFor();
}

/** The request's deadlines tab: the card of a rule (by its name) once it is there. */
export async function deadlineCard(page: Page, ruleName: string) {
  await page.getByTestId('servicing-tab-deadlines').click();
  const card = page.getByTestId('servicing-deadlines').locator('[data-testid^="deadline-card-"]').filter({ has: page.getByTestId('deadline-rule').filter({ hasText: exactly(ruleName) }) });
  await card.waitFor();
  return card;
}

/** The policy page's state tag. */
export async function policyState(page: Page, policyId: number, label: string): Promise<void> {
  await page.goto(`/policies/${policyId}`);
  await page.getByTestId('policy-detail-state').filter({ hasText: label }).waitFor();
}
