import type { Kysely } from 'kysely';
import type { DB } from './platform/db/schema.js';
import type { ContextServices } from './platform/context/context.js';
import { MODULES } from './modules/index.js';
import type { AnxinModule, ModuleRuntime } from './kit/module.js';
import { readConfig } from './config.js';

/**
 * The services modules add to every context (platform/context): built once per process from the
 * module list. `runtime` defaults to what the environment configures (the CLI, benchmarks).
 */
export function createServices(db: Kysely<DB>, modules: readonly AnxinModule[] = MODULES, runtime: ModuleRuntime = readConfig()): ContextServices {
  return Object.assign({}, ...modules.map((m) => m.services?.(db, runtime, modules) ?? {})) as ContextServices;
}
