import { defineModule } from '../../kit/module.js';
import { lifecycleRoutes } from './routes.js';

/** 业务流程: every module's lifecycles, drawn from the data that runs them. */
export default defineModule({ name: 'lifecycles', label: { zh: '业务流程', en: 'Lifecycles' }, routes: lifecycleRoutes });
