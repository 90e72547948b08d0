import { errorMessage, fieldMessage, format, type ErrorCode, type FieldReason } from './messages.js';
import type { Locale } from './locale.js';

export type FieldProblem = { path: string; reason: FieldReason; params?: Record<string, unknown> };

/**
 * The one error type use cases throw. It carries codes, not text: the HTTP layer renders
 * the message in the caller's language. Throwing it inside a write transaction rolls the
 * transaction back, so a refused request leaves stored data unchanged.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly options: {
      params?: Record<string, unknown>;
      fields?: FieldProblem[];
      /** Extra members of the error object, e.g. the current record on a version conflict. */
      details?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'NOT_FOUND');
export const forbidden = () => new AppError(403, 'FORBIDDEN');
/** Company-wide matters (national calendar, rules, the audit chain) are the head office's. */
export const headOfficeOnly = () => new AppError(403, 'HEAD_OFFICE_ONLY');
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED');
export const invalid = (...fields: FieldProblem[]) => new AppError(400, 'VALIDATION_FAILED', { fields });
export const versionConflict = (current: unknown) =>
  new AppError(409, 'VERSION_CONFLICT', { details: { current } });

export type ErrorBody = {
  error: {
    code: string;
    message: string;
    fields: { path: string; message: string }[];
    requestId?: string;
    [extra: string]: unknown;
  };
};

export function renderError(err: AppError, locale: Locale, requestId: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: format(errorMessage(err.code), locale, { requestId, ...err.options.params }),
      fields: (err.options.fields ?? []).map((f) => ({
        path: f.path,
        message: format(fieldMessage(f.reason), locale, f.params),
      })),
      requestId,
      ...err.options.details,
    },
  };
}
