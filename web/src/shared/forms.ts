import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api/client';

/** `roles.0.orgUnitId` → ['roles', 0, 'orgUnitId'], the name path antd forms use. */
export function namePath(path: string): (string | number)[] {
  return path.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Put the server's field errors on the form's fields. Returns the ones that match no field
 * on this form, for the caller to show elsewhere (nothing is silently dropped).
 */
export function applyFieldErrors(form: FormInstance, err: unknown): FieldError[] {
  if (!(err instanceof ApiError) || err.fields.length === 0) return [];
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
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
  form.setFields([...byField.values()]);
  return unmatched;
}
