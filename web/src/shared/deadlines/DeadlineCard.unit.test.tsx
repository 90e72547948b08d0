import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { SessionContext } from '../../session/SessionProvider';
import { renderWithApp, sessionWith } from '../../test/render';
import { DeadlineCard } from './DeadlineCard';
import type { Deadline } from './deadlines.api';
import { OPEN_DEADLINE } from '../../test/deadline-fixture';

const deadline = (record: Deadline['record'], over: Partial<Deadline> = {}): Deadline => ({
  id: 9,
  ruleId: 'policy.intake_verify',
  ruleName: '保单登记核对',
  module: 'policies',
  basis: { specId: 'R-PO-4', lawRef: null, lawRefEn: null, text: '登记后 3 个工作日内核对' },
  entityType: 'policy',
  entityId: '577',
  record,
  orgUnitId: 1,
  orgUnitName: '广州一部',
  ownerId: 2,
  ownerName: '李文员',
  ...OPEN_DEADLINE,
  dueClockMs: Date.now() + 86_400_000,
  ...over,
});

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

function renderCard(d: Deadline) {
  return renderWithApp(
    <MemoryRouter initialEntries={['/due-items']}>
      <SessionContext.Provider value={sessionWith(['deadline.read'])}>
        <Routes>
          <Route path="/due-items" element={<DeadlineCard deadline={d} onChanged={() => undefined} />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('the record on a deadline card', () => {
  // jsdom's browser prefers en-US, which now opens in English (initial-language.ts): these texts are the Chinese ones.
  beforeAll(() => i18n.changeLanguage('zh-CN'));

  it('shows the record by its label, not its id, as a link to its page', async () => {
    renderCard(deadline({ label: 'GZ01-2026-0001 王小明', href: '/policies/577' }));
    const link = screen.getByRole('link', { name: 'GZ01-2026-0001 王小明' });
    expect(link.getAttribute('href')).toBe('/policies/577');
    expect(screen.getByTestId('deadline-record').textContent).not.toContain('577 ');

    await userEvent.setup().click(link);
    expect((await screen.findByTestId('where')).textContent).toBe('/policies/577');
  });

  it('shows a record without a page (or out of scope) as plain text', () => {
    renderCard(deadline({ label: '咨询 q-17', href: null }, { entityType: 'inquiry', entityId: 'q-17' }));
    expect(screen.getByTestId('deadline-record').textContent).toContain('咨询 q-17');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
