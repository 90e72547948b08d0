/**
 * The one way the web app talks to the server: JSON over fetch, the session cookie, the
 * CSRF token on every write, and the UI language as Accept-Language so server messages
 * arrive in the language on screen. Every failure becomes an ApiError.
 */

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's error code (VALIDATION_FAILED, VERSION_CONFLICT, …), or NETWORK / HTTP_<status>. */
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** The rest of the error object, e.g. `current` on a version conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The current record the server sent with a 409 VERSION_CONFLICT. */
  current<T>(): T | undefined {
    return this.code === 'VERSION_CONFLICT' ? (this.details.current as T | undefined) : undefined;
  }
}

type AuthListener = (code: 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED') => void;

let csrfToken: string | null = null;
let language = 'zh-CN';
let authListener: AuthListener | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called when a request finds the session gone or the password change still due. */
export function onAuthProblem(listener: AuthListener | null): void {
  authListener = listener;
}

type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(method: string, path: string, options: { body?: unknown; query?: Query; form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  // A form (file uploads) sets its own multipart Content-Type with the boundary.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${withQuery(path, options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: a proxy page or similar */
  }
  if (response.ok) return body as T;
  throw toApiError(response.status, body, path);
}

function toApiError(status: number, body: unknown, path: string): ApiError {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error.code !== 'string') return new ApiError(status, `HTTP_${status}`, `HTTP ${status}`);
  const { code, message, fields, ...details } = error;
  const apiError = new ApiError(status, code, String(message ?? code), (fields as FieldError[] | undefined) ?? [], details);
  if (!path.startsWith('/auth/') && (code === 'UNAUTHENTICATED' || code === 'PASSWORD_CHANGE_REQUIRED')) {
    authListener?.(code);
  }
  return apiError;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** A page of a cursor-paginated list. */
export type Page<T> = { items: T[]; nextCursor: string | null };
