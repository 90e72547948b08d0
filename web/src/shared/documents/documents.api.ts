import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/client';
import type { ResponseOf } from '../../api/types';

// The documents of any record (server: modules/documents): list with checklist, upload, content.
export type RecordDocuments = ResponseOf<'/records/{type}/{id}/documents'>;
export type DocumentItem = RecordDocuments['items'][number];
export type ChecklistLine = RecordDocuments['checklist'][number];
export type DocumentTypeItem = ResponseOf<'/document-types'>['items'][number];

export const documentKeys = {
  record: (type: string, id: number) => ['documents', type, id] as const,
  types: () => ['document-types'] as const,
};

export function useRecordDocuments(type: string, id: number) {
  return useQuery({ queryKey: documentKeys.record(type, id), queryFn: () => api.get<RecordDocuments>(`/records/${type}/${id}/documents`) });
}

export function useDocumentTypes() {
  return useQuery({ queryKey: documentKeys.types(), queryFn: () => api.get<ResponseOf<'/document-types'>>('/document-types'), staleTime: 5 * 60_000 });
}

/** Where a document's file is read: shown in the browser, or downloaded. */
export const documentUrl = (id: number, download = false) => `/api/v1/documents/${id}/content${download ? '?download=true' : ''}`;

/** Uploads files to a record in one request (all or nothing); each file under its document type. */
export async function uploadDocuments(type: string, id: number, files: { typeCode: string; file: File }[]): Promise<{ ids: number[] }> {
  const form = new FormData();
  for (const f of files) form.append(f.typeCode, f.file, f.file.name);
  return request<{ ids: number[] }>('POST', `/records/${type}/${id}/documents`, { form });
}

export function useInvalidateDocuments() {
  const queryClient = useQueryClient();
  return (type: string, id: number) => queryClient.invalidateQueries({ queryKey: documentKeys.record(type, id) });
}


