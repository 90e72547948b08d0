import type { Kysely } from 'kysely';
import type { DB } from './platform/db/schema.js';
import type { ContextServices } from './platform/context/context.js';
import { MODULES } from './modules/index.js';
import type { AnxinModule } from './kit/module.js';

/** The services modules add to every context (platform/context): built once per process from the module list. */
export function createServices(db: Kysely<DB>, modules: readonly AnxinModule[] = MODULES): ContextServices {
  return Object.assign({}, ...modules.map((m) => m.services?.(db) ?? {})) as ContextServices;
}
