import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { createQueryClient, refetchOnLanguageChange } from './query';

// Found by the English journeys (issue 11, item 5): after 中文 → English the to-do card kept the
// rule name, basis and unit name the server had written in Chinese, until a reload.
describe('switching the language', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('fetches what is on screen again, in the new language', async () => {
    const client = createQueryClient();
    const stop = refetchOnLanguageChange(i18n, client);
    const asked: string[] = [];
    function RuleName() {
      const { data } = useQuery({
        queryKey: ['rule'],
        queryFn: async () => {
          asked.push(i18n.language);
          return i18n.language === 'en' ? 'Build the client archive' : '建立客户档案';
        },
      });
      return <span data-testid="rule">{data}</span>;
    }
    render(
      <QueryClientProvider client={client}>
        <RuleName />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('rule').textContent).toBe('建立客户档案'));
    await act(() => setLanguage('en'));
    await waitFor(() => expect(screen.getByTestId('rule').textContent).toBe('Build the client archive'));
    expect(asked).toEqual(['zh-CN', 'en']);

    stop(); // unsubscribed: a later switch no longer refetches
    await act(() => setLanguage('zh-CN'));
    expect(asked).toEqual(['zh-CN', 'en']);
  });
});
