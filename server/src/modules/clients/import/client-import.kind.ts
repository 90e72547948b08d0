import { blindIndex, mask } from '../../../platform/pii/index.js';
import { checkClientDraft, type ClientDraft } from '../client-rules.js';
import { findClientsAlreadyStored, commitClientImport } from './commit-client-import.js';
import { CLIENT_COLUMNS, CONTACT_CHOICES, GENDER_CHOICES, ID_TYPE_CHOICES, KIND_CHOICES } from './client-import-columns.js';
import type { CellProblem, ImportKind, ParsedRow } from '../../imports/import-kind.js';
import { orgUnitLookup, resolveUnitOrAgent, userLookup, type Lookup } from '../../imports/import-lookups.js';
import { YES_NO, choiceList, parseBeijingDateTime, parseChoice, parseDate, reportLabel, type Choices } from '../../imports/import-values.js';
import { beijingDateTime } from '../../../platform/time/beijing.js';

/** A client row ready to be stored: the form's normalised draft, its references resolved. */
export type ClientImportRow = {
  draft: ClientDraft;
  orgUnitId: number;
  agentId: number | null;
  firstContactAt: Date;
  consentMarketing: boolean;
  consentSensitive: boolean;
  /** For the preview. */
  orgUnitName: string;
  agentName: string | null;
  /** Blind indexes (needed to recognise the client; kept for the insert). */
  idNumberBidx: string | null;
  mobileBidx: string | null;
};

type Lookups = { orgUnits: Lookup; users: Lookup };

// The form's limits (CreateClientBody), counted in characters.
const MAX_LENGTH: Record<string, number> = {
  name: 100, idNumber: 40, mobile: 20, address: 200, occupation: 60, unifiedCreditCode: 18, contactPerson: 60,
};
// A first contact stamped a few minutes ahead by a clerk's PC clock is not "in the future" (as on the form).
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * 客户批量导入 (R-PO-6 for the archive of R-CL-1): each row is checked exactly like the form —
 * identifiers, dates, consistency with the resident ID — and recognised by its ID number
 * (else credit code, else name and mobile), so importing the same file twice adds nothing.
 */
