/** `npm run api-types`: write web/src/api/schema.d.ts from the server's route schemas (see api-types.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { apiTypesFor, buildOpenApiDocument, SCHEMA_FILE } from './api-types.js';

const types = await apiTypesFor(await buildOpenApiDocument());
const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
if (current !== types) await writeFile(SCHEMA_FILE, types);
console.log(`api types: ${current === types ? 'unchanged' : 'written'} ${SCHEMA_FILE.pathname}`);
