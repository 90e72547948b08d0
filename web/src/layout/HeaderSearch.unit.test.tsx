import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { SessionContext } from '../session/SessionProvider';
import { callsTo, renderWithApp, sessionWith, stubServer } from '../test/render';
import { recentRecords, recordVisit } from '../shared/recent-records';
import { HeaderSearch } from './HeaderSearch';

const USER_ID = 7;
const me = {
  csrfToken: 'x',
  orgUnit: { id: 3, level: 'office', name: '广州一部', nameEn: null },
  permissions: [],
  roles: [],
  user: { id: USER_ID, username: 'u', displayName: '业务员', mustChangePassword: false },
};

const client = (id: number, name: string, mobile: string) => ({
  id, kind: 'person', name, mobile, orgUnitId: 3, orgUnitName: '广州一部', orgUnitNameEn: null, agentId: null, agentName: null,
});

function Where() {
  const location = useLocation();
  return <div data-testid="where">{location.pathname + location.search}</div>;
}

function renderSearch() {
  return renderWithApp(
    <MemoryRouter initialEntries={['/']}>
      <SessionContext.Provider value={{ ...sessionWith(['client.read', 'policy.read']), me: me as never }}>
        <HeaderSearch />
        <Routes><Route path="*" element={<Where />} /></Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

// Issue 11 item 6: the header search.
describe('the header search box', () => {
  beforeAll(() => i18n.changeLanguage('zh-CN'));
  beforeEach(() => localStorage.removeItem(`anxin.recent.${USER_ID}`));
  afterEach(() => vi.unstubAllGlobals());

  it('Enter opens the best match (the first result) once the results for what was typed are in', async () => {
    const user = userEvent.setup();
    const server = stubServer({
      'GET /api/v1/clients/search': (url) => ({
        body: url.searchParams.get('q') === 'wxm'
          ? { matchedBy: 'initials', items: [client(41, '王小明', '139****7391'), client(42, '王晓梅', '138****0000')] }
          : { matchedBy: 'name', items: [client(99, '旧结果', '137****0000')] },
      }),
      'GET /api/v1/policies': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderSearch();
    // Typed and Enter at once, before the search has even started: it waits for the results.
    await user.type(screen.getByTestId('header-search-input'), 'wxm{Enter}');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/clients/41'), { timeout: 5000 });
    // Whatever an earlier prefix found (旧结果, #99) was never opened.
    expect(callsTo(server, 'GET /api/v1/clients/search').map(([u]) => new URL(u, 'http://x').searchParams.get('q')).at(-1)).toBe('wxm');
    expect((screen.getByTestId('header-search-input') as HTMLInputElement).value).toBe('');
  });

  it('lists results with their human labels: name and masked mobile; policy number and policyholder', async () => {
    const user = userEvent.setup();
    stubServer({
      'GET /api/v1/clients/search': () => ({ body: { matchedBy: 'mobileTail', items: [client(41, '王小明', '139****7391')] } }),
      'GET /api/v1/policies': () => ({ body: { items: [{ id: 5, policyNumber: '7391000001', policyholderName: '王小明', insurerName: '平安人寿', internalNo: 'GZ01-2026-000005' }], nextCursor: null } }),
    });
    renderSearch();
    await user.type(screen.getByTestId('header-search-input'), '7391');
    const hit = await screen.findByTestId('header-search-hit-client-41');
    expect(hit.textContent).toContain('王小明');
    expect(hit.textContent).toContain('139****7391');
    const policy = await screen.findByTestId('header-search-hit-policy-5');
    expect(policy.textContent).toContain('7391000001');
    expect(policy.textContent).toContain('王小明');
  });

  it('Enter with nothing found opens the client list searching the term', async () => {
    const user = userEvent.setup();
    stubServer({
      'GET /api/v1/clients/search': () => ({ body: { matchedBy: 'nameFuzzy', items: [] } }),
      'GET /api/v1/policies': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderSearch();
    await user.type(screen.getByTestId('header-search-input'), '无此人{Enter}');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe(`/clients?q=${encodeURIComponent('无此人')}`), { timeout: 5000 });
  });

  it('an empty box shows the records this user opened last, newest first, and opens one', async () => {
    const user = userEvent.setup();
    stubServer({});
    recordVisit(USER_ID, { kind: 'client', id: 41, title: '王小明', detail: '139****7391' }, 1);
    recordVisit(USER_ID, { kind: 'policy', id: 5, title: '7391000001', detail: '王小明' }, 2);
    localStorage.setItem('anxin.recent.8', JSON.stringify([{ kind: 'client', id: 77, path: '/clients/77', title: '别人的', detail: '', at: 1 }]));
    renderSearch();
    await user.click(screen.getByTestId('header-search-input'));
    const group = await screen.findByTestId('header-search-group-recent');
    expect(group.textContent).toBe('最近查看');
    const policy = await screen.findByTestId('header-search-recent-policy-5');
    const first = screen.getByTestId('header-search-recent-client-41');
    expect(policy.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(first.textContent).toContain('139****7391');
    // Another user's list is not shown, and is gone from this browser.
    expect(screen.queryByTestId('header-search-recent-client-77')).toBeNull();
    expect(localStorage.getItem('anxin.recent.8')).toBeNull();
    await user.click(first);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/clients/41'));
  });
});

describe('recently viewed records (最近查看)', () => {
  beforeEach(() => localStorage.removeItem(`anxin.recent.${USER_ID}`));

  it('keeps the last 10, a revisited record moved to the top', () => {
    for (let i = 1; i <= 12; i++) recordVisit(USER_ID, { kind: 'client', id: i, title: `客户${i}`, detail: '' }, i);
    recordVisit(USER_ID, { kind: 'client', id: 5, title: '客户5', detail: '' }, 13);
    const ids = recentRecords(USER_ID).map((r) => r.id);
    expect(ids).toEqual([5, 12, 11, 10, 9, 8, 7, 6, 4, 3]);
    expect(recentRecords(USER_ID)[0]).toMatchObject({ path: '/clients/5', at: 13 });
  });

  it('reads a damaged entry as an empty list', () => {
    localStorage.setItem(`anxin.recent.${USER_ID}`, '{not json');
    expect(recentRecords(USER_ID)).toEqual([]);
  });
});
