import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/client';
import { errorText } from './errors';

export type FormProblem = { error: unknown; unmatched: FieldError[] } | { conflict: true };

/** Above a form: the server's message, fields it could not point at, or a version conflict. */
export function ServerErrorAlert({ problem }: { problem: FormProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  if ('conflict' in problem) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('common.errors.conflictTitle')}
        description={t('common.errors.conflictBody')}
        style={{ marginBottom: 16 }}
        data-testid="conflict-alert"
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(problem.error, t)}
      description={
        problem.unmatched.length ? problem.unmatched.map((f) => `${f.path}${t('common.separators.colon')}${f.message}`).join(t('common.separators.clause')) : undefined
      }
      style={{ marginBottom: 16 }}
      data-testid="form-error"
    />
  );
}
