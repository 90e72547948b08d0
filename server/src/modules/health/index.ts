import { defineModule } from '../../kit/module.js';
import { healthRoutes } from './routes.js';

export default defineModule({ name: 'health', label: { zh: '运行状态', en: 'Health' }, routes: healthRoutes });
