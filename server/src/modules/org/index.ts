import { defineModule } from '../../kit/module.js';
import { ORG_FIELD_MESSAGES } from './org.messages.js';
import { orgRoutes } from './routes.js';

/** 机构 — the org tree (SPEC §0): scope follows it. */
export default defineModule({ name: 'org', changesAccess: true, label: { zh: '机构', en: 'Org units' }, routes: orgRoutes, messages: { fields: ORG_FIELD_MESSAGES } });
