import { describe, expect, it } from 'vitest';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

// 业务流程 (issue 10, item 2): the policy lifecycle drawn from the table the server runs — the same
// transitions the policy journeys (policies.e2e.test.ts) take, with who may take them and their deadlines.
describe('the lifecycle page', () => {
  const journey = useJourney();

  it('shows the policy lifecycle as a state diagram with its steps, who may take them and the deadlines each starts or ends', async () => {
    const { context, page } = await journey().open('lifecycles');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('nav-lifecycles').click();

    const diagram = page.getByTestId('lifecycle-policy-diagram');
    await diagram.locator('svg').waitFor();
    for (const state of ['已登记', '暂缓登记', '有效', '失效', '终止', '满期']) await expectText(diagram, state);

    const steps = page.getByTestId('lifecycle-policy-transitions');
    // Intake opens the verification deadline (R-PO-4); verification ends it; the date job is the system's.
    const register = steps.locator('tr', { hasText: 'register_on_hold' });
    await expectText(register, '（新建） → 暂缓登记');
    await expectText(register, '开始计时');
    await expectText(register, '保单登记核对');
    const verify = steps.locator('tr', { hasText: 'verified_in_force' });
    await expectText(verify, '已登记 → 有效');
    await expectText(verify, '结束计时');
    await expectText(steps.locator('tr', { hasText: 'take_effect' }), '仅系统自动');
    await expectText(steps.locator('tr', { hasText: 'correct' }), '（状态不变）');
    await screenshot(page, 'lifecycles-zh');

    await page.getByTestId('lang-switch').click();
    await expectText(page.getByTestId('lifecycle-policy-diagram'), 'in force');
    await expectText(steps.locator('tr', { hasText: 'verified_in_force' }), 'registered → in force');
    expect(await page.getByTestId('lifecycle-servicing').count()).toBe(1);
    await screenshot(page, 'lifecycles-en');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
