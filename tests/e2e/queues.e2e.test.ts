import { describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { choose, clickInDialog, expectText, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin } from './api-helpers.js';
import { chineseChrome, tr } from './english.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

// Issue 12, item 4 through the UI: a request taken by phone waits in the office's clerks' team queue;
// a clerk takes it into 我的任务; the supervisor sees everything in scope with its SLA state, filters
// it, and reassigns a selection to another person with one reason — in Chinese and in English. A clerk
// returns an item to the 任务池 with a reason; the request page's badge shows it waiting and takes it;
// the quality auditor sees the supervisor's view read-only.
type Item = { id: number; entityId: number; ownerId: number | null; label: string };

async function phoneRequest(api: APIRequestContext, csrf: string, note: string, channel: 'phone' | 'counter' = 'phone') {
  const policies = (await (await api.get('/api/v1/policies?state=in_force&pageSize=10')).json()) as { items: { id: number }[] };
  const res = await api.post(`/api/v1/policies/${policies.items[0]!.id}/servicing-requests`, {
    headers: { 'X-CSRF-Token': csrf }, data: { type: 'surrender', channel, note, details: { signedBy: 'client' } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number; requestNo: string };
}

async function itemOf(api: APIRequestContext, view: 'team' | 'mine' | '', requestId: number): Promise<Item> {
  const list = (await (await api.get(`/api/v1/work-items${view ? `/${view}` : ''}?pageSize=100&sort=-receivedAt&status=all`)).json()) as { items: Item[] };
  const item = list.items.find((i) => i.entityId === requestId);
  expect(item, `work item of request ${requestId}`).toBeDefined();
  return item!;
}

describe('work queues', () => {
  const journey = useJourney();

  it("a phone request waits in the team queue; a clerk takes it into 我的任务; the supervisor filters by SLA and reassigns a selection with a reason", async () => {
    const { context, page } = await journey().open('queues');
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const request = await phoneRequest(context.request, clerk.csrf, '客户来电申请退保');
    const waiting = await itemOf(context.request, 'team', request.id);
    expect(waiting.ownerId).toBeNull();

    // The home card counts the queues.
    await page.goto('/');
    await expectText(page.getByTestId('home-queue-waiting'), /任务池待领取 [1-9]/);
    await page.getByTestId('home-queue-waiting').click();
    const row = page.getByTestId(`queue-row-servicing-${request.id}`);
    await expectText(row, request.requestNo);
    await expectText(page.getByTestId(`queue-team-${waiting.id}`), /任务池/);
    await expectText(page.getByTestId(`queue-sla-${waiting.id}`), '正常');
    await page.getByTestId(`queue-take-${waiting.id}`).click();
    await expectText(page.locator('.ant-message').last(), '已领取');
    await page.getByTestId('queue-view-mine').click();
    await expectText(page.getByTestId(`queue-row-servicing-${request.id}`), request.requestNo);
    expect((await itemOf(context.request, 'mine', request.id)).ownerId).toBe(clerk.userId);
    // Each row links to its record.
    await page.getByTestId(`queue-open-${waiting.id}`).click();
    await expectText(page.getByTestId('servicing-request-no'), request.requestNo);

    // Two more by phone, then the supervisor: overdue first, filtered, two reassigned at once.
    const a = await phoneRequest(context.request, clerk.csrf, '批量改派一');
    const b = await phoneRequest(context.request, clerk.csrf, '批量改派二');
    const supervisor = await journey().open('queues-supervisor');
    const boss = await apiLogin(supervisor.context.request, 'gz.supervisor', DEMO_PASSWORD);
    const to = ((await (await supervisor.context.request.get('/api/v1/work-items/assignees')).json()) as { items: { id: number; displayName: string }[] })
      .items.find((u) => u.id === clerk.userId)!;
    await supervisor.page.goto('/queues/all');
    await supervisor.page.getByTestId('queue-filter-unassigned').click();
    await expect.poll(() => supervisor.page.url()).toContain('unassigned=true');
    const itemA = await itemOf(supervisor.context.request, '', a.id);
    const itemB = await itemOf(supervisor.context.request, '', b.id);
    for (const id of [a.id, b.id]) await supervisor.page.getByTestId(`queue-row-servicing-${id}`).locator('input[type=checkbox]').check();
    await supervisor.page.getByTestId('queue-reassign-selected').click();
    await choose(supervisor.page, supervisor.page.getByTestId('queue-reassign-owner'), to.displayName, to.displayName);
    await supervisor.page.getByTestId('queue-reassign-reason').fill('任务池积压，指定专人办理');
    await clickInDialog(supervisor.page, supervisor.page.getByTestId('queue-reassign-submit'));
    await expectText(supervisor.page.locator('.ant-message').last(), '已改派 2 项');
    expect((await itemOf(supervisor.context.request, '', a.id)).ownerId).toBe(clerk.userId);
    expect((await itemOf(supervisor.context.request, '', b.id)).ownerId).toBe(clerk.userId);
    expect([itemA.ownerId, itemB.ownerId]).toEqual([null, null]);
    expect(boss.userId).not.toBe(clerk.userId);

    // The SLA filter is in the address and only shows what it says.
    await supervisor.page.goto('/queues/all?sla=on_time');
    await supervisor.page.getByTestId('queue-table').locator('tbody tr[data-testid^="queue-row-"]').first().waitFor();
    const tags = await supervisor.page.locator('[data-testid^="queue-sla-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sla')));
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['on_time']));
    await expectText(supervisor.page.getByTestId('export-xlsx'), '导出');
    expect(await supervisor.page.getByTestId('export-xlsx').getAttribute('data-url')).toBe('/api/v1/work-items/export.xlsx?sla=on_time&view=all&sort=due');
    await screenshot(supervisor.page, 'queues-all');
    await supervisor.context.close();
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('放回任务池 from 我的任务 with a reason; the request page shows the 任务池 and 领取 there; the quality auditor sees 全部 read-only', async () => {
    const { context, page } = await journey().open('queues-return');
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const request = await phoneRequest(context.request, clerk.csrf, '柜面受理后客户改约', 'counter');
    const held = await itemOf(context.request, 'mine', request.id);
    expect(held.ownerId).toBe(clerk.userId);

    await page.goto('/queues/mine?sort=-receivedAt');
    await page.getByTestId(`queue-return-${held.id}`).click();
    // A reason too short is refused by the server, field by field, and nothing moves.
    await page.getByTestId('queue-return-reason').fill(' 无 ');
    await clickInDialog(page, page.getByTestId('queue-return-submit'));
    await expectText(page.getByTestId('queue-return-error'), '至少 2 个字符');
    expect((await itemOf(context.request, 'mine', request.id)).ownerId).toBe(clerk.userId);
    await page.getByTestId('queue-return-reason').fill('客户改约下周到柜面，由当班内勤跟进');
    await clickInDialog(page, page.getByTestId('queue-return-submit'));
    await expectText(page.locator('.ant-message').last(), '已放回任务池');
    expect((await itemOf(context.request, 'team', request.id)).ownerId).toBeNull();

    // The request's page says where it waits, and the clerk takes it from there.
    await page.goto(`/servicing/${request.id}`);
    await expectText(page.getByTestId('work-item-waiting'), /任务池/);
    await page.getByTestId('work-item-take').click();
    await expectText(page.getByTestId('work-item-owner'), '负责人');
    await page.getByTestId('work-item-return').waitFor();
    expect((await itemOf(context.request, 'mine', request.id)).ownerId).toBe(clerk.userId);
    await screenshot(page, 'queues-record-badge');

    // 质检: the supervisor's view in scope, with no take, reassign or return anywhere.
    const audit = await journey().open('queues-auditor');
    await apiLogin(audit.context.request, 'gd.auditor', DEMO_PASSWORD);
    await audit.page.goto('/queues');
    await audit.page.getByTestId('queue-read-only').waitFor();
    expect(audit.page.url()).toContain('/queues/all');
    await audit.page.goto('/queues/all?sort=-receivedAt');
    await expectText(audit.page.getByTestId(`queue-row-servicing-${request.id}`), request.requestNo);
    expect(await audit.page.locator('[data-testid^="queue-take-"], [data-testid^="queue-return-"], [data-testid^="queue-reassign-"]').count()).toBe(0);
    await audit.page.goto(`/servicing/${request.id}`);
    await expectText(audit.page.getByTestId('work-item-owner'), '负责人');
    expect(await audit.page.locator('[data-testid="work-item-take"], [data-testid="work-item-return"]').count()).toBe(0);
    await audit.context.close();
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('in English: the views, SLA states and a single reassignment with its reason', async () => {
    const { context, page } = await journey().open('queues-en', { locale: 'en-US' });
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const request = await phoneRequest(context.request, clerk.csrf, 'surrender asked by phone');
    await apiLogin(context.request, 'gz.supervisor', DEMO_PASSWORD);
    const item = await itemOf(context.request, '', request.id);
    const to = ((await (await context.request.get(`/api/v1/work-items/assignees`)).json()) as { items: { id: number; displayName: string }[] })
      .items.find((u) => u.id === clerk.userId)!;
    await page.goto('/queues/all?sort=-receivedAt');
    await expectText(page.getByTestId('queue-view-all'), tr('queues.views.all'));
    await expectText(page.getByTestId(`queue-sla-${item.id}`), tr('queues.sla.on_time'));
    await page.getByTestId(`queue-reassign-${item.id}`).click();
    await choose(page, page.getByTestId('queue-reassign-owner'), to.displayName, to.displayName);
    await page.getByTestId('queue-reassign-reason').fill('owner on leave');
    await clickInDialog(page, page.getByTestId('queue-reassign-submit'));
    await expectText(page.locator('.ant-message').last(), tr('queues.reassigned', { count: 1 }));
    expect((await itemOf(context.request, '', request.id)).ownerId).toBe(clerk.userId);
    expect.soft(await chineseChrome(page, [], [to.displayName])).toEqual([]);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
