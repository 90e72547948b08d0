import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import type { Permission } from '../../session/types';
import { SessionContext } from '../../session/SessionProvider';
import { renderWithApp, sessionWith } from '../../test/render';
import { OPEN_DEADLINE } from '../../test/deadline-fixture';
import { formatDue } from '../format';
import { TONE_COLOURS } from './countdown';
import { DeadlineCard } from './DeadlineCard';
import type { Deadline } from './deadlines.api';

/**
 * One to-do card (我的待办 / My due items, the record pages' deadline tabs) in both languages: the record
 * by its label and a link to it, how overdue or due-today reads and is coloured, the basis. The clock
 * is fixed — Tuesday 2026-12-08 10:00 in Beijing — so nothing depends on when the test runs.
 */
const NOW = Date.parse('2026-12-08T02:00:00Z');
const HOUR = 3_600_000;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The server's words for one record in the caller's language (rule, basis, org unit come localised). */
const SENT = {
  'zh-CN': {
    ruleName: '保单登记核对',
    basis: { specId: 'R-PO-4', lawRef: null, lawRefEn: null, text: '登记后 3 个工作日内核对' },
    orgUnitName: '天河营业部',
  },
  en: {
    ruleName: 'Verify a registered policy',
    basis: { specId: 'R-PO-4', lawRef: null, lawRefEn: null, text: 'Verified within 3 working days of registration' },
    orgUnitName: 'Tianhe office',
  },
} as const;

type Lang = keyof typeof SENT;

const deadline = (lang: Lang, over: Partial<Deadline> = {}): Deadline => ({
  id: 9,
  ruleId: 'policy.intake_verify',
  module: 'policies',
  entityType: 'policy',
  entityId: '577',
  record: { label: 'GZ01-2026-0001 Wang Xiaoming', href: '/policies/577' },
  orgUnitId: 1,
  ownerId: 2,
  ownerName: 'Li Wen',
  ...SENT[lang],
  ...OPEN_DEADLINE,
  dueClockMs: NOW + 3 * 24 * HOUR,
  workingDaysLeft: 3,
  ...over,
});

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

