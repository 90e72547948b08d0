import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/types';

/** 资料类型 and the retention classes (保管期限) a type may have. */
export type DocumentTypes = ResponseOf<'/document-types'>;
export type DocumentTypeEntry = DocumentTypes['items'][number];
export type CreateDocumentTypeInput = BodyOf<'/document-types', 'post'>;
export type UpdateDocumentTypeInput = BodyOf<'/document-types/{code}', 'patch'>;

export const documentTypeKeys = { all: ['document-types'] as const, admin: () => ['document-types', 'admin'] as const };

export const useAdminDocumentTypes = () =>
  useQuery({ queryKey: documentTypeKeys.admin(), queryFn: () => api.get<DocumentTypes>('/document-types', { includeInactive: true }) });
export const createDocumentType = (body: CreateDocumentTypeInput) => api.post<DocumentTypeEntry>('/document-types', body);
export const updateDocumentType = (code: string, body: UpdateDocumentTypeInput) => api.patch<DocumentTypeEntry>(`/document-types/${code}`, body);
