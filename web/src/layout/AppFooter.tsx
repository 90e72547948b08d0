import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ResponseOf } from '../api/types';

export type Health = ResponseOf<'/health'>;

/** The running version, for support calls ("which version are you on?"). */
export function useHealth(): Health | null {
  const { data } = useQuery({ queryKey: ['health'], queryFn: () => api.get<Health>('/health'), staleTime: Number.POSITIVE_INFINITY, retry: false });
  return data ?? null;
}

export function AppFooter() {
  const { t } = useTranslation();
  const health = useHealth();
  return (
    <div style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12 }} data-testid="app-version">
      {t('common.footer', { version: health ? `v${health.version}` : '' })}
    </div>
  );
}
