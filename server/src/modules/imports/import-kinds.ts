import type { ImportKind } from './import-kind.js';
import { clientImport } from './client-import.kind.js';
import { policyImport } from './policy-import.kind.js';

/**
 * Every importable kind. Adding one (policies next) means writing its ImportKind and listing it
 * here: routes, CLI, template, preview, progress and the report come with it.
 */
export const IMPORT_KINDS: Record<string, ImportKind<any, any>> = {
  clients: clientImport,
  policies: policyImport,
};

export const importKindNames = () => Object.keys(IMPORT_KINDS);
