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

/** For a toast, where there is no form field to show them on: the message and each field's reason. */
export function errorTextWithFields(err: unknown, t: TFunction): string {
  const head = errorText(err, t);
  if (!(err instanceof ApiError) || err.fields.length === 0) return head;
  return `${head}${t('common.separators.colon')}${err.fields.map((f) => f.message).join(t('common.separators.clause'))}`;
}
