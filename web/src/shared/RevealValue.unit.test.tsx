import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { RevealValue, type RevealTexts } from './RevealValue';

const texts: RevealTexts = { title: '查看明文', confirm: '将记入审计日志', action: '查看', valueTitle: '手机号', empty: '未登记', logged: '已记入审计日志' };
const testIds = { value: 'value', button: 'reveal', revealed: 'revealed', refusal: 'refused' };
const REASON = '只有客户的业务员或本营业部内勤可以查看手机号';

describe('a masked value and its reveal', () => {
  it('offers 查看 where the reveal is allowed, and shows the value after the confirmation', async () => {
    const user = userEvent.setup();
    const reveal = vi.fn().mockResolvedValue({ value: '13800005555' });
    renderWithApp(<RevealValue masked="138****5555" canReveal refusal={REASON} reveal={reveal} texts={texts} testIds={testIds} />);
    expect(screen.queryByTestId('refused')).toBeNull();
    await user.click(screen.getByTestId('reveal'));
    await user.click(await screen.findByTestId('reveal-confirm'));
    expect((await screen.findByTestId('revealed')).textContent).toBe('13800005555');
    expect(reveal).toHaveBeenCalledOnce();
  });

  it('where no reveal is allowed, offers none and says why in a tooltip', async () => {
    const user = userEvent.setup();
    renderWithApp(<RevealValue masked="138****5555" canReveal={false} refusal={REASON} reveal={vi.fn()} texts={texts} testIds={testIds} />);
    expect(screen.getByTestId('value').textContent).toBe('138****5555');
    expect(screen.queryByTestId('reveal')).toBeNull();
    const lock = screen.getByTestId('refused');
    expect(lock.getAttribute('aria-label')).toBe(REASON);
    await user.hover(lock);
    await waitFor(() => expect(screen.getByRole('tooltip').textContent).toContain(REASON));
  });

  it('shows a dash and no reason when nothing is stored', () => {
    renderWithApp(<RevealValue masked={null} canReveal={false} refusal={REASON} reveal={vi.fn()} texts={texts} testIds={testIds} />);
    expect(screen.getByTestId('value').textContent).toBe('—');
    expect(screen.queryByTestId('refused')).toBeNull();
  });
});
