import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { SessionContext } from '../../session/SessionProvider';
import type { Permission } from '../../session/types';
import { callsTo, renderWithApp, sessionWith, stubServer } from '../../test/render';
import HomePage from './HomePage';
import { OPEN_DEADLINE } from '../../test/deadline-fixture';

const me = (displayName: string) => ({
  csrfToken: 'x',
  orgUnit: { id: 3, level: 'city', name: '广州分公司', nameEn: 'Guangzhou Branch' },
  permissions: [],
  roles: [{ orgUnitId: 3, orgUnitLevel: 'city', orgUnitName: '广州分公司', orgUnitNameEn: null, role: 'supervisor' }],
  user: { id: 7, username: 'u', displayName, mustChangePassword: false },
});

const deadline = (id: number, label: string, over: Record<string, unknown> = {}) => ({
  id,
  ruleId: 'policy.verify',
  ruleName: '保单核对',
  module: 'policies',
  basis: { specId: 'R-PO-3', lawRef: null, lawRefEn: null, text: '登记后 5 个工作日内核对' },
  entityType: 'policy',
  entityId: String(id),
  record: { label, href: `/policies/${id}` },
  orgUnitId: 3,
  orgUnitName: '广州分公司',
  ownerId: 7,
  ownerName: '主管',
  ...OPEN_DEADLINE,
  ...over,
});

function server(demoLoaded: boolean) {
  return stubServer({
    'GET /api/v1/deadlines/counts': () => ({
      body: { mine: { overdue: 2, dueSoon: 1, dueToday: 1, dueThisWeek: 4 }, horizon: '2026-12-11', scopeOverdue: 9 },
    }),
    'GET /api/v1/deadlines': (url) => ({
      body: url.searchParams.get('state') === 'overdue'
        ? { items: [deadline(21, 'GZ02-2026-0021 李四', { state: 'overdue', secondsLeft: -3600 })], nextCursor: null }
        : { items: [1, 2, 3, 4, 5, 6].map((n) => deadline(n, `GZ01-2026-000${n} 王${n}`)), nextCursor: null },
    }),
    'GET /api/v1/demo': () => ({ body: { loaded: demoLoaded } }),
    'GET /api/v1/work-items/summary': () => ({
      body: { mine: { open: 6, overdue: 2, dueSoon: 1 }, teams: [{ orgUnitId: 4, orgUnitName: '广州一部', orgUnitNameEn: null, role: 'clerk', waiting: 3, overdue: 1 }], types: [] },
    }),
  });
}

function renderHome(permissions: Permission[], name = '测试用户') {
  const session = { ...sessionWith(permissions), me: me(name) };
  return renderWithApp(
    <MemoryRouter>
      <SessionContext.Provider value={session}>
        <HomePage />
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

const SUPERVISOR: Permission[] = ['deadline.read', 'deadline.manage', 'task.reassign', 'client.read', 'policy.read'];
const ADMIN: Permission[] = ['deadline.read', 'org.read', 'org.manage', 'user.read', 'user.manage', 'audit.read'];

describe('the home workbench', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it('links my overdue / due today / due this week counts to the to-do page filtered to each', async () => {
    server(true);
    renderHome(SUPERVISOR);
    const overdue = screen.getByTestId('home-count-overdue');
    await waitFor(() => expect(overdue.textContent).toContain('2'));
    expect(overdue.textContent).toContain('我的逾期');
    expect(overdue.getAttribute('href')).toBe('/due-items?show=overdue');
    expect(screen.getByTestId('home-count-dueToday')?.getAttribute('href')).toBe('/due-items?show=dueToday');
    expect(screen.getByTestId('home-count-dueToday').textContent).toContain('1');
    expect(screen.getByTestId('home-count-dueThisWeek')?.getAttribute('href')).toBe('/due-items?show=upcoming');
    expect(screen.getByTestId('home-count-dueThisWeek').textContent).toContain('4');
    expect(screen.getByTestId('home-count-dueThisWeek').textContent).toContain('一周内到期（至');
  });

  it('shows the first five of my live deadlines, and a supervisor the unit\'s overdue count and items, each linking to its record', async () => {
    const fetchMock = server(true);
    renderHome(SUPERVISOR);
    const queue = await screen.findByTestId('home-queue-list');
    expect(within(queue).getAllByTestId(/^deadline-card-/)).toHaveLength(5);
    expect(within(queue).getByText('GZ01-2026-0001 王1').closest('a')?.getAttribute('href')).toBe('/policies/1');
    const mine = callsTo(fetchMock, 'GET /api/v1/deadlines').map(([input]) => new URL(input, 'http://localhost').searchParams);
    expect(mine.some((q) => q.get('ownerId') === '7' && q.get('live') === 'true')).toBe(true);

    const scope = await screen.findByTestId('home-scope-list');
    expect(within(scope).getByText('GZ02-2026-0021 李四').closest('a')?.getAttribute('href')).toBe('/policies/21');
    await waitFor(() => expect(screen.getByTestId('home-scope-count').textContent).toContain('9'));
    expect(screen.getByTestId('home-scope-all')?.getAttribute('href')).toBe('/due-items?tab=scope');
    // Those who see clients get no demo hint, and the server is not even asked.
    expect(screen.queryByTestId('home-demo-users')).toBeNull();
    expect(callsTo(fetchMock, 'GET /api/v1/demo')).toHaveLength(0);
    // The modules stay, below.
    expect(screen.queryByTestId('home-modules')).not.toBeNull();
  });

  it("counts my tasks and what waits in my teams' queues from the work queues, linking to each", async () => {
    const fetchMock = server(true);
    renderHome(SUPERVISOR);
    const tasks = await screen.findByTestId('home-queue-tasks');
    expect(tasks.textContent).toContain('我的任务 6');
    expect(tasks.textContent).toContain('逾期 2');
    expect(tasks.getAttribute('href')).toBe('/queues/mine');
    expect(screen.getByTestId('home-queue-waiting').textContent).toBe('任务池待领取 3');
    expect(screen.getByTestId('home-queue-waiting').getAttribute('href')).toBe('/queues/team');
    expect(callsTo(fetchMock, 'GET /api/v1/work-items/summary')).toHaveLength(1);
  });

  it('a non-supervisor sees no unit overdue list', async () => {
    server(true);
    renderHome(['deadline.read', 'client.read']);
    await screen.findByTestId('home-queue-list');
    expect(screen.queryByTestId('home-scope')).toBeNull();
  });

  it('tells the admin which demo user to try for each role, when the demo data is loaded', async () => {
    server(true);
    renderHome(ADMIN, '系统管理员');
    const hint = await screen.findByTestId('home-demo-users');
    for (const username of ['gz01.clerk', 'gz01.agent1', 'gz.supervisor', 'ho.auditor']) {
      expect(within(hint).getByTestId(`home-demo-user-${username}`).textContent).toContain(username);
    }
    expect(hint.textContent).toContain('anxin-demo-2026');
  });

  it('and says nothing of demo users without demo data', async () => {
    const fetchMock = server(false);
    renderHome(ADMIN, '系统管理员');
    await waitFor(() => expect(callsTo(fetchMock, 'GET /api/v1/demo')).toHaveLength(1));
    await screen.findByTestId('home-queue-list');
    expect(screen.queryByTestId('home-demo-users')).toBeNull();
    expect(screen.getByTestId('home').textContent).toContain('您好，系统管理员');
  });
});
