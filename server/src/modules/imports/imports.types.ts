import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const ImportId = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' });

export const ImportQuery = Type.Object({
  /** The name of the file as the user chose it: shown in the report and kept in the audit trail. */
  fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  /** Chosen by the browser so it can poll the progress while the upload is processed. */
  importId: Type.Optional(ImportId),
});
export type ImportQuery = Static<typeof ImportQuery>;

export const CommitQuery = Type.Object({
  ...ImportQuery.properties,
  /** The sha256 the preview reported: a different file is refused. */
  sha256: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$' })),
});
export type CommitQuery = Static<typeof CommitQuery>;

export const ProgressParams = Type.Object({ importId: ImportId });

export const ImportProgress = Type.Object({
  importId: Type.String(),
  kind: Type.String(),
  phase: Type.Union(['reading', 'checking', 'writing', 'done', 'failed'].map((p) => Type.Literal(p))),
  /** Bytes read (reading), rows checked (checking) or rows written (writing), of `total`. */
  done: Type.Integer(),
  total: Type.Integer(),
  /** Data rows read so far. */
  rows: Type.Integer(),
});

const Problem = Type.Object({
  /** The spreadsheet row number; null for the file as a whole. */
  row: Nullable(Type.Integer()),
  /** The column's header as the file has it; null for the row or file as a whole. */
  column: Nullable(Type.String()),
  /** The row's name (a client's name; a policy's number and policyholder); null for the file as a whole or a row naming nothing. */
  label: Nullable(Type.String()),
  message: Type.String(),
});

export const ImportReport = Type.Object({
  importId: Type.String(),
  kind: Type.String(),
  fileName: Type.String(),
  sha256: Type.String(),
  format: Nullable(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
  dryRun: Type.Boolean(),
  committed: Type.Boolean(),
  rows: Type.Integer(),
  toCreate: Type.Integer(),
  created: Type.Integer(),
  problemCount: Type.Integer(),
  /** The first 1,000 problems. */
  problems: Type.Array(Problem),
  skippedCount: Type.Integer(),
  /** The first 1,000 rows skipped because the record already exists. */
  skipped: Type.Array(Type.Object({ row: Type.Integer(), id: Type.String(), label: Nullable(Type.String()), message: Type.String() })),
  ignoredColumns: Type.Array(Type.String()),
  columns: Type.Array(Type.Object({ key: Type.String(), header: Type.String() })),
  /** The first rows as they will be stored, personal fields masked. */
  sample: Type.Array(Type.Object({ row: Type.Integer(), values: Type.Record(Type.String(), Nullable(Type.String())) })),
});
export type ImportReport = Static<typeof ImportReport>;

export const ImportKindInfo = Type.Object({
  key: Type.String(),
  name: Type.String(),
  permission: Type.String(),
  /** Whether the caller holds the permission the kind needs. */
  allowed: Type.Boolean(),
  columns: Type.Array(Type.Object({
    key: Type.String(), header: Type.String(), headerEn: Type.String(), required: Type.Boolean(), example: Type.String(), note: Type.String(),
  })),
});
