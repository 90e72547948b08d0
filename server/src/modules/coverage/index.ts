import { defineModule } from '../../kit/module.js';
import { coverageRoutes } from './routes.js';

/** 保障检视 (R-PO-5): gaps and overlaps per client and household. */
export default defineModule({ name: 'coverage', label: { zh: '保障检视', en: 'Coverage review' }, routes: coverageRoutes });
