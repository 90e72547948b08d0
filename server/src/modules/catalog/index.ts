import { defineModule } from '../../kit/module.js';
import { CATALOG_FIELD_MESSAGES } from './catalog.messages.js';
import { catalogRoutes } from './routes.js';

/** Insurers and products, company-wide. */
export default defineModule({ name: 'catalog', label: { zh: '保险公司与产品', en: 'Insurers and products' }, routes: catalogRoutes, messages: { fields: CATALOG_FIELD_MESSAGES } });
