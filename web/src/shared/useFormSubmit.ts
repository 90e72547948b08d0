import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { useServerFieldErrors } from './forms';
import type { FormProblem } from './ServerErrorAlert';

/**
 * Submitting a form to the API: field errors land on their fields, a stale version reloads
 * the form with the record the server sent (`onConflict`), anything else shows above the form.
 * A field's server error clears as soon as the user changes that field (useServerFieldErrors).
 */
export function useFormSubmit<Current>(form: FormInstance, onConflict?: (current: Current) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const applyFieldErrors = useServerFieldErrors(form);

  async function submit(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (err) {
      const current = err instanceof ApiError ? err.current<Current>() : undefined;
      if (current && onConflict) {
        onConflict(current);
        setProblem({ conflict: true });
      } else {
        setProblem({ error: err, unmatched: applyFieldErrors(err) });
      }
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, submit, reset: () => setProblem(null) };
}
