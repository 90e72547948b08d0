import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n';
import { SessionContext } from '../../../session/SessionProvider';
import { callsTo, renderWithApp, sessionWith, stubServer } from '../../../test/render';
import AuditPage from './AuditPage';

// The audit trail on the shared list: rows keyed by seq, the org unit in the reader's language, a click
// on the actor narrows the list to that actor, a click on the row opens the entry, and the head office
// still verifies the chain above the list.
const UNITS = [
  { id: 1, parentId: null, code: 'HO', name: '总公司', nameEn: 'Head Office', level: 'head_office', path: '/HO/', active: true, version: 1 },
  { id: 5, parentId: 1, code: 'GZ01', name: '广州第一营业部', nameEn: 'Guangzhou Office 1', level: 'office', path: '/HO/GZ01/', active: true, version: 1 },
];
const entry = (seq: number, over: Record<string, unknown> = {}) => ({
  seq,
  at: '2026-03-01T02:00:00.000Z',
  actorId: 7,
  actorName: 'gz.supervisor',
  orgUnitId: 5,
  orgUnitName: '广州第一营业部',
  orgUnitNameEn: 'Guangzhou Office 1',
  action: 'pii.reveal',
  entityType: 'user',
  entityId: '42',
  before: null,
  after: { field: 'mobile' },
  requestId: 'req-1',
  hash: `hash-${seq}`,
  ...over,
});

function serve() {
  return stubServer({
    'GET /api/v1/audit': (url) => ({
      body: { items: [entry(902), entry(901, { actorId: null, actorName: null, action: 'system.job' })], total: 2, totalExact: true, page: Number(url.searchParams.get('page')), pageSize: 20, nextCursor: null },
    }),
    'GET /api/v1/org-units': { body: { items: UNITS } },
    'GET /api/v1/audit/verify': { body: { ok: true, entries: 902, lastSeq: 902, lastHash: 'h' } },
  });
}

function Address() {
  return <output data-testid="address">{useLocation().search}</output>;
}

function open(headOffice: boolean) {
  const session = {
    ...sessionWith(['audit.read', 'org.read'], { roles: [{ id: 'auditor', zh: '质检', en: 'Quality auditor', permissions: ['audit.read', 'org.read'] }], permissions: [] }),
    me: {
      csrfToken: 'x',
      orgUnit: { id: headOffice ? 1 : 5, level: headOffice ? 'head_office' : 'office', name: '', nameEn: null },
      permissions: [],
      roles: [{ orgUnitId: headOffice ? 1 : 5, orgUnitLevel: 'head_office', orgUnitName: '', orgUnitNameEn: null, role: 'auditor' }],
      user: { id: 3, username: 'ho.auditor', displayName: '质检', mustChangePassword: false },
    },
  } as unknown as Parameters<typeof SessionContext.Provider>[0]['value'];
  return renderWithApp(
    <MemoryRouter initialEntries={['/admin/audit?sort=at']}>
      <SessionContext.Provider value={session}>
        <AuditPage />
        <Address />
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');

describe('the audit page', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it('lists entries keyed by seq in the sort from the address, with the org unit in the reader\u2019s language', async () => {
    const fetchMock = serve();
    open(true);
    const row = await screen.findByTestId('audit-row-902');
    expect(screen.getByTestId('audit-row-901').textContent).toContain('系统');
    const query = Object.fromEntries(new URL(callsTo(fetchMock, 'GET /api/v1/audit')[0]![0] as string, 'http://localhost').searchParams);
    expect(query).toEqual({ sort: 'at', page: '1', pageSize: '20' });
    expect(within(row).getByTestId('audit-org').textContent).toBe('广州第一营业部');
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(within(screen.getByTestId('audit-row-902')).getByTestId('audit-org').textContent).toBe('Guangzhou Office 1'));
  });

  it('narrows the list to an actor from the row, without opening the entry; a row click opens the entry in full', async () => {
    const fetchMock = serve();
    open(true);
    const row = await screen.findByTestId('audit-row-902');
    fireEvent.click(within(row).getByTestId('audit-actor'));
    await waitFor(() => expect(address().get('actorId')).toBe('7'));
    expect(address().get('sort')).toBe('at');
    await waitFor(() => {
      const calls = callsTo(fetchMock, 'GET /api/v1/audit');
      expect(new URL(calls[calls.length - 1]![0] as string, 'http://localhost').searchParams.get('actorId')).toBe('7');
    });
    expect(screen.queryByTestId('audit-details-hash')).toBeNull();

    fireEvent.click(within(screen.getByTestId('audit-row-902')).getByTestId('audit-action'));
    expect((await screen.findByTestId('audit-details-hash')).textContent).toBe('hash-902');
    expect(screen.getByText('审计记录 #902')).toBeTruthy();
    expect(screen.getByText(/"field": "mobile"/)).toBeTruthy();
  });

  it('keeps the chain check above the list for the head office, and not for an office', async () => {
    const fetchMock = serve();
    const first = open(true);
    fireEvent.click(await screen.findByTestId('audit-verify'));
    expect((await screen.findByTestId('audit-verify-ok')).textContent).toContain('902');
    expect(callsTo(fetchMock, 'GET /api/v1/audit/verify')).toHaveLength(1);
    first.unmount();

    open(false);
    await screen.findByTestId('audit-row-902');
    expect(screen.queryByTestId('audit-verify')).toBeNull();
  });
});
