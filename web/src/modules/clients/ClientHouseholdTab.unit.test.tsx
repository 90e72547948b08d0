import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import type { CoverageReview } from '../coverage/coverage.api';
import { MemberFacts, membersOf, sumAmounts } from './ClientHouseholdTab';

describe('a household member’s age and cover', () => {
  it('adds the in-force sums insured of every line exactly, per member, with the age the review gives', () => {
    expect(sumAmounts(['500000.00', '1200.5', '0.05'])).toBe('501200.55');
    expect(sumAmounts([])).toBe('0.00');
    const cell = (clientId: number, line: 'life' | 'health', totalSumInsured: string) => ({ clientId, line, status: 'covered', policies: [], totalSumInsured, nextExpiry: null });
    const review = {
      household: [
        { clientId: 1, name: '周志强', relation: 'self', kind: 'person', age: 51, gender: 'male' },
        { clientId: 2, name: '周乐乐', relation: 'child', kind: 'person', age: 10, gender: null },
      ],
      cells: [cell(1, 'life', '500000.00'), cell(1, 'health', '1000000.00'), cell(2, 'life', '0')],
    } as unknown as CoverageReview;
    expect([...membersOf(review)]).toEqual([[1, { age: 51, cover: '1500000.00' }], [2, { age: 10, cover: '0.00' }]]);
    expect(membersOf(null).size).toBe(0);
  });

  it('shows the age and the total cover, or that nothing is in force', async () => {
    await i18n.changeLanguage('zh-CN');
    const { unmount } = render(<MemberFacts member={{ age: 51, cover: '1500000.00' }} />);
    expect(screen.getByTestId('client-link-facts').textContent).toBe('51 岁 · 有效保额合计 1,500,000 元');
    unmount();
    render(<MemberFacts member={{ age: null, cover: '0.00' }} />);
    expect(screen.getByTestId('client-link-facts').textContent).toBe('无有效保障');
  });
});
