import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { SessionContext } from '../../session/SessionProvider';
import { callsTo, renderWithApp, sessionWith, stubServer } from '../../test/render';
import { NotificationList } from './NotificationList';

const notice = (id: number, record: { label: string; href: string | null } | null) => ({
  id, kind: 'deadline.overdue', title: '时限逾期：保单补发递交', body: '已逾期', entityType: record ? 'policy' : null, entityId: record ? '577' : null,
  record, createdAt: '2026-12-01T02:00:00Z', readAt: null,
});

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

describe('a notification names its record', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));

  it('links the record by its label; following it marks the notice read and closes the drawer', async () => {
    const fetchMock = stubServer({
      'GET /api/v1/notifications': () => ({ body: { items: [notice(1, { label: 'GZ01-2026-0001 王小明', href: '/policies/577' }), notice(2, null)], nextCursor: null } }),
      'POST /api/v1/notifications/1/read': () => ({ body: { ...notice(1, { label: 'GZ01-2026-0001 王小明', href: '/policies/577' }), readAt: '2026-12-02T02:00:00Z' } }),
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 1 } }),
    });
    const onNavigate = vi.fn();
    renderWithApp(
      <MemoryRouter initialEntries={['/']}>
        <SessionContext.Provider value={sessionWith(['deadline.read'])}>
          <Routes>
            <Route path="/" element={<NotificationList onlyUnread={false} onNavigate={onNavigate} />} />
            <Route path="*" element={<Where />} />
          </Routes>
        </SessionContext.Provider>
      </MemoryRouter>,
    );
    const link = await screen.findByRole('link', { name: 'GZ01-2026-0001 王小明' });
    expect(link.getAttribute('href')).toBe('/policies/577');
    expect(screen.getAllByRole('link')).toHaveLength(1); // the notice about no record has none

    await userEvent.setup().click(link);
    expect((await screen.findByTestId('where')).textContent).toBe('/policies/577');
    expect(onNavigate).toHaveBeenCalled();
    await waitFor(() => expect(callsTo(fetchMock, 'POST /api/v1/notifications/1/read')).toHaveLength(1));
  });
});
