import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { NotificationBell } from '../../modules/notifications/NotificationBell';
import { SessionContext } from '../../session/SessionProvider';
import { callsTo, renderWithApp, sessionWith, stubServer } from '../../test/render';
import { DeadlineList } from './DeadlineList';
import { OPEN_DEADLINE } from '../../test/deadline-fixture';

const deadline = (over: Record<string, unknown> = {}) => ({
  id: 5,
  ruleId: 'policy.verify',
  ruleName: '保单核对',
  module: 'policies',
  basis: { specId: 'R-PO-3', lawRef: null, lawRefEn: null, text: '登记后 5 个工作日内核对' },
  entityType: 'policy',
  entityId: '7',
  record: { label: 'GZ01-2026-0007 陈建国', href: '/policies/7' },
  orgUnitId: 1,
  orgUnitName: '总公司',
  ownerId: null,
  ownerName: null,
  ...OPEN_DEADLINE,
  ...over,
});

/** The server as this test needs it: one deadline; pausing it also adds an unread notification. */
function server(pause: { status: number; body: unknown }) {
  let paused = false;
  const current = () => (paused ? deadline({ paused: true, pauseReason: '客户出差', version: 2 }) : deadline());
  const fetchMock = stubServer({
    'GET /api/v1/deadlines': () => ({ body: { items: [current()], nextCursor: null } }),
    'GET /api/v1/notifications/unread-count': () => ({ body: { count: paused ? 3 : 2 } }),
    'POST /api/v1/deadlines/5/pause': () => {
      if (pause.status === 200) paused = true;
      return pause.status === 200 ? { body: current() } : pause;
    },
  });
  return fetchMock;
}

function renderPage() {
  return renderWithApp(
    <MemoryRouter>
      <SessionContext.Provider value={sessionWith(['deadline.read', 'deadline.manage'])}>
        <NotificationBell />
        <DeadlineList entityType="policy" entityId="7" />
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

async function pauseWith(reason: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /暂停/ }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByTestId('deadline-reason'), reason);
  await user.click(within(dialog).getByTestId('deadline-action-submit'));
  return dialog;
}

describe('pausing a deadline', () => {
  // jsdom's browser prefers en-US, which now opens in English (initial-language.ts): these texts are the Chinese ones.
  beforeAll(() => i18n.changeLanguage('zh-CN'));

  it('shows it paused where it is, and reads the unread count again at once', async () => {
    const fetchMock = server({ status: 200, body: null });
    renderPage();
    expect(await screen.findByText('保单核对')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: '通知（2 条未读）' })).toBeTruthy());

    await pauseWith('客户出差');

    expect(await screen.findByText('已暂停：客户出差')).toBeTruthy();
    // The bell follows deadlines: the pause's notification shows without waiting a minute.
    expect(await screen.findByRole('button', { name: '通知（3 条未读）' })).toBeTruthy();
    // The card shows the server's answer and is not read away from under the user: the list is read again when next shown.
    expect(callsTo(fetchMock, 'GET /api/v1/deadlines')).toHaveLength(1);
    const [, init] = callsTo(fetchMock, 'POST /api/v1/deadlines/5/pause')[0]!;
    expect(JSON.parse(String(init?.body))).toEqual({ version: 1, reason: '客户出差' });
  });

  it('puts the server’s field errors on the field and the rest above the form, changing nothing', async () => {
    const fetchMock = server({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: '请求内容有误',
          fields: [
            { path: 'reason', message: '原因不能只有标点' },
            { path: 'version', message: '版本号无效' },
          ],
        },
      },
    });
    renderPage();
    const dialog = await pauseWith('。。');

    expect(await within(dialog).findByText('原因不能只有标点')).toBeTruthy();
    const alert = within(dialog).getByTestId('form-error');
    expect(alert.textContent).toContain('请求内容有误');
    expect(alert.textContent).toContain('version：版本号无效');
    expect(screen.queryByText(/已暂停/)).toBeNull();
    expect(callsTo(fetchMock, 'POST /api/v1/deadlines/5/pause')).toHaveLength(1); // a write is never retried
    expect(callsTo(fetchMock, 'GET /api/v1/deadlines')).toHaveLength(1);
  });
});