export const clientImport: ImportKind<ClientImportRow, Lookups> = {
  key: 'clients',
  permission: 'client.write',
  auditAction: 'client.import',
  nameZh: '客户',
  nameEn: 'Clients',
  itemEn: { one: 'client', other: 'clients' },
  columns: CLIENT_COLUMNS,

  async load(ctx) {
    return { orgUnits: await orgUnitLookup(ctx.db, ctx.scope), users: await userLookup(ctx.db, ctx.scope) };
  },

  parseRow(cells, lookups, ctx, inexact) {
    const problems: CellProblem[] = [];
    const at: RowCells = { cells, inexact, problems };
    const text = (key: string) => cellText(at, key);
    const choice = <T extends string>(key: string, choices: Choices<T>) => cellChoice(at, key, choices);

    const creditCode = text('unifiedCreditCode');
    const kind = choice('kind', KIND_CHOICES) ?? (creditCode ? 'organisation' : 'person');
    const input: ClientDraft = {
      kind, name: text('name') ?? '', gender: choice('gender', GENDER_CHOICES), birthDate: text('birthDate'),
      idType: choice('idType', ID_TYPE_CHOICES), idNumber: text('idNumber'), mobile: text('mobile'), address: text('address'),
      occupation: text('occupation'), contactPreference: choice('contactPreference', CONTACT_CHOICES),
      unifiedCreditCode: creditCode, contactPerson: text('contactPerson'),
    };
    // Dates typed as 2026/1/5 or 2026年1月5日 read as the form's YYYY-MM-DD; anything else is
    // left as typed for checkClientDraft to refuse.
    if (input.birthDate) input.birthDate = parseDate(input.birthDate) ?? input.birthDate;
    const { draft, problems: ruleProblems } = checkClientDraft(input, ctx.today);
    // The same reason codes as the form; only problems not already found about a cell's shape.
    for (const p of ruleProblems) if (!problems.some((q) => q.column === p.path)) problems.push({ column: p.path, reason: p.reason, params: p.params });

    const orgUnitId = resolveUnitOrAgent(cells.orgUnit ?? '', lookups.orgUnits, ctx.defaultOrgUnitId, 'orgUnit', problems);
    const agentId = resolveUnitOrAgent(cells.agent ?? '', lookups.users, ctx.actorIsAgent ? ctx.actor!.userId : null, 'agent', problems);
    let firstContactAt = ctx.now;
    if (cells.firstContactAt) {
      const at = parseBeijingDateTime(cells.firstContactAt);
      if (!at) problems.push({ column: 'firstContactAt', reason: 'invalidDateTime' });
      else if (at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) problems.push({ column: 'firstContactAt', reason: 'firstContactInFuture' });
      else firstContactAt = at;
    }
    const consent = (key: string) => choice(key, YES_NO) === 'yes';
    const consentMarketing = consent('consentMarketing');
    const consentSensitive = consent('consentSensitive');
    if (problems.length) return { value: null, identity: null, problems };

    const row: ClientImportRow = {
      draft, orgUnitId: orgUnitId!, agentId, firstContactAt, consentMarketing, consentSensitive,
      orgUnitName: lookups.orgUnits.nameOf.get(orgUnitId!) ?? String(orgUnitId), agentName: agentId === null ? null : lookups.users.nameOf.get(agentId) ?? null,
      idNumberBidx: draft.idNumber === null ? null : blindIndex(ctx.keyring, { kind: 'idNumber', value: draft.idNumber }),
      mobileBidx: draft.mobile === null ? null : blindIndex(ctx.keyring, { kind: 'mobile', value: draft.mobile }),
    };
    return identify(row);
  },

  findExisting: findClientsAlreadyStored,
  commit: commitClientImport,

  // A client row is named by its name as typed (no identifier: those are personal data).
  labelOf(cells) {
    return reportLabel(cells.name);
  },

  preview(row) {
    const d = row.draft;
    const label = <T extends string>(choices: Choices<T>, v: T | null) => (v === null ? null : choices[v][0]!);
    const yesNo = (v: boolean) => label(YES_NO, v ? 'yes' : 'no');
    return {
      kind: label(KIND_CHOICES, d.kind), name: d.name, gender: label(GENDER_CHOICES, d.gender), birthDate: d.birthDate, idType: label(ID_TYPE_CHOICES, d.idType),
      idNumber: mask('idNumber', d.idNumber), mobile: mask('mobile', d.mobile), address: mask('address', d.address),
      occupation: d.occupation, contactPreference: label(CONTACT_CHOICES, d.contactPreference), unifiedCreditCode: d.unifiedCreditCode,
      contactPerson: d.contactPerson, orgUnit: row.orgUnitName, agent: row.agentName,
      firstContactAt: beijingDateTime(row.firstContactAt),
      consentMarketing: yesNo(row.consentMarketing), consentSensitive: yesNo(row.consentSensitive),
    };
  },
};

type RowCells = { cells: Record<string, string>; inexact: ReadonlySet<string>; problems: CellProblem[] };

/** A text cell: null when empty; too long or a lossy number cell is a problem. */
function cellText(row: RowCells, key: string): string | null {
  const value = row.cells[key] ?? '';
  if (row.inexact.has(key)) row.problems.push({ column: key, reason: 'inexactNumber' });
  const limit = MAX_LENGTH[key];
  if (limit !== undefined && value.length > limit && [...value].length > limit) row.problems.push({ column: key, reason: 'maxLength', params: { limit } });
  return value === '' ? null : value;
}

function cellChoice<T extends string>(row: RowCells, key: string, choices: Choices<T>): T | null {
  const value = row.cells[key] ?? '';
  if (value === '') return null;
  const parsed = parseChoice(value, choices);
  if (parsed === undefined) row.problems.push({ column: key, reason: 'invalidChoice', params: { allowed: choiceList(choices) } });
  return parsed ?? null;
}

/** How a re-import recognises the client: ID number, else credit code, else name and mobile. */
function identify(row: ClientImportRow): ParsedRow<ClientImportRow> {
  const d = row.draft;
  if (row.idNumberBidx) return { value: row, identity: { key: `id:${row.idNumberBidx}`, column: 'idNumber' }, problems: [] };
  if (d.unifiedCreditCode) return { value: row, identity: { key: `cc:${d.unifiedCreditCode}`, column: 'unifiedCreditCode' }, problems: [] };
  if (row.mobileBidx) return { value: row, identity: { key: `nm:${row.mobileBidx}|${d.name.toLowerCase()}`, column: 'mobile' }, problems: [] };
  return { value: null, identity: null, problems: [{ column: null, reason: 'needsIdentifier' }] };
}
