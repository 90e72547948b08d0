import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { renderWithApp } from '../test/render';
import { BackButton } from './BackButton';

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

function app(initialEntries: string[]) {
  return renderWithApp(
    <MemoryRouter initialEntries={initialEntries}>
      <Routes>
        <Route path="/policies" element={<Link to="/policies/7" data-testid="open">7</Link>} />
        <Route path="/deadlines/mine" element={<Link to="/policies/7" data-testid="open">7</Link>} />
        <Route path="/policies/7" element={<BackButton fallback="/policies" fallbackLabel="返回保单列表" testId="back" />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

// Issue 11, item 10: 返回 goes where the user came from, with the list's filters; opened directly, to the module's list.
describe('the back button of a detail page', () => {
  it('from a filtered list inside the app: back to that list with its filters', async () => {
    const user = userEvent.setup();
    app(['/policies?state=on_hold&q=%E7%8E%8B']);
    await user.click(screen.getByTestId('open'));
    expect(screen.getByTestId('where').textContent).toBe('/policies/7');
    const back = screen.getByTestId('back');
    expect(back.textContent).toContain('返回');
    expect(back.textContent).not.toContain('保单列表');
    await user.click(back);
    expect(screen.getByTestId('where').textContent).toBe('/policies?state=on_hold&q=%E7%8E%8B');
  });

  it('from the to-do page: back to the to-do page, not to the policy list', async () => {
    const user = userEvent.setup();
    app(['/deadlines/mine?entityType=policy']);
    await user.click(screen.getByTestId('open'));
    await user.click(screen.getByTestId('back'));
    expect(screen.getByTestId('where').textContent).toBe('/deadlines/mine?entityType=policy');
  });

  it('opened directly (a bookmark, a new tab): to the module\u2019s list, named so', async () => {
    const user = userEvent.setup();
    app(['/policies/7']);
    const back = screen.getByTestId('back');
    expect(back.textContent).toContain('返回保单列表');
    expect(back.getAttribute('href')).toBe('/policies');
    await user.click(back);
    expect(screen.getByTestId('where').textContent).toBe('/policies');
  });
});
