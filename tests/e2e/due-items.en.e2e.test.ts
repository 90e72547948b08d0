import { describe, expect, it } from 'vitest';
import { request, type Page } from 'playwright-core';
import { PENDING_MODULE_RULES } from '../../server/src/modules/deadlines/deadline-rules.data.js';
import { POLICY_DEADLINE_RULES } from '../../server/src/modules/policies/policies.deadline-rules.js';
import { TEMPLATES } from '../../server/src/modules/notifications/templates.js';
import { format } from '../../server/src/platform/http/messages.js';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin, openInquiryDeadline } from './api-helpers.js';
import { CJK, chineseChrome, serverPattern, tr } from './english.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

/** A counted text of the web (one and other forms) as a pattern matching any number there. */
function withAnyNumber(key: string): RegExp {
  const forms = [1, 97].map((count) => tr(key, { count }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(String(count), '\\d+'));
  return new RegExp(`^(?:${forms.join('|')})$`);
}

/** A rule as the server seeds it (deadline-rules.data.ts, the modules' own): its English name and basis. */
function rule(id: string) {
  const found = [...PENDING_MODULE_RULES, ...POLICY_DEADLINE_RULES].find((r) => r.id === id);
  if (!found) throw new Error(`no deadline rule ${id}`);
  return found;
}

describe('my due items, in English (issue 11, item 2)', () => {
  const journey = useJourney();

  it('an English-speaking clerk finds a policy to-do by its internal number and policyholder and an inquiry by its English type, each with its English rule and basis; filters by record type and follows the label to the policy', async () => {
    const { context, page } = await journey().open('due-items-en-record-link', { locale: 'en-US' });
    // A policy of Guangzhou 01 (demo data) with a reissue requested, owned by the clerk.
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await context.request.get('/api/v1/policies?limit=20')).json()) as { items: { id: number; internalNo: string; policyholderName: string }[] };
    let id: number | undefined;
    let policy = policies.items[0]!;
    // The first policy without a reissue already running (demo data may have one).
    for (const candidate of policies.items) {
      const res = await context.request.post('/api/v1/deadlines/events', {
        headers: { 'X-CSRF-Token': clerk.csrf },
        data: { entityType: 'policy', entityId: String(candidate.id), event: 'policy.reissue_requested', orgUnitId: clerk.unitId('GZ01'), ownerId: clerk.userId, ruleIds: ['policy.reissue_submit'] },
      });
      expect(res.status()).toBe(200);
      [id] = ((await res.json()) as { opened: number[] }).opened;
      policy = candidate;
      if (id) break;
    }
    expect(id).toBeDefined();
    const { id: inquiryId } = await openInquiryDeadline(context.request, 'e2e-filter');
    const reissue = rule('policy.reissue_submit');
    const inquiry = rule('inquiry.answer');
    const unitNameEn = clerk.unitNameEn('GZ01');
    expect(unitNameEn).toBeTruthy();

    await page.goto('/due-items');
    await expectText(page.getByTestId('due-items-page').locator('.ant-card-head'), tr('deadlines.mine.title'));
    const card = page.getByTestId(`deadline-card-${id}`);
    const label = `${policy.internalNo} ${policy.policyholderName}`;
    await expectText(card.getByTestId('record-link'), label);
    // The org unit by its English name; the owner by the name people know them by.
    await expectText(card.getByTestId('deadline-record'), unitNameEn!);
    await expectText(card.getByTestId('deadline-record'), tr('deadline.owner'));
    await expectText(card.getByTestId('deadline-rule'), reissue.nameEn);
    await expectText(card.getByTestId('deadline-spec-id'), reissue.specId!);
    await expectText(card.getByTestId('deadline-basis'), `${tr('deadline.basis')}${tr('common.separators.colon')}`.trimEnd());
    await expectText(card.getByTestId('deadline-basis'), reissue.basisEn);
    await expectText(card.getByTestId('deadline-countdown'), withAnyNumber('deadline.countdown.workingDaysLeft'));
    await expectText(card.getByTestId('deadline-due'), tr('deadline.dueAt', { time: '' }).trim());
    // An inquiry has no page yet: its type in English and its id, not a link.
    const inquiryCard = page.getByTestId(`deadline-card-${inquiryId}`);
    await expectText(inquiryCard.getByTestId('record-label'), `${tr('deadline.entityTypes.inquiry')} e2e-filter`);
    expect(await inquiryCard.getByTestId('record-link').count()).toBe(0);
    await expectText(inquiryCard.getByTestId('deadline-rule'), inquiry.nameEn);
    await expectText(inquiryCard.getByTestId('deadline-basis'), inquiry.basisEn);
    expect(await inquiryCard.getByTestId('deadline-rule').textContent()).not.toMatch(CJK);
    expect(await inquiryCard.getByTestId('deadline-basis').textContent()).not.toMatch(CJK);
    // The record types to filter by, in English.
    await expectText(page.getByTestId('due-type-all'), tr('deadlines.mine.filter.all'));
    await expectText(page.getByTestId('due-type-policy'), tr('deadline.entityTypes.policy'));
    await expectText(page.getByTestId('due-type-inquiry'), tr('deadline.entityTypes.inquiry'));
    // Why a to-do was paused is the supervisor's own words (user data), not the page's.
    const mine = (await (await context.request.get('/api/v1/deadlines/mine')).json()) as Record<'overdue' | 'dueToday' | 'upcoming', { pauseReason: string | null }[]>;
    const pauseReasons = [...mine.overdue, ...mine.dueToday, ...mine.upcoming].flatMap((d) => (d.pauseReason ? [d.pauseReason] : []));
    expect.soft(await chineseChrome(page, [], pauseReasons)).toEqual([]);
    await screenshot(page, 'due-items-en-all');

    // Only policies: the inquiry goes, the policy stays; the choice is kept in the address.
    await page.getByTestId('due-type-policy').click();
    await inquiryCard.waitFor({ state: 'detached' });
    await card.waitFor();
    expect(new URL(page.url()).searchParams.get('type')).toBe('policy');
    await screenshot(page, 'due-items-en-type-filter');

    await card.getByTestId('record-link').click();
    await page.waitForURL(`**/policies/${policy.id}`);
    await expectText(page.getByTestId('policy-internal-no'), policy.internalNo);
    await page.getByTestId('policy-profile').waitFor();
    // The policy page's own words are English; its title carries the number and the policyholder's name.
    expect.soft(await chineseChrome(page, ['.ant-card-head-title'])).toEqual([]);
    await screenshot(page, 'due-items-en-policy');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('an overdue inquiry is escalated: the English-speaking Guangzhou supervisor gets the notice in the bell in English and finds it under the overdue-in-scope tab', async () => {
    const { context, page } = await journey().open('due-items-en-scope-overdue', { locale: 'en-US' });
    const server = journey().server;
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    const { id } = await openInquiryDeadline(context.request, 'e2e-late', twentyDaysAgo);
    const { ownerName } = (await (await context.request.get(`/api/v1/deadlines/${id}`)).json()) as { ownerName: string };
    // The sweep runs every minute; head office runs it now rather than waiting.
    const admin = await request.newContext({ baseURL: server.baseUrl });
    const { csrf } = await apiLogin(admin, 'admin', E2E_ADMIN_PASSWORD);
    expect((await admin.post('/api/v1/deadlines/sweep', { headers: { 'X-CSRF-Token': csrf }, data: {} })).status()).toBe(200);
    await admin.dispose();
    await context.clearCookies();
    const inquiry = rule('inquiry.answer');

    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The supervisor's own name (home greets them by it) is theirs, not the page's.
    const supervisorName = (await page.getByTestId('header-user').textContent())!.trim();
    await page.getByTestId('notif-bell').click();
    const drawer = page.getByTestId('notif-drawer');
    const notice = drawer.locator('[data-testid^="notif-item-"]').filter({ hasText: 'e2e-late' });
    await expectText(notice, format(TEMPLATES['deadline.escalated'].title, 'en', { ruleName: inquiry.nameEn, ownerName }));
    await expectText(notice.getByTestId('record-label'), `${tr('deadline.entityTypes.inquiry')} e2e-late`);
    await expectText(notice, inquiry.basisEn);
    expect(await notice.getAttribute('data-unread')).toBe('true');
    await expectText(drawer.locator('.ant-drawer-header'), tr('notifications.title'));
    await expectText(notice.getByTestId('notif-open'), tr('notifications.openScopeOverdue'));
    expect.soft(await chineseChrome(page, [], [supervisorName])).toEqual([]);
    await screenshot(page, 'due-items-en-bell');
    await notice.getByTestId('notif-open').click();

    await expectText(page.getByTestId('due-tab-scope'), tr('deadlines.mine.tabs.scope'));
    const card = page.getByTestId('scope-overdue-list').getByTestId(`deadline-card-${id}`);
    await expectText(card.getByTestId('deadline-state'), tr('deadline.states.overdue'));
    await expectText(card.getByTestId('deadline-countdown'), withAnyNumber('deadline.countdown.overdueWorkingDays'));
    await expectText(card.getByTestId('deadline-rule'), inquiry.nameEn);
    expect.soft(await chineseChrome(page, [], [supervisorName])).toEqual([]);
    await screenshot(page, 'due-items-en-scope-overdue');

    // Opened from the bell, the notice is read.
    await page.getByTestId('notif-bell').click();
    await expectText(page.getByTestId('notif-drawer').locator('[data-testid^="notif-item-"]').filter({ hasText: 'e2e-late' }), inquiry.nameEn);
    expect(await page.getByTestId('notif-drawer').locator('[data-testid^="notif-item-"][data-unread="true"]').filter({ hasText: 'e2e-late' }).count()).toBe(0);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
