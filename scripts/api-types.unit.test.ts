import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTypesFor, buildOpenApiDocument, SCHEMA_FILE } from './api-types.js';

/** The OpenAPI document, walked by hand. */
type Json = Record<string, any>;

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const SCHEMA_PATH = fileURLToPath(SCHEMA_FILE);
// What a screen does with a user (UsersTable, EditUserModal): read the server's displayName.
const FIXTURE = `${WEB}src/api-types-fixture.ts`;
const FIXTURE_TEXT = `import { getUser } from './modules/admin/users/users.api';
export const nameOf = async (id: number): Promise<string> => (await getUser(id)).displayName;
`;

// Issue 10, item 6: the web reads the server's types, so a changed answer fails the web's typecheck.
describe('the web API types generated from the route schemas', () => {
  let document: Json;
  beforeAll(async () => {
    document = await buildOpenApiDocument();
  }, 60_000);

  it('are up to date in web/src/api/schema.d.ts (npm run api-types writes them)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await apiTypesFor(document));
  });

  it('let the web compile against the server as it is', async () => {
    expect(compileWebWith(await apiTypesFor(document))).toEqual([]);
  });

  it('fail the web compile when an answer changes shape (a field renamed on the server)', async () => {
    const changed = structuredClone(document);
    const user = changed.paths['/api/v1/users/{id}'].get.responses['200'].content['application/json'].schema;
    user.properties.fullName = user.properties.displayName;
    delete user.properties.displayName;
    user.required = user.required.map((name: string) => (name === 'displayName' ? 'fullName' : name));

    const errors = compileWebWith(await apiTypesFor(changed));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Property 'displayName' does not exist/);
  });
});

/** Type-check the fixture with the web's compiler options, web/src/api/schema.d.ts replaced by `schema`. */
function compileWebWith(schema: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${WEB}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const replaced = (file: string) => (file === SCHEMA_PATH ? schema : file === FIXTURE ? FIXTURE_TEXT : undefined);
  const { getSourceFile, readFile: read, fileExists } = host;
  host.fileExists = (file) => replaced(file) !== undefined || fileExists.call(host, file);
  host.readFile = (file) => replaced(file) ?? read.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = replaced(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({ rootNames: [FIXTURE], options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