function renderCard(d: Deadline, permissions: Permission[] = ['deadline.read']) {
  return renderWithApp(
    <MemoryRouter initialEntries={['/due-items']}>
      <SessionContext.Provider value={sessionWith(permissions)}>
        <Routes>
          <Route path="/due-items" element={<DeadlineCard deadline={d} onChanged={() => undefined} />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

/** A colour as the DOM reports an inline style: #cf1322 → rgb(207, 19, 34). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const card = () => screen.getByTestId('deadline-card-9');
const countdown = () => screen.getByTestId('deadline-countdown');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(async () => {
  vi.useRealTimers();
  await i18n.changeLanguage('zh-CN');
});

describe.each(['zh-CN', 'en'] as const)('a to-do card in %s', (lang) => {
  const t = i18n.getFixedT(lang);
  beforeAll(() => i18n.changeLanguage(lang));

  it('names the record by its label, linked to its page, with the org unit and the owner', async () => {
    renderCard(deadline(lang));
    const link = within(screen.getByTestId('deadline-record')).getByRole('link', { name: 'GZ01-2026-0001 Wang Xiaoming' });
    expect(link.getAttribute('href')).toBe('/policies/577');
    const record = screen.getByTestId('deadline-record').textContent!;
    expect(record).toContain(SENT[lang].orgUnitName);
    expect(record).toContain(`${t('deadline.owner')} Li Wen`);
    expect(screen.getByTestId('deadline-rule').textContent).toBe(SENT[lang].ruleName);

    await userEvent.setup().click(link);
    expect((await screen.findByTestId('where')).textContent).toBe('/policies/577');
  });

  it('shows a record without a page as its label, not a link, and an unowned one as unassigned', () => {
    renderCard(deadline(lang, { entityType: 'inquiry', entityId: 'q-17', record: { label: `${t('deadline.entityTypes.inquiry')} q-17`, href: null }, ownerId: null, ownerName: null }));
    expect(screen.getByTestId('record-label').textContent).toBe(`${t('deadline.entityTypes.inquiry')} q-17`);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('deadline-record').textContent).toContain(`${t('deadline.owner')} ${t('deadline.noOwner')}`);
  });

  it('marks an overdue item: the state, how many working days late, in red', () => {
    renderCard(deadline(lang, { state: 'overdue', dueAt: '2026-12-03T09:30:00Z', dueClockMs: NOW - 5 * 24 * HOUR + 7.5 * HOUR, secondsLeft: null, workingDaysLeft: -3 }));
    expect(card().getAttribute('data-state')).toBe('overdue');
    expect(screen.getByTestId('deadline-state').textContent).toBe(t('deadline.states.overdue'));
    expect(countdown().textContent).toBe(t('deadline.countdown.overdueWorkingDays', { count: 3 }));
    expect(countdown().style.color).toBe(rgb(TONE_COLOURS.danger));
    expect(screen.getByTestId('deadline-due').textContent).toBe(
      `${t('deadline.due')}${t('common.separators.colon')}${t('deadline.dueAt', { time: formatDue('2026-12-03T09:30:00Z', lang) })}`,
    );
  });

  it('marks an item overdue by hours (no whole working day late) with the time late, in red', () => {
    renderCard(deadline(lang, { state: 'overdue', dueAt: '2026-12-08T00:30:00Z', dueClockMs: NOW - 1.5 * HOUR, workingDaysLeft: 0 }));
    expect(countdown().textContent).toBe(t('deadline.countdown.overdue', { span: t('deadline.span.hoursMinutes', { hours: 1, minutes: 30 }) }));
    expect(countdown().style.color).toBe(rgb(TONE_COLOURS.danger));
  });

  it('marks an item due today: the hours and minutes left, in orange, due at today\'s date and time', () => {
    const dueAt = '2026-12-08T09:30:00Z'; // 17:30 in Beijing, today
    renderCard(deadline(lang, { state: 'due_soon', dueAt, dueClockMs: NOW + 7.5 * HOUR, workingDaysLeft: 0 }));
    expect(card().getAttribute('data-state')).toBe('due_soon');
    expect(screen.getByTestId('deadline-state').textContent).toBe(t('deadline.states.due_soon'));
    expect(countdown().textContent).toBe(t('deadline.countdown.left', { span: t('deadline.span.hoursMinutes', { hours: 7, minutes: 30 }) }));
    expect(countdown().style.color).toBe(rgb(TONE_COLOURS.warning));
    const due = screen.getByTestId('deadline-due').textContent!;
    expect(due).toContain('2026-12-08');
    expect(due).toContain('17:30');
    expect(due).toBe(`${t('deadline.due')}${t('common.separators.colon')}${t('deadline.dueAt', { time: formatDue(dueAt, lang) })}`);
  });

  it('shows an item due in some working days as neither overdue nor urgent', () => {
    renderCard(deadline(lang));
    expect(screen.getByTestId('deadline-state').textContent).toBe(t('deadline.states.open'));
    expect(countdown().textContent).toBe(t('deadline.countdown.workingDaysLeft', { count: 3 }));
    expect(countdown().style.color).toBe(rgb(TONE_COLOURS.normal));
  });

  it('shows the basis: its label, the SPEC rule and the rule\'s text', () => {
    renderCard(deadline(lang));
    const basis = screen.getByTestId('deadline-basis');
    expect(basis.textContent).toContain(`${t('deadline.basis')}${t('common.separators.colon')}`);
    expect(within(basis).getByTestId('deadline-spec-id').textContent).toBe('R-PO-4');
    expect(basis.textContent).toContain(SENT[lang].basis.text);
    expect(within(basis).queryByTestId('deadline-law-ref')).toBeNull();
  });

  it('shows a cited law in the UI language, the Chinese beside the English one marked as Chinese', () => {
    renderCard(deadline(lang, { basis: { specId: null, lawRef: '保险法第三十六条', lawRefEn: 'Insurance Law Art. 36', text: SENT[lang].basis.text } }));
    const law = screen.getByTestId('deadline-law-ref');
    expect(screen.queryByTestId('deadline-spec-id')).toBeNull();
    if (lang === 'en') {
      expect(law.textContent).toBe('Insurance Law Art. 36 (保险法第三十六条)');
      expect(within(law).getByTestId('law-ref-zh').getAttribute('lang')).toBe('zh-CN');
    } else {
      expect(law.textContent).toBe('保险法第三十六条');
      expect(within(law).queryByTestId('law-ref-zh')).toBeNull();
    }
  });

  it('offers pause and cancel, in the UI language, only to those who manage deadlines', () => {
    const { unmount } = renderCard(deadline(lang));
    expect(screen.queryByTestId('deadline-pause')).toBeNull();
    unmount();
    renderCard(deadline(lang), ['deadline.read', 'deadline.manage']);
    expect(screen.getByTestId('deadline-pause').textContent).toContain(t('deadline.actions.pause'));
    expect(screen.getByTestId('deadline-cancel').textContent).toContain(t('deadline.actions.cancel'));
  });

  if (lang === 'en') {
    it('has no Chinese of its own in English: with the server\'s English words, the whole card reads in English', () => {
      renderCard(deadline('en', { state: 'overdue', dueClockMs: NOW - 2 * HOUR, workingDaysLeft: -1, paused: false }), ['deadline.read', 'deadline.manage']);
      expect(card().textContent).not.toMatch(CJK);
    });
  }
});
