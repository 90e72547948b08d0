import { ApiError, api } from '../../api/client';
import type { ResponseOf } from '../../api/types';

export type ImportKindInfo = ResponseOf<'/imports/kinds'>['items'][number];
export type ImportColumnInfo = ImportKindInfo['columns'][number];

/** POST /imports/:kind/preview and /commit (also inside a 400 IMPORT_REJECTED); every kind answers alike. */
export type ImportReport = ResponseOf<'/imports/clients/preview', 'post'>;
export type ImportProblem = ImportReport['problems'][number];

export type ImportProgress = ResponseOf<'/imports/progress/{importId}'>;
export type ImportPhase = ImportProgress['phase'];

export const listImportKinds = () => api.get<ResponseOf<'/imports/kinds'>>('/imports/kinds');
export const getImportProgress = (importId: string) => api.get<ImportProgress>(`/imports/progress/${importId}`);
export const templateUrl = (kind: string) => `/api/v1/imports/${kind}/template.xlsx`;

export const newImportId = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Send the file itself as the request body (the server keeps nothing of it after answering).
 * XHR rather than fetch: the upload's own progress shows on the bar before the server's does.
 */
export function uploadImport(
  options: { kind: string; step: 'preview' | 'commit'; file: File; importId: string; sha256?: string; csrfToken: string; language: string },
  onUpload: (fraction: number) => void,
): Promise<ImportReport> {
  const query = new URLSearchParams({ fileName: options.file.name, importId: options.importId, ...(options.sha256 && { sha256: options.sha256 }) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports/${options.kind}/${options.step}?${query}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', options.language);
    xhr.setRequestHeader('X-CSRF-Token', options.csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
    xhr.onload = () => {
      let body: any;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return reject(new ApiError(xhr.status, `HTTP_${xhr.status}`, `HTTP ${xhr.status}`));
      }
      if (xhr.status === 200) return resolve(body as ImportReport);
      const { code, message, fields, ...details } = body?.error ?? {};
      reject(new ApiError(xhr.status, code ?? `HTTP_${xhr.status}`, String(message ?? xhr.status), fields ?? [], details));
    };
    xhr.send(options.file);
  });
}

/** The whole report of a file (every problem, every row already stored) as a workbook: the file is checked again. */
export function downloadImportReport(options: { kind: string; file: File; csrfToken: string; language: string }): Promise<void> {
  const query = new URLSearchParams({ fileName: options.file.name });
  return downloadFile(`/api/v1/imports/${options.kind}/report.xlsx?${query}`, options.language, `${options.kind}-import-report.xlsx`, {
    method: 'POST', body: options.file, headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': options.csrfToken },
  });
}

/** Download an endpoint's file in the UI language (the server names it); a GET unless `init` says otherwise. */
export async function downloadFile(url: string, language: string, fallbackName: string, init: RequestInit = {}): Promise<void> {
  const response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'Accept-Language': language }, credentials: 'same-origin' });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new ApiError(response.status, body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? `HTTP ${response.status}`);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const importKeys = { kinds: () => ['imports', 'kinds'] as const };
