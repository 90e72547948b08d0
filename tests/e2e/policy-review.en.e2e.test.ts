import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { APIRequestContext, Page } from 'playwright-core';
import { POLICY_DEADLINE_RULES } from '../../server/src/modules/policies/policies.deadline-rules.js';
import { choose, clickInDialog, expectText, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { chineseChrome, resources, tr } from './english.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

/** The Chinese texts: the notice to the client is written in Chinese, the client's language, whatever the UI's. */
const zh = i18next.createInstance();
void zh.init({ resources, lng: 'zh-CN', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });

/** Log in through the API (the page shares the context's cookie); `createClient` opens a client in GZ01; the catalogue as the clerk reads it. */
async function signInClerk(api: APIRequestContext) {
  const res = await api.post('/api/v1/auth/login', { data: { username: 'gz01.clerk', password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const me = (await res.json()) as { csrfToken: string };
  const units = (await (await api.get('/api/v1/org-units')).json()) as { items: { id: number; code: string }[] };
  const gz01 = units.items.find((u) => u.code === 'GZ01')!.id;
  type Named = { id: number; code: string; name: string; nameEn: string | null; servicePhone?: string | null };
  const catalogue = async (path: string, code: string) => {
    const list = (await (await api.get(`/api/v1/${path}?q=${code}`)).json()) as { items: Named[] };
    const found = list.items.find((i) => i.code === code);
    expect(found?.nameEn, `${path} ${code} has an English name`).toBeTruthy();
    return found!;
  };
  return {
    createClient: async (name: string, mobile: string) => {
      const created = await api.post('/api/v1/clients', {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: { kind: 'person', orgUnitId: gz01, name, mobile },
      });
      expect(created.status(), await created.text()).toBe(201);
      return ((await created.json()) as { client: { id: number } }).client.id;
    },
    insurer: () => catalogue('insurers', 'CHINALIFE'),
    product: () => catalogue('products', 'CL-WL01'),
  };
}

/** The field's own error message under an antd form item. */
const fieldError = (page: Page, testId: string) =>
  page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error').first();

const REVIEW_CHECKS = [
  { testId: 'review-format-complete', key: 'formatComplete' },
  { testId: 'review-seals-present', key: 'sealsPresent' },
  { testId: 'review-no-alteration', key: 'noAlteration' },
] as const;

describe('the policy intake\'s initial review, in English (issue 11, item 3)', () => {
  const journey = useJourney();

  it('an English-speaking clerk finds the review unanswered and must answer it; a missing seal shows the hold warning and, on registering, a confirmation in English — cancelled, nothing is sent; confirmed, the policy is on hold with the notice to the client in Chinese', async () => {
    const { context, page } = await journey().open('policy-review-en', { locale: 'en-US' });
    const clientName = '陈安保';
    const clerk = await signInClerk(context.request);
    const clientId = await clerk.createClient(clientName, '13500000417');
    const insurer = await clerk.insurer();
    const product = await clerk.product();
    const policyNumber = 'P202600417';
    const holdFollowUp = POLICY_DEADLINE_RULES.find((r) => r.id === 'policy.hold_followup')!;
    const sealsMissingZh = zh.t('policies.review.problems.sealsPresent');
    // Every registration the page sends.
    const registrations: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/policies') registrations.push(req.url());
    });

    await page.goto(`/policies/new?policyholderId=${clientId}`);
    await page.getByTestId('policy-create-page').waitFor();
    await expectText(page.getByTestId('policy-create-page').locator('.ant-card-head'), tr('policies.form.createTitle'));
    await expectText(page.getByTestId('policy-form-policyholder'), clientName);
    await expectText(page.getByTestId('insured-relation-0'), tr('policies.relations.self'));

    // The initial review starts unanswered: neither pass nor fail is chosen, and the form says each must be answered.
    for (const { testId, key } of REVIEW_CHECKS) {
      await expectText(page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) }).locator('.ant-form-item-label'), tr(`policies.review.${key}`));
      expect(await page.getByTestId(`${testId}-pass`).isChecked()).toBe(false);
      expect(await page.getByTestId(`${testId}-fail`).isChecked()).toBe(false);
    }
    await expectText(page.getByTestId('review-unanswered'), tr('policies.review.unansweredHint'));
    expect(await page.getByTestId('review-failed-warning').count()).toBe(0);
    expect.soft(await chineseChrome(page, [], [clientName])).toEqual([]);
    await screenshot(page, 'policy-review-en-unanswered', { fullPage: true });

    // Registered as it is, nothing is sent: each check asks for an answer, in English.
    await page.getByTestId('policy-form-submit').click();
    for (const { testId } of REVIEW_CHECKS) await expectText(fieldError(page, testId), tr('policies.review.answerRequired'));
    expect(registrations).toEqual([]);
    expect.soft(await chineseChrome(page, [], [clientName])).toEqual([]);

    // The policy as handed over: a whole-of-life product of China Life, picked by their English names.
    await page.getByTestId('policy-form-identity-checked').check();
    await choose(page, page.getByTestId('policy-form-insurer'), insurer.code, insurer.nameEn!);
    await expectText(page.locator('.ant-form-item').filter({ has: page.getByTestId('policy-form-insurer') }), tr('policies.form.servicePhone', { phone: insurer.servicePhone }));
    await choose(page, page.getByTestId('policy-form-product'), product.code, product.nameEn!);
    await page.getByTestId('policy-form-number').fill(policyNumber);
    await page.getByTestId('policy-form-sum-insured').fill('500000');
    await page.getByTestId('policy-form-premium').fill('12000.5');
    await choose(page, page.getByTestId('policy-form-mode'), '', tr('policies.modes.bank_transfer'));
    await page.getByTestId('policy-form-payment-years').fill('20');
    await page.getByTestId('policy-form-application-date').fill('2024-02-20');
    await page.getByTestId('policy-form-issue-date').fill('2024-02-28');
    await page.getByTestId('policy-form-effective-date').fill('2024-03-01');
    await page.getByTestId('policy-form-whole-of-life').check();

    // Seals missing: the hold warning in English; the notice to the client is prefilled in Chinese.
    await page.getByTestId('review-format-complete-pass').check();
    await page.getByTestId('review-seals-present-fail').check();
    await page.getByTestId('review-no-alteration-pass').check();
    await expectText(page.getByTestId('review-failed-warning'), tr('policies.review.failedWarning'));
    for (const { testId } of REVIEW_CHECKS) await expect.poll(() => fieldError(page, testId).count()).toBe(0);
    await expect.poll(() => page.getByTestId('hold-notice-content').inputValue()).toContain(sealsMissingZh);
    await expectText(page.getByTestId('hold-notice-channel'), tr('policies.channels.phone'));
    expect.soft(await chineseChrome(page, [], [clientName])).toEqual([]);

    // Registering a failed review first says what will happen, in English; cancelling sends nothing.
    await page.getByTestId('policy-form-submit').click();
    const asked = page.getByTestId('hold-confirm');
    await asked.waitFor();
    await expectText(page.locator('.ant-modal-confirm-title'), tr('policies.review.confirm.title'));
    await expectText(asked, tr('policies.review.confirm.failed', { checks: tr('policies.review.sealsPresent') }));
    await expectText(asked, tr('policies.review.confirm.body', { channel: tr('policies.channels.phone') }));
    await expectText(page.getByTestId('hold-confirm-notice'), sealsMissingZh);
    await expectText(page.getByTestId('confirm-ok'), tr('policies.review.confirm.ok'));
    await expectText(page.getByTestId('confirm-cancel'), tr('policies.review.confirm.cancel'));
    await screenshot(page, 'policy-review-en-confirm-hold');
    // The notice quoted is what the client is told, in Chinese; the dialog's own words are English.
    expect.soft(await chineseChrome(page, ['[data-testid="hold-confirm-notice"]'], [clientName])).toEqual([]);
    await clickInDialog(page, page.getByTestId('confirm-cancel'));
    await asked.waitFor({ state: 'detached' });
    await page.getByTestId('policy-create-page').waitFor();
    expect(registrations).toEqual([]);

    // Confirmed: registered on hold, once.
    await page.getByTestId('policy-form-submit').click();
    await clickInDialog(page, page.getByTestId('confirm-ok'));
    await page.getByTestId('policy-detail').waitFor();
    expect(registrations).toHaveLength(1);
    await expectText(page.getByTestId('policy-detail-state'), tr('policies.states.on_hold'));
    await expectText(page.getByTestId('policy-detail-number'), policyNumber);
    await expectText(page.getByTestId('policy-product'), product.nameEn!);
    await expectText(page.getByTestId('policy-insurer'), insurer.nameEn!);
    await expectText(page.getByTestId('policy-profile'), tr('policies.stateReasons.sealsMissing'));
    await expectText(page.getByTestId('review-result'), tr('policies.reviews.failed'));
    expect.soft(await chineseChrome(page, [], [clientName])).toEqual([]);
    await screenshot(page, 'policy-review-en-on-hold', { fullPage: true });
    await page.getByTestId('policy-tab-notices').click();
    await expectText(page.getByTestId('notice-kind'), tr('policies.noticeKinds.on_hold'));
    await expectText(page.getByTestId('notice-content'), sealsMissingZh);
    await page.getByTestId('policy-tab-deadlines').click();
    await expectText(page.getByTestId('policy-deadlines'), holdFollowUp.nameEn);
    await expectText(page.getByTestId('policy-deadlines'), holdFollowUp.basisEn);
    expect.soft(await chineseChrome(page, [], [clientName])).toEqual([]);
    await screenshot(page, 'policy-review-en-deadlines', { fullPage: true });
    await context.close();
  }, JOURNEY_TIMEOUT);
});
