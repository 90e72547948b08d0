import { Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { ApiError, type FieldError } from '../api/client';

/** `roles.0.orgUnitId` → ['roles', 0, 'orgUnitId'], the name path antd forms use. */
export function namePath(path: string): (string | number)[] {
  return path.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

type PlacedError = { name: (string | number)[]; errors: string[] };

function placeFieldErrors(form: FormInstance, err: unknown): { placed: PlacedError[]; unmatched: FieldError[] } {
  if (!(err instanceof ApiError) || err.fields.length === 0) return { placed: [], unmatched: [] };
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, PlacedError>();
  const unmatched: FieldError[] = [];
  for (const field of err.fields) {
    const name = namePath(field.path);
    const key = JSON.stringify(name);
    if (!registered.has(key)) {
      unmatched.push(field);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(field.message);
    byField.set(key, entry);
  }
  const placed = [...byField.values()];
  form.setFields(placed);
  return { placed, unmatched };
}

/**
 * Put the server's field errors on the form's fields. Returns the ones that match no field
 * on this form, for the caller to show elsewhere (nothing is silently dropped).
 */
export function applyFieldErrors(form: FormInstance, err: unknown): FieldError[] {
  return placeFieldErrors(form, err).unmatched;
}

// A value as compared for "has the user changed it": undefined and null are both "empty".
const valueKey = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Server field errors that go away as soon as their field changes: the server judged the value
 * it was sent, so once the user edits it (a list such as the beneficiaries: any row in it),
 * that judgement is stale. Other fields keep theirs until they change or the next answer.
 * A rule error the field shows meanwhile is the form's own and is left alone.
 */
export function useServerFieldErrors(form: FormInstance) {
  const judged = useRef<(PlacedError & { value: string })[]>([]);
  // Re-renders only when a field carrying a server error changes, not on every keystroke.
  const watchJudged = useCallback(() => judged.current.map((j) => valueKey(form.getFieldValue(j.name))).join('\n'), [form]);
  const watched = Form.useWatch(watchJudged, { form, preserve: true });

  useEffect(() => {
    const changed = judged.current.filter((j) => valueKey(form.getFieldValue(j.name)) !== j.value);
    if (changed.length === 0) return;
    judged.current = judged.current.filter((j) => !changed.includes(j));
    const stillShown = changed.filter((j) => valueKey(form.getFieldError(j.name)) === valueKey(j.errors));
    if (stillShown.length) form.setFields(stillShown.map((j) => ({ name: j.name, errors: [] })));
  }, [watched, form]);

  return useCallback(
    (err: unknown): FieldError[] => {
      const { placed, unmatched } = placeFieldErrors(form, err);
      judged.current = placed.map((p) => ({ ...p, value: valueKey(form.getFieldValue(p.name)) }));
      return unmatched;
    },
    [form],
  );
}
