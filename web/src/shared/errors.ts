import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A message a person can act on. Server messages already come in the UI language. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    if (err.code === 'NETWORK') return t('common.errors.network');
    if (err.code.startsWith('HTTP_')) return t('common.errors.unexpected', { code: err.status });
    return err.message;
  }
  return t('common.errors.unexpected', { code: err instanceof Error ? err.message : String(err) });
}
