import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShareTotals } from './ShareTotals';

describe('the beneficiary share totals', () => {
  it('shows each rank’s total, complete only at exactly 100 %', () => {
    render(
      <ShareTotals
        rows={[
          { source: 'client', rank: 1, share: '60' },
          { source: 'person', rank: 1, share: '40' },
          { source: 'person', rank: 2, share: '33.33' },
          { source: 'person', rank: 2, share: '66.66' },
        ]}
      />,
    );
    expect(screen.getByText('第 1 顺位合计 100%').closest('[data-complete]')).toHaveProperty('dataset.complete', 'true');
    expect(screen.getByText('第 2 顺位合计 99.99%').closest('[data-complete]')).toHaveProperty('dataset.complete', 'false');
    expect(screen.getByText('同一顺位的受益份额合计须为 100%')).toBeTruthy();
  });

  it('counts a row without a rank as the first rank, and a share not yet a number as nothing', () => {
    render(<ShareTotals rows={[{ source: 'person', share: '50' }, { source: 'person', rank: 1, share: 'abc' }, undefined]} />);
    expect(screen.getByText('第 1 顺位合计 50%').closest('[data-complete]')).toHaveProperty('dataset.complete', 'false');
    expect(screen.queryByText(/第 2 顺位/)).toBeNull();
  });

  it('shows nothing before the first beneficiary', () => {
    const { container } = render(<ShareTotals rows={[]} />);
    expect(container.textContent).toBe('');
  });
});
