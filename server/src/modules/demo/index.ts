import { defineModule } from '../../kit/module.js';
import { demoRoutes } from './routes.js';

/** The demo data set (seed-demo.ts; `anxin seed-demo`), and whether it is loaded (GET /demo). */
export default defineModule({ name: 'demo', changesAccess: true, label: { zh: '演示数据', en: 'Demo data' }, routes: demoRoutes });
