import { defineModule } from '../../kit/module.js';
import { FileBlobStore } from '../../platform/storage/blob-store.js';
import { documentRoutes } from './routes.js';
import { DOCUMENT_ERROR_MESSAGES, DOCUMENT_FIELD_MESSAGES } from './documents.messages.js';

/** The most files one upload carries. */
export const MAX_FILES_PER_UPLOAD = 20;

/**
 * 资料 (issue 12, item 2): the files of any module's records — uploaded, checked by content,
 * kept under their checksum, read and downloaded only through the record's own permission and
 * scope. A module's record types (AnxinModule.records) say who may and what each record needs.
 */
export default defineModule({
  name: 'documents',
  label: { zh: '资料', en: 'Documents' },
  routes: documentRoutes,
  messages: { fields: DOCUMENT_FIELD_MESSAGES, errors: DOCUMENT_ERROR_MESSAGES },
  services: (_db, runtime) => ({
    documents: { store: new FileBlobStore(runtime.documentsDir), maxBytes: runtime.documentMaxBytes, maxFiles: MAX_FILES_PER_UPLOAD },
  }),
});
