import { ApiError, api } from '../../api/client';
import type { ResponseOf } from '../../api/types';

// 通知书模板 (server: modules/notices/find-notice-templates.ts, preview-notice.ts): every version, its source, a sample.
export type NoticeTemplateVersion = ResponseOf<'/notice-templates/versions'>['items'][number];
export type NoticeTemplateSource = ResponseOf<'/notice-templates/{code}/{version}/source'>;

export const noticeTemplateKeys = {
  versions: () => ['notice-templates', 'versions'] as const,
  source: (code: string, version: number) => ['notice-templates', code, version, 'source'] as const,
};

export const listTemplateVersions = () => api.get<ResponseOf<'/notice-templates/versions'>>('/notice-templates/versions');
export const getTemplateSource = (code: string, version: number) =>
  api.get<NoticeTemplateSource>(`/notice-templates/${encodeURIComponent(code)}/${version}/source`);

/** The sample's address: opened in a new tab it shows the PDF (or the server's error). */
export const sampleUrl = (code: string, version: number) => `/api/v1/notice-templates/${encodeURIComponent(code)}/${version}/sample.pdf`;

/** The sample as a PDF to show on the page; the server's reason (no record in scope …) as an ApiError in the UI language. */
export async function fetchSample(code: string, version: number, language: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(sampleUrl(code, version), { headers: { Accept: 'application/pdf, application/json', 'Accept-Language': language }, credentials: 'same-origin' });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(response.status, body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? `HTTP ${response.status}`);
  }
  return response.blob();
}
