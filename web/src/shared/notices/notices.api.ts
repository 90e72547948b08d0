import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/types';

// The notices of any record (server: modules/notices): list, issue, original and copy, verification, batches.
export type RecordNotices = ResponseOf<'/records/{type}/{id}/notices'>;
export type NoticeItem = RecordNotices['items'][number];
export type VerifiedNotice = ResponseOf<'/notice-verifications/{code}'>;
export type NoticeBatch = ResponseOf<'/notice-batches/{id}'>;
export type NoticeTemplateItem = ResponseOf<'/notice-templates'>['items'][number];
export type CreateBatchBody = BodyOf<'/notice-batches', 'post'>;

export const noticeKeys = {
  record: (type: string, id: number) => ['notices', type, id] as const,
  batch: (id: number) => ['notice-batch', id] as const,
  templates: () => ['notice-templates'] as const,
};

/** `version`: the record's, when a step of it may issue a notice (the endorsement) — a new version reads the list again. */
export function useRecordNotices(type: string, id: number, version?: number) {
  return useQuery({ queryKey: [...noticeKeys.record(type, id), version], queryFn: () => api.get<RecordNotices>(`/records/${type}/${id}/notices`) });
}

export function useNoticeTemplates() {
  return useQuery({ queryKey: noticeKeys.templates(), queryFn: () => api.get<ResponseOf<'/notice-templates'>>('/notice-templates'), staleTime: 5 * 60_000 });
}

/** A batch's progress, asked again every second while the job works on it. */
export function useNoticeBatch(id: number) {
  return useQuery({
    queryKey: noticeKeys.batch(id),
    queryFn: () => api.get<NoticeBatch>(`/notice-batches/${id}`),
    refetchInterval: (q) => (q.state.data?.state === 'done' ? false : 1000),
  });
}

export const issueNotice = (type: string, id: number, templateCode: string) =>
  api.post<ResponseOf<'/records/{type}/{id}/notices', 'post', 201>>(`/records/${type}/${id}/notices`, { templateCode });
export const createNoticeBatch = (body: CreateBatchBody) => api.post<NoticeBatch>('/notice-batches', body);
export const verifyNotice = (code: string) => api.get<VerifiedNotice>(`/notice-verifications/${encodeURIComponent(code.trim())}`);

/** The notice as issued, shown in the browser or downloaded. */
export const noticeUrl = (id: number, download = false) => `/api/v1/notices/${id}/content${download ? '?download=true' : ''}`;
/** A reprint marked 副本 / COPY (each one is recorded). */
export const noticeCopyUrl = (id: number) => `/api/v1/notices/${id}/copy`;
/** A template's latest version rendered for the record, marked 样张 / PREVIEW: nothing is issued. */
export const noticePreviewUrl = (recordType: string, recordId: number, templateCode: string) =>
  `/api/v1/records/${recordType}/${recordId}/notices/preview?templateCode=${encodeURIComponent(templateCode)}`;

export function useInvalidateNotices() {
  const queryClient = useQueryClient();
  return async (type: string, id: number) => {
    await queryClient.invalidateQueries({ queryKey: noticeKeys.record(type, id) });
    // The notice's file is one of the record's documents too.
    await queryClient.invalidateQueries({ queryKey: ['documents', type, id] });
  };
}
