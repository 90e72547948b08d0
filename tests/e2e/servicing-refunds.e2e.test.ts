import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { clickInDialog, expectText, SCREENSHOT_DIR, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin } from './api-helpers.js';
import { pdfText } from '../helpers/pdf-text.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import {
  closeStep, deadlineCard, expectState, fileDocument, ID_COPY, inForcePolicies, openNewRequest, pick, policyState, refusedStep, signIn, step, submitNewRequest,
  type PolicyRow,
} from './servicing-steps.js';

// Issue 12, item 1 through the UI, the requests that end or revive a policy: a surrender (the insurer's
// figures, the explanation item by item, the payee; completed by the supervisor; the explanation read
// back from its PDF), a cancellation in the hesitation period (inside it, the fee capped at 10 CNY;
// outside it, refused with the period's dates and pointed to a surrender, R-NB-8) and a reinstatement
// (the insurer's answer or 30 days, the suicide exclusion explained, R-SV-5). The boundaries of the
// hesitation period on fixed dates are hesitation-period.int.test.ts.
const beijingToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const flat = (text: string) => text.replace(/\s+/g, '');

/** The life policies of the office with a hesitation period on their product, and the period's days. */
async function withHesitationPeriod(api: APIRequestContext): Promise<{ policy: PolicyRow; days: number }[]> {
  const products = ((await (await api.get('/api/v1/products?pageSize=100')).json()) as { items: { id: number; hesitationPeriodDays: number | null }[] }).items;
  const days = new Map(products.filter((p) => p.hesitationPeriodDays).map((p) => [p.id, p.hesitationPeriodDays!]));
  return (await inForcePolicies(api)).filter((p) => p.productId !== null && days.has(p.productId)).map((policy) => ({ policy, days: days.get(policy.productId!)! }));
}

/** Fill a refund's completion dialog (StepModal): figures, payee, the items explained. */
async function refundFigures(page: Page, f: { payee?: '投保人本人' | '业务员'; cashValue?: string; fees?: string; refund?: string; explained?: string[] }) {
  if (f.payee) await page.getByTestId('servicing-payee').getByText(f.payee, { exact: true }).click();
  if (f.cashValue !== undefined) await page.getByTestId('servicing-cash-value').fill(f.cashValue);
  if (f.fees !== undefined) await page.getByTestId('servicing-fees').fill(f.fees);
  if (f.refund !== undefined) await page.getByTestId('servicing-refund').fill(f.refund);
  for (const item of f.explained ?? []) await page.getByTestId('servicing-explained').getByText(item, { exact: true }).click();
}

/** Submit the open step dialog again and wait for its error to say `text`. */
async function resubmitRefused(page: Page, text: string | RegExp): Promise<void> {
  await clickInDialog(page, page.getByTestId('servicing-step-submit'));
  await page.getByTestId('servicing-step-error').filter({ hasText: text }).waitFor();
}

