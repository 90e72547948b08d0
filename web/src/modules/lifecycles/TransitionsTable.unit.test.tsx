import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { SessionContext } from '../../session/SessionProvider';
import { sessionWith } from '../../test/render';
import { policyLifecycle } from './lifecycle.fixture';
import { TransitionsTable } from './TransitionsTable';

const policy = policyLifecycle;

const catalog = { roles: [], permissions: [{ id: 'policy.write', kind: 'write' as const, zh: '登记与修改保单', en: 'Register and change policies' }] };

function show(roleCatalog: typeof catalog | null) {
  render(
    <SessionContext.Provider value={sessionWith([], roleCatalog)}>
      <TransitionsTable lifecycle={policy} />
    </SessionContext.Provider>,
  );
  return screen.getAllByRole('row').slice(1); // the header row first
}

describe('the table of a lifecycle’s steps', () => {
  it('names each step, its states, who may take it, whether a job takes it, and the deadlines it ends with their basis', async () => {
    await i18n.changeLanguage('zh-CN');
    const [verify, inForce] = show(catalog);
    const v = within(verify!);
    expect(v.getByText('核对一致')).toBeTruthy();
    expect(v.getByText('已登记 或 暂缓 → 已核对')).toBeTruthy();
    expect(v.getByText('登记与修改保单')).toBeTruthy();
    expect(v.getByText('否')).toBeTruthy();
    expect(v.getByText('结束计时')).toBeTruthy();
    expect(v.getByText('依据：R-PO-4 登记后核对')).toBeTruthy();
    const f = within(inForce!);
    expect(f.getByText('仅系统自动')).toBeTruthy();
    expect(f.getByText(/是/)).toBeTruthy();
  });

  it('shows the permission id while permission names are not loaded, and follows the language', async () => {
    await i18n.changeLanguage('en');
    try {
      const [verify] = show(null);
      const v = within(verify!);
      expect(v.getByText('policy.write')).toBeTruthy();
      expect(v.getByText('Registered or On hold → Verified')).toBeTruthy();
      expect(v.getByText('Basis: R-PO-4 check after intake')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });
});
