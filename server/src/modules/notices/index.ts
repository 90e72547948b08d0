import { defineModule } from '../../kit/module.js';
import { createPdfRenderer } from '../../platform/pdf/render-pool.js';
import { recordTypes } from '../documents/record-access.js';
import { noticeRoutes } from './routes.js';
import { NOTICE_ERROR_MESSAGES, NOTICE_FIELD_MESSAGES } from './notices.messages.js';
import { NoticeTemplates } from './notice-template.js';
import { DOCUMENT_RECEIPT } from './document-receipt.js';
import { noticeBatchWorkers, startNoticeBatchJob } from './notice-batch-job.js';

/**
 * 通知书 (issue 12, item 3): PDFs issued for any module's records from templates versioned as data
 * (AnxinModule.noticeTemplates), numbered per org unit and year, kept with the record's documents,
 * reprinted as marked copies, verified by the code printed on them; many at once as a batch job.
 */
export default defineModule({
  name: 'notices',
  label: { zh: '通知书', en: 'Notices' },
  routes: noticeRoutes,
  messages: { fields: NOTICE_FIELD_MESSAGES, errors: NOTICE_ERROR_MESSAGES },
  // The document receipt (材料签收单) serves any record with documents.
  noticeTemplates: [DOCUMENT_RECEIPT],
  services: (_db, _runtime, registry) => ({
    notices: { renderer: createPdfRenderer(), templates: NoticeTemplates.of(registry), recordTypes: recordTypes(registry) },
  }),
  jobs: [{ name: 'notice batches', start: ({ system, log, engine }) => startNoticeBatchJob(system, log, { workers: noticeBatchWorkers(engine) }) }],
});
