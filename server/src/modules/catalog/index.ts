import { defineModule } from '../../kit/module.js';
import { catalogRoutes } from './routes.js';

/** Insurers and products, company-wide. */
export default defineModule({ name: 'catalog', label: { zh: '保险公司与产品', en: 'Insurers and products' }, routes: catalogRoutes });