describe('surrender, cancellation in the hesitation period and reinstatement at the counter', () => {
  const journey = useJourney();

  it('a surrender: taken from the client (never signed by the agent), the supervisor completes it with the insurer\'s figures, the explanation and the policyholder as payee; the explanation prints ￥ and capital figures; the policy ends', async () => {
    const { context, page } = await journey().open('servicing-surrender');
    await signIn(page, 'gz01.clerk');
    const policy = (await inForcePolicies(context.request))[5]!;

    await openNewRequest(page, policy.id, '退保');
    await expectText(page.getByTestId('servicing-approval'), '须主管审批办结');
    await page.getByTestId('servicing-note').fill('客户资金周转，申请退保');
    // The agent may not sign for the client (Sales Conduct Rules Art. 29).
    await pick(page, page.getByTestId('servicing-signed-by'), '业务员代签');
    await clickInDialog(page, page.getByTestId('servicing-create-submit'));
    await expectText(page.getByTestId('servicing-create-error'), '业务员不得代客户签字');
    await pick(page, page.getByTestId('servicing-signed-by'), '客户本人');
    const requestId = await submitNewRequest(page);
    await expectState(page, '已受理');
    const requestNo = (await page.getByTestId('servicing-request-no').textContent())!;
    // Art. 47: the cash value within 30 days of the notice.
    const refundDeadline = await deadlineCard(page, '退保退费');
    await expectText(refundDeadline.getByTestId('deadline-basis'), '自收到解除合同通知之日起 30 日内退还保单现金价值');
    await expectText(refundDeadline.getByTestId('deadline-law-ref'), '保险法第四十七条');

    await fileDocument(page, '申请书');
    await fileDocument(page, '身份证件', ID_COPY);
    await fileDocument(page, '签署的退保说明确认书');
    await fileDocument(page, '银行卡或存折', { ...ID_COPY, name: '银行卡.png' });
    await step(page, 'start');
    await expectState(page, '办理中');
    const figures = { cashValue: '12345.60', fees: '250', refund: '12095.60' };
    const allExplained = ['手续费扣除', '退还保费与现金价值的区别', '不退费的情形'];
    expect(await refusedStep(page, 'complete', () => refundFigures(page, { payee: '投保人本人', ...figures, explained: allExplained }))).toContain('此类保全须由主管审批办结');
    await closeStep(page);
    await context.clearCookies();

    await signIn(page, 'gz.supervisor');
    await page.goto(`/servicing/${requestId}`);
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-step-form').waitFor();
    // Never to the agent (Art. 29, 32); the explanation item by item (R-SV-3).
    await refundFigures(page, { payee: '业务员', ...figures, explained: allExplained.slice(0, 2) });
    await resubmitRefused(page, '退费不得以业务员为收款人');
    await expectText(page.getByTestId('servicing-step-error'), '退保说明未完成');
    await refundFigures(page, { payee: '投保人本人' });
    await resubmitRefused(page, /^(?!.*业务员).*退保说明未完成/);
    await refundFigures(page, { explained: allExplained.slice(2) });
    await page.getByTestId('servicing-reason').fill('保险公司已核算，退费转入投保人账户');
    await clickInDialog(page, page.getByTestId('servicing-step-submit'));
    await page.getByTestId('servicing-step-form').waitFor({ state: 'detached' });
    await expectState(page, '已办结');
    await expectText(page.getByTestId('servicing-detail'), '12095.60');
    expect(await (await deadlineCard(page, '退保退费')).getAttribute('data-state')).toBe('met');
    await context.clearCookies();

    // The clerk prints the explanation with the insurer's figures for the file.
    await signIn(page, 'gz01.clerk');
    await page.goto(`/servicing/${requestId}`);
    await page.getByTestId('servicing-tab-notices').click();
    await pick(page, page.getByTestId('notices-template'), '退保说明确认书');
    await page.getByTestId('notices-issue').click();
    await expectText(page.locator('.ant-message'), /已出具 退保说明确认书，编号 GZ01-\d{4}-\d{6}/);
    const row = page.getByTestId('notices-table').locator('tbody tr.ant-table-row').filter({ hasText: '退保说明确认书' }).first();
    await row.waitFor();
    const pdf = await context.request.get((await row.locator('[data-testid^="notice-view-"]').getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // Kept for a person to look at, beside the screenshots.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, 'e2e-surrender-explanation.pdf'), await pdf.body());
    const text = flat(await pdfText(await pdf.body()));
    for (const expected of [
      '退保说明确认书', requestNo, policy.policyNumber,
      '￥12,345.60（人民币壹万贰仟叁佰肆拾伍元陆角）', '￥250.00（人民币贰佰伍拾元整）', '￥12,095.60（人民币壹万贰仟零玖拾伍元陆角）',
      '投保人本人', '√已说明退保将扣除的手续费', '√已说明退保金按现金价值计算', '√已说明不退还任何款项的情形',
    ]) expect(text).toContain(flat(expected));
    expect(text).not.toContain('未说明');

    await policyState(page, policy.id, '终止');
    await expectText(page.getByTestId('policy-state-reason'), `退保（保全申请 ${requestNo}）`);
    await screenshot(page, 'servicing-surrender-policy');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a cancellation in the hesitation period: outside it refused with the period\'s dates and pointed to a surrender; on its last day taken; a fee over 10 CNY refused; completed, the policy ends', async () => {
    const { context, page } = await journey().open('servicing-hesitation');
    await signIn(page, 'gz01.clerk');
    // Not the surrender's nor the reinstatement's policy (the 6th and the 8th).
    const others = (await inForcePolicies(context.request)).slice(5, 8).map((p) => p.id);
    const { policy, days } = (await withHesitationPeriod(context.request)).filter((c) => !others.includes(c.policy.id)).at(-1)!;
    const today = beijingToday();
    // A period that ended on the last working day before today (one ending on a day off runs on to the next working day).
    let k = 1;
    while (!((await (await context.request.get(`/api/v1/calendar/days/${addDays(today, -k)}`)).json()) as { workingDay: boolean }).workingDay) k++;
    const lateReceipt = addDays(today, -(days + k));

    await openNewRequest(page, policy.id, '犹豫期撤单');
    await expectText(page.locator('.ant-form-item').filter({ has: page.getByTestId('servicing-receipt-date') }), '犹豫期自投保人签收保单回执之日起算');
    await page.getByTestId('servicing-receipt-date').fill(lateReceipt);
    await page.keyboard.press('Enter');
    await clickInDialog(page, page.getByTestId('servicing-create-submit'));
    const typeError = page.locator('.ant-form-item').filter({ has: page.getByTestId('servicing-type') }).locator('.ant-form-item-explain-error');
    await expectText(typeError, `犹豫期为 ${lateReceipt} 至 ${addDays(today, -k)}，今天已不在犹豫期内：请按退保办理`);
    await screenshot(page, 'servicing-hesitation-outside');

    // Signed `days` days ago: today is the period's last calendar day.
    const receipt = addDays(today, -days);
    await page.getByTestId('servicing-receipt-date').fill(receipt);
    await page.keyboard.press('Enter');
    await page.getByTestId('servicing-note').fill('客户犹豫期内申请撤单');
    await submitNewRequest(page);
    await expectState(page, '已受理');
    await expectText(page.getByTestId('servicing-detail'), receipt);
    const requestNo = (await page.getByTestId('servicing-request-no').textContent())!;

    await fileDocument(page, '申请书');
    await fileDocument(page, '身份证件', ID_COPY);
    await fileDocument(page, '银行卡或存折', { ...ID_COPY, name: '银行卡.png' });
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-step-form').waitFor();
    // R-NB-8 / LAW.md: the full premium back, less at most 10 CNY.
    await refundFigures(page, { payee: '投保人本人', fees: '15', refund: '990.00' });
    await resubmitRefused(page, '犹豫期撤单只能扣除不超过 10 元的工本费');
    await refundFigures(page, { fees: '10', refund: '995.00' });
    await page.getByTestId('servicing-reason').fill('全额退还保费，扣工本费 10 元');
    await clickInDialog(page, page.getByTestId('servicing-step-submit'));
    await page.getByTestId('servicing-step-form').waitFor({ state: 'detached' });
    await expectState(page, '已办结');

    await policyState(page, policy.id, '终止');
    await expectText(page.getByTestId('policy-state-reason'), `犹豫期撤单（保全申请 ${requestNo}）`);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a reinstatement: refused until the insurer answers (with the date 30 days on), then completed by the supervisor once the suicide exclusion is explained; the policy is in force again', async () => {
    const { context, page } = await journey().open('servicing-reinstatement');
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const policy = (await inForcePolicies(context.request))[7]!;
    // The fixture: the policy lapsed after its grace period (the premiums module's move, by hand here).
    const current = (await (await context.request.get(`/api/v1/policies/${policy.id}`)).json()) as { version: number };
    const lapsed = await context.request.post(`/api/v1/policies/${policy.id}/status`, {
      headers: { 'X-CSRF-Token': clerk.csrf }, data: { version: current.version, to: 'lapsed', reason: '宽限期满未缴保费' },
    });
    expect(lapsed.status(), await lapsed.text()).toBe(200);
    // The browser goes on in the session the fixture logged in.
    await policyState(page, policy.id, '失效');

    await openNewRequest(page, policy.id, '复效');
    await expectText(page.getByTestId('servicing-approval'), '须主管审批办结');
    await page.getByTestId('servicing-note').fill('客户补缴保费，申请恢复保单效力');
    const requestId = await submitNewRequest(page);
    await expectState(page, '已受理');
    // The SLA starts with the insurer's answer, not at receipt (R-SV-5).
    await page.getByTestId('servicing-tab-deadlines').click();
    await expectText(page.getByTestId('servicing-deadlines'), '暂无时限');
    await fileDocument(page, '申请书');
    await fileDocument(page, '身份证件', ID_COPY);
    await context.clearCookies();

    await signIn(page, 'gz.supervisor');
    await page.goto(`/servicing/${requestId}`);
    const received = ((await (await context.request.get(`/api/v1/servicing-requests/${requestId}`)).json()) as { receivedAt: string }).receivedAt;
    const silentUntil = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.parse(received) + 30 * 86_400_000));
    // Judicial Interpretation III Art. 8: the insurer's silence counts as agreement only after 30 days.
    const pending = await refusedStep(page, 'complete', () => page.getByTestId('servicing-suicide-explained').check());
    expect(pending).toContain('保险公司尚未答复复效申请');
    expect(pending).toContain(`（${silentUntil} 起可办结）`);
    expect(pending).not.toContain('自杀');
    await closeStep(page);

    await step(page, 'record_insurer_agreement');
    const sla = await deadlineCard(page, '复效办理');
    await expectText(sla.getByTestId('deadline-spec-id'), 'R-SV-5');
    // Art. 44: completing records that the restarted suicide exclusion was explained.
    expect(await refusedStep(page, 'complete')).toContain('复效后两年内被保险人自杀的，保险公司不承担给付责任');
    await page.getByTestId('servicing-suicide-explained').check();
    await page.getByTestId('servicing-reason').fill('保险公司同意复效，已补缴保费');
    await clickInDialog(page, page.getByTestId('servicing-step-submit'));
    await page.getByTestId('servicing-step-form').waitFor({ state: 'detached' });
    await expectState(page, '已办结');
    await page.getByTestId('servicing-tab-deadlines').click();
    await page.getByTestId('servicing-deadlines').locator('[data-testid^="deadline-card-"][data-state="met"]').waitFor();

    // The 复效通知 tells the client of the restarted exclusion.
    await page.getByTestId('servicing-tab-notices').click();
    await pick(page, page.getByTestId('notices-template'), '复效通知');
    await page.getByTestId('notices-issue').click();
    const row = page.getByTestId('notices-table').locator('tbody tr.ant-table-row').filter({ hasText: '复效通知' }).first();
    await row.waitFor();
    const text = flat(await pdfText(await (await context.request.get((await row.locator('[data-testid^="notice-view-"]').getAttribute('href'))!)).body()));
    for (const expected of ['复效通知', policy.policyNumber, '第四十四条', '经办人已就上述事项向您作出说明']) expect(text).toContain(expected);

    await policyState(page, policy.id, '有效');
    await screenshot(page, 'servicing-reinstated-policy');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
