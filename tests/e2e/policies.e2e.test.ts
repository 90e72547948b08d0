import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { choose, clickInDialog, expectText, openDropdown, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

/** Log in through the API (the page shares the context's cookie); `createClient` opens clients in 天河营业部. */
async function signInClerk(api: APIRequestContext) {
  const res = await api.post('/api/v1/auth/login', { data: { username: 'gz01.clerk', password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const me = (await res.json()) as { csrfToken: string };
  const units = (await (await api.get('/api/v1/org-units')).json()) as { items: { id: number; code: string }[] };
  const gz01 = units.items.find((u) => u.code === 'GZ01')!.id;
  let n = 0;
  return {
    createClient: async (name: string) => {
      const mobile = `135${String(Date.now() + n++).slice(-8)}`;
      const created = await api.post('/api/v1/clients', {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: { kind: 'person', orgUnitId: gz01, name, mobile },
      });
      expect(created.status(), await created.text()).toBe(201);
      return ((await created.json()) as { client: { id: number } }).client.id;
    },
  };
}

/** Pick in a remote-search select: type, click the option by its test id, check the control shows it. */
async function pick(page: Page, control: Locator, typed: string, optionTestId: string, shows: string) {
  await control.click();
  await page.keyboard.type(typed);
  await openDropdown(page).getByTestId(optionTestId).click();
  await control.filter({ hasText: shows }).waitFor();
}

/** The intake's policy fields: a long-term product of 中国人寿, whole of life, effective in the past. */
async function fillPolicy(page: Page, product: string, policyNumber: string) {
  await page.getByTestId('policy-form-identity-checked').check();
  await choose(page, page.getByTestId('policy-form-insurer'), '人寿', '中国人寿保险股份有限公司');
  await choose(page, page.getByTestId('policy-form-product'), product.slice(0, 2), product);
  await page.getByTestId('policy-form-number').fill(policyNumber);
  await page.getByTestId('policy-form-sum-insured').fill('500000');
  await page.getByTestId('policy-form-premium').fill('12000.5');
  await choose(page, page.getByTestId('policy-form-mode'), '', '银行转账');
  await page.getByTestId('policy-form-payment-years').fill('20');
  await page.getByTestId('policy-form-application-date').fill('2024-02-20');
  await page.getByTestId('policy-form-issue-date').fill('2024-02-28');
  await page.getByTestId('policy-form-effective-date').fill('2024-03-01');
  await page.getByTestId('policy-form-whole-of-life').check();
}

/** The field's own error message under an antd form item. */
const fieldError = (page: Page, testId: string) =>
  page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error').first();

const REVIEW_CHECKS = ['review-format-complete', 'review-seals-present', 'review-no-alteration'];

/** Register with a failed review: the hold and the notice to the client are confirmed in a dialog. */
async function confirmHold(page: Page) {
  await page.getByTestId('policy-form-submit').click();
  await clickInDialog(page, page.getByTestId('confirm-ok'));
  await page.getByTestId('hold-confirm').waitFor({ state: 'detached' });
}

describe('policy registry', () => {
  const journey = useJourney();

  it('a clerk registers a policy a client handed over; a missing seal puts it on hold with the notice (R-PO-2); after the proof a new review passes, and verification with everything matching puts it in force (R-PO-4)', async () => {
    const { context, page } = await journey().open('policies');
    const clientName = '陈安保';
    const clerk = await signInClerk(context.request);
    const clientId = await clerk.createClient(clientName);
    const childName = `陈小保${String(Date.now()).slice(-4)}`;
    const childId = await clerk.createClient(childName);
    const policyNumber = `P${String(Date.now()).slice(-9)}`;

    // The intake, started from the client (as the client page's "登记保单" does).
    await page.goto(`/policies/new?policyholderId=${clientId}`);
    await page.getByTestId('policy-create-page').waitFor();
    await expectText(page.getByTestId('policy-form-policyholder'), clientName);
    // The policyholder is the first insured by default, as 本人.
    await expectText(page.getByTestId('insured-client-0'), clientName);
    await expectText(page.getByTestId('insured-relation-0'), '本人');
    // Anyone else's relation is never assumed: with no household link in the archive it must be chosen.
    await page.getByTestId('insured-add').click();
    await pick(page, page.getByTestId('insured-client-1'), childName, `client-option-${childId}`, childName);
    await page.getByTestId('policy-form-submit').click();
    await expectText(fieldError(page, 'insured-relation-1'), '请选择与投保人关系（客户档案中没有二人的家庭关系）');
    // The initial review starts unanswered and must be answered: no default puts a policy on hold.
    for (const check of REVIEW_CHECKS) await expectText(fieldError(page, check), '请选择“通过”或“不通过”');
    await choose(page, page.getByTestId('insured-relation-1'), '', '子女');
    // A policy number the server refuses comes back onto its field.
    await fillPolicy(page, '终身寿险（示例）', 'ab');
    await expectText(page.locator('.ant-form-item').filter({ has: page.getByTestId('policy-form-insurer') }), '95519');
    await expectText(page.getByTestId('policy-form-product-info'), '寿险');
    // Money is exact text with two decimals once the field is left.
    await expect.poll(() => page.getByTestId('policy-form-premium').inputValue()).toBe('12000.50');

    // The initial review: seals missing → the on-hold warning and a notice asking for proof.
    await page.getByTestId('review-format-complete-pass').check();
    await page.getByTestId('review-seals-present-fail').check();
    await page.getByTestId('review-no-alteration-pass').check();
    await page.getByTestId('review-failed-warning').waitFor();
    await expect.poll(() => page.getByTestId('hold-notice-content').inputValue()).toContain('保单印章不齐全');
    // Registering a failed review first says what will happen; cancelling sends nothing.
    await page.getByTestId('policy-form-submit').click();
    await expectText(page.getByTestId('hold-confirm'), '保单将暂缓登记');
    await expectText(page.getByTestId('hold-confirm-notice'), '保单印章不齐全');
    await screenshot(page, 'policies-intake-confirm-hold');
    await clickInDialog(page, page.getByTestId('confirm-cancel'));
    await page.getByTestId('hold-confirm').waitFor({ state: 'detached' });
    await page.getByTestId('policy-create-page').waitFor();
    await confirmHold(page);
    await expectText(fieldError(page, 'policy-form-number'), /保单号/);
    await screenshot(page, 'policies-intake-error', { fullPage: true });

    await page.getByTestId('policy-form-number').fill(policyNumber);
    await confirmHold(page);

    // On hold, with the notice to the client.
    await page.getByTestId('policy-detail').waitFor();
    await expectText(page.getByTestId('policy-detail-state'), '暂缓');
    await expectText(page.getByTestId('policy-detail-number'), policyNumber);
    await expectText(page.getByTestId('policy-summary'), '95519');
    await expectText(page.getByTestId('policy-premium'), '12,000.50');
    await expectText(page.getByTestId('policy-end-date'), '终身');
    await expectText(page.getByTestId('policy-parties'), clientName);
    await expectText(page.getByTestId('policy-parties').locator('tr').filter({ hasText: childName }), '子女');
    await expectText(page.getByTestId('review-result'), '未通过');
    await page.getByTestId('policy-tab-notices').click();
    await expectText(page.getByTestId('notice-kind'), '暂缓通知');
    await expectText(page.getByTestId('notice-content'), '保单印章不齐全');
    await page.getByTestId('policy-tab-deadlines').click();
    await expectText(page.getByTestId('policy-deadlines'), '暂缓登记跟进');
    await screenshot(page, 'policies-on-hold', { fullPage: true });

    // The client brought the proof: the review passes → registered.
    await page.getByTestId('policy-tab-reviews').click();
    await page.getByTestId('policy-review').click();
    for (const check of REVIEW_CHECKS) await page.getByTestId(`${check}-pass`).check();
    await page.getByTestId('review-passed').waitFor();
    await page.getByTestId('review-submit').click();
    await expectText(page.getByTestId('policy-detail-state'), '已登记');

    // Verification: every item matches the client's papers → in force (effective date in the past).
    await page.getByTestId('policy-tab-verify').click();
    await expectText(page.getByTestId('verify-on-policy-sumInsured'), '500000.00');
    for (const field of ['insured', 'beneficiary', 'sumInsured', 'term', 'effectiveDate', 'endDate', 'insurerContact', 'premium']) {
      await page.getByTestId(`verify-${field}-matches`).check();
    }
    await screenshot(page, 'policies-verify', { fullPage: true });
    await page.getByTestId('verify-submit').click();
    await expectText(page.getByTestId('policy-detail-state'), '有效');
    await page.getByTestId('policy-verified').waitFor();
    await screenshot(page, 'policies-in-force', { fullPage: true });

    // The list shows it, found by its number.
    await page.goto(`/policies?number=${policyNumber}`);
    const row = page.locator('[data-testid^="policy-row-"]').filter({ hasText: policyNumber });
    await expectText(row.getByTestId('policy-state'), '有效');
    await expectText(row, clientName);
    await screenshot(page, 'policies-list');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('named beneficiaries show a live total per rank that must reach 100 %; a difference found in verification is raised with the client, keeps the policy registered, and is resolved (R-PO-1, R-PO-4)', async () => {
    const { context, page } = await journey().open('policies-beneficiaries');
    const clerk = await signInClerk(context.request);
    const stamp = String(Date.now()).slice(-6);
    const holder = await clerk.createClient(`林保${stamp}`);
    const spouse = await clerk.createClient(`王益${stamp}`);
    const policyNumber = `B${String(Date.now()).slice(-9)}`;

    await page.goto(`/policies/new?policyholderId=${holder}`);
    await expectText(page.getByTestId('insured-client-0'), `林保${stamp}`);
    await fillPolicy(page, '重大疾病保险（示例）', policyNumber);

    // Two named beneficiaries of rank 1: the spouse (a client) and a child by name.
    await page.getByTestId('policy-form-designation').getByText('指定受益人').click();
    await page.getByTestId('beneficiary-add').click();
    await pick(page, page.getByTestId('beneficiary-client-0'), `王益${stamp}`, `client-option-${spouse}`, `王益${stamp}`);
    await choose(page, page.getByTestId('beneficiary-relation-0'), '', '配偶');
    await page.getByTestId('beneficiary-share-0').fill('60');
    await page.getByTestId('beneficiary-add').click();
    await page.getByTestId('beneficiary-row-1').getByText('按姓名登记').click();
    await page.getByTestId('beneficiary-name-1').fill('林小安');
    await choose(page, page.getByTestId('beneficiary-relation-1'), '', '子女');
    await page.getByTestId('beneficiary-share-1').fill('30');
    await expectText(page.getByTestId('share-total-1'), '第 1 顺位合计 90%');
    for (const check of REVIEW_CHECKS) await page.getByTestId(`${check}-pass`).check();
    await page.getByTestId('policy-form-submit').click();
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '第 1 顺位合计 90%' }).waitFor();
    await screenshot(page, 'policies-beneficiaries-90', { fullPage: true });
    await page.getByTestId('beneficiary-share-1').fill('40');
    await expectText(page.getByTestId('share-total-1'), '第 1 顺位合计 100%');
    await page.getByTestId('policy-form-submit').click();

    await page.getByTestId('policy-detail').waitFor();
    await expectText(page.getByTestId('policy-detail-state'), '已登记');
    await expectText(page.getByTestId('policy-parties'), `王益${stamp}`);
    await expectText(page.getByTestId('policy-parties'), '林小安');
    await expectText(page.getByTestId('policy-parties'), '40%');

    // Before verification the record can be corrected (at the version read); the parties stay as they were.
    await page.getByTestId('policy-edit').click();
    await page.getByTestId('policy-form-premium').fill('13000');
    await page.getByTestId('policy-edit-submit').click();
    await expectText(page.getByTestId('policy-premium'), '13,000.00');
    await expectText(page.getByTestId('policy-parties'), '林小安');

    // Verification: the client's papers give another sum insured → raised, still registered.
    await page.getByTestId('policy-tab-verify').click();
    for (const field of ['insured', 'beneficiary', 'term', 'effectiveDate', 'endDate', 'insurerContact', 'premium']) {
      await page.getByTestId(`verify-${field}-matches`).check();
    }
    await page.getByTestId('verify-sumInsured-differs').check();
    await page.getByTestId('verify-sumInsured-client-says').fill('300000.00');
    await expect.poll(() => page.getByTestId('verify-notice-content').inputValue()).toContain('保险金额');
    await page.getByTestId('verify-submit').click();
    const difference = page.locator('[data-testid^="policy-difference-"]').filter({ hasText: '300000.00' });
    await expectText(difference, '待处理');
    await expectText(page.getByTestId('policy-detail-state'), '已登记');
    await page.getByTestId('policy-tab-notices').click();
    await expectText(page.getByTestId('notice-kind'), '差异告知');
    await screenshot(page, 'policies-difference', { fullPage: true });

    // Settled with the client: resolved.
    await page.getByTestId('policy-tab-verify').click();
    await difference.locator('[data-testid^="difference-resolve-"]').click();
    await choose(page, page.getByTestId('resolve-resolution'), '', '客户确认以保单为准');
    await page.getByTestId('resolve-note').fill('客户找到保单原件，确认保额 50 万元');
    await page.getByTestId('resolve-submit').click();
    await expectText(difference, '已处理');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
