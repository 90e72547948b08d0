import type { ColumnType, Generated } from 'kysely';
// Loaded for the augmentation below: importing this file makes the document tables part of DB.
import '../../platform/db/schema.js';

/** 资料类型 — the catalogue of document types (data; migration 20261206T1910_documents). */
export interface DocumentTypeTable {
  code: string;
  name: string;
  name_en: string;
  /** Identity papers, bank and medical data: every download audited. */
  sensitive: boolean;
  retention_class: string;
  active: boolean;
  position: number;
}

/** 资料 — one file of one record, kept in the blob store under its checksum. */
export interface DocumentTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: number;
  org_unit_id: number;
  type_code: string;
  file_name: string;
  media_type: string;
  size_bytes: ColumnType<string, number, never>;
  sha256: string;
  sensitive: boolean;
  retention_class: string;
  uploaded_by: number | null;
  uploaded_at: ColumnType<Date, Date | undefined, never>;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    document_type: DocumentTypeTable;
    document: DocumentTable;
  }
}
