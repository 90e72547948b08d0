import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { blindIndex, isValidResidentId, isValidUnifiedSocialCreditCode, mask } from '../../../platform/pii/index.js';
import { checkPolicyDraft, type BeneficiaryDraft, type PolicyDraft } from '../policy-rules.js';
import type { LineOfBusiness, TermType } from '../../catalog/catalog.tables.js';
import type { PartyRelation } from '../policies.tables.js';
import type { CellProblem, ImportContext, ImportKind } from '../../imports/import-kind.js';
import { AMBIGUOUS, find, lookupOf, orgUnitLookup, resolveUnitOrAgent, userLookup, type Lookup } from '../../imports/import-lookups.js';
import { YES_NO, choiceList, parseBeijingDateTime, parseChoice, parseDate, reportLabel, type Choices } from '../../imports/import-values.js';
import { FREQUENCY_CHOICES, LINE_CHOICES, MODE_CHOICES, POLICY_COLUMNS, RELATION_CHOICES, TERM_CHOICES } from './policy-import-columns.js';
import { commitPolicyImport, findImportClients, findPoliciesAlreadyStored, resolvePolicyClients } from './commit-policy-import.js';
import { beijingDateTime } from '../../../platform/time/beijing.js';

/**
 * How a row names a client of the archive: the blind index of an ID number, or a credit code.
 * About one resident ID in 31 also passes the credit code checksum (both are 18 characters),
 * so such a value is looked up both ways: `key` first, then `alternative`.
 */
export type ClientRef = {
  key: string;
  alternative?: string;
  label: string | null;
  /** 18 digits that are no valid resident ID (nor credit code): if no client has them, that is the likelier fault. */
  mistyped?: true;
};

/** A policy row ready to be stored: the form's checked draft, its references resolved. */
export type PolicyImportRow = {
  draft: PolicyDraft;
  insurerId: number;
  productId: number | null;
  renewable: boolean;
  orgUnitId: number;
  agentId: number | null;
  receivedAt: Date;
  verified: boolean;
  holder: ClientRef;
  insured: ClientRef[];
  /** Each insured's relation to the policyholder as the file gives it; null: from the archive's links (settled with the clients). */
  relations: (PartyRelation | null)[];
  /** Filled in by resolvePolicyClients before the commit. */
  holderId: number | null;
  /** The policyholder's name in the archive (for the report), filled in with holderId. */
  holderName: string | null;
  insuredIds: number[];
  preview: { insurer: string; orgUnit: string; agent: string | null };
};

type Product = { id: number; name: string; line: LineOfBusiness; term: TermType; renewable: boolean };
type Lookups = { orgUnits: Lookup; users: Lookup; insurers: Lookup; products: Map<string, Product | typeof AMBIGUOUS> };

const MAX_LENGTH: Record<string, number> = { policyNumber: 40, product: 100, bankAccount: 40, beneficiaries: 500, insuredIds: 400, insuredRelations: 200 };
const CLOCK_SKEW_MS = 5 * 60_000;
const SEPARATOR = /[;；,，、\n]+/;
// From the rule checks' field paths to the file's columns.
const COLUMN_OF: Record<string, string> = { productName: 'product', beneficiaryDesignation: 'beneficiaries', insured: 'insuredIds' };
const columnOf = (path: string) => COLUMN_OF[path] ?? (path.startsWith('beneficiaries') ? 'beneficiaries' : path.startsWith('insured') ? 'insuredIds' : path);

/**
 * 保单批量导入 (R-PO-6): each row is checked like the intake form (R-PO-1, R-PO-3 dates and terms,
 * beneficiary shares) and recognised by insurer + policy number, so importing the same file
 * again creates nothing. The policyholder and insured must already be in the archive.
 */
export const policyImport: ImportKind<PolicyImportRow, Lookups> = {
  key: 'policies',
  permission: 'policy.write',
  auditAction: 'policy.import',
  nameZh: '保单',
  nameEn: 'Policies',
  itemEn: { one: 'policy', other: 'policies' },
  columns: POLICY_COLUMNS,

  async load(ctx) {
    return {
      orgUnits: await orgUnitLookup(ctx.db, ctx.scope),
      users: await userLookup(ctx.db, ctx.scope),
      ...(await catalogueLookups(ctx.db)),
    };
  },

  parseRow(cells, lookups, ctx, inexact) {
    const problems: CellProblem[] = [];
    const text = (key: string) => {
      const value = (cells[key] ?? '').trim();
      if (inexact.has(key)) problems.push({ column: key, reason: 'inexactNumber' });
      const limit = MAX_LENGTH[key];
      if (limit !== undefined && [...value].length > limit) problems.push({ column: key, reason: 'maxLength', params: { limit } });
      return value === '' ? null : value;
    };
    const choice = <T extends string>(key: string, choices: Choices<T>) => {
      const value = text(key);
      if (value === null) return null;
      const parsed = parseChoice(value, choices);
      if (parsed === undefined) problems.push({ column: key, reason: 'invalidChoice', params: { allowed: choiceList(choices) } });
      return parsed ?? null;
    };
    const required = (key: string) => {
      const value = text(key);
      if (value === null && !problems.some((p) => p.column === key)) problems.push({ column: key, reason: 'required' });
      return value;
    };
    const date = (key: string) => {
      const value = text(key);
      return value === null ? null : parseDate(value) ?? value;
    };

    const insurerId = reference(required('insurer'), lookups.insurers, 'insurer', 'insurerNotActive', problems);
    const productText = required('product');
    const product = insurerId !== null && productText !== null ? lookups.products.get(`${insurerId}|${productText.normalize('NFKC').toLowerCase()}`) : undefined;
    if (product === AMBIGUOUS) problems.push({ column: 'product', reason: 'productAmbiguous' });
    const catalogued = product !== undefined && product !== AMBIGUOUS ? product : null;

    const holderText = required('policyholderId');
    const holder = holderText === null ? null : clientRef(ctx, holderText);
    const insuredTexts = (text('insuredIds') ?? '').split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
    const insured = insuredTexts.length ? insuredTexts.map((t) => clientRef(ctx, t)) : holder ? [holder] : [];
    const relations = parseRelations(text('insuredRelations'), insured.length, problems);
    const beneficiaries = parseBeneficiaries(text('beneficiaries'), problems);

    const frequency = choice('paymentFrequency', FREQUENCY_CHOICES);
    const mode = choice('paymentMode', MODE_CHOICES);
    const yearsText = text('paymentYears');
    const years = yearsText === null ? null : /^\d{1,3}$/.test(yearsText) ? Number(yearsText) : NaN;
    if (Number.isNaN(years)) problems.push({ column: 'paymentYears', reason: 'type', params: { type: { 'zh-CN': '整数', en: 'a whole number' } } });
    for (const key of ['sumInsured', 'premium', 'paymentFrequency', 'paymentMode', 'effectiveDate']) required(key);

    const input: PolicyDraft = {
      policyNumber: text('policyNumber') ?? '', productName: catalogued ? null : productText,
      lineOfBusiness: choice('lineOfBusiness', LINE_CHOICES), termType: choice('termType', TERM_CHOICES),
      sumInsured: (text('sumInsured') ?? '').replace(/[,，\s]/g, ''), premium: (text('premium') ?? '').replace(/[,，\s]/g, ''),
      paymentFrequency: frequency ?? 'annual', paymentMode: mode ?? 'other', paymentYears: Number.isNaN(years) ? null : years,
      bankAccount: text('bankAccount'), applicationDate: date('applicationDate'), issueDate: date('issueDate'),
      effectiveDate: date('effectiveDate') ?? '', endDate: date('endDate'),
      // Stand-ins until the clients are found: resolvePolicyClients settles each relation.
      insured: insured.map((_, i) => ({ clientId: i + 1, relation: relations[i] ?? 'other' })),
      beneficiaryDesignation: beneficiaries?.length ? 'named' : 'legal', beneficiaries: beneficiaries ?? [],
    };
    const checked = checkPolicyDraft(input, ctx.today, catalogued && { lineOfBusiness: catalogued.line, termType: catalogued.term, name: catalogued.name });
    for (const p of checked.problems) {
      const column = columnOf(p.path);
      if (!problems.some((q) => q.column === column)) problems.push({ column, reason: p.reason, params: p.params });
    }
    const keys = insured.map((r) => r.key);
    if (new Set(keys).size !== keys.length) problems.push({ column: 'insuredIds', reason: 'listedTwice' });

    const orgUnitId = resolveUnitOrAgent(text('orgUnit') ?? '', lookups.orgUnits, ctx.defaultOrgUnitId, 'orgUnit', problems);
    const agentId = resolveUnitOrAgent(text('agent') ?? '', lookups.users, ctx.actorIsAgent ? ctx.actor!.userId : null, 'agent', problems);
    let receivedAt = ctx.now;
    const received = text('receivedAt');
    if (received !== null) {
      const at = parseBeijingDateTime(received);
      if (!at) problems.push({ column: 'receivedAt', reason: 'invalidDateTime' });
      else if (at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) problems.push({ column: 'receivedAt', reason: 'dateInFuture' });
      else receivedAt = at;
    }
    const verified = choice('verified', YES_NO) === 'yes';
    if (problems.length || insurerId === null || !holder) return { value: null, identity: null, problems };

    const d = checked.draft;
    const row: PolicyImportRow = {
      draft: d, insurerId, productId: catalogued?.id ?? null, renewable: catalogued?.renewable ?? false, orgUnitId: orgUnitId!, agentId, receivedAt,
      verified, holder, insured, relations, holderId: null, holderName: null, insuredIds: [],
      preview: { insurer: lookups.insurers.nameOf.get(insurerId) ?? '', orgUnit: lookups.orgUnits.nameOf.get(orgUnitId!) ?? '', agent: agentId === null ? null : lookups.users.nameOf.get(agentId) ?? null },
    };
    return { value: row, identity: { key: `${insurerId}|${d.policyNumber}`, column: 'policyNumber' }, problems: [] };
  },

  checkReferences: resolvePolicyClients,

  // A policy row is named by its number and policyholder: the ID masked as the file gives it,
  // then the name once the policyholder is found in the archive.
  labelOf(cells) {
    const holder = reportLabel(cells.policyholderId);
    return joinLabel(reportLabel(cells.policyNumber), holder === null ? null : mask('idNumber', holder.replace(/\s+/g, '').toUpperCase()));
  },
  labelOfValue(row) {
    return joinLabel(row.draft.policyNumber, row.holderName ?? row.holder.label);
  },
  // A row refused before its clients were looked up is named by its policyholder's name too, when the archive has them.
  async labelRows(db, ctx, rows) {
    const named = rows.flatMap(({ row, cells }) => {
      const holder = reportLabel(cells.policyholderId);
      return holder === null ? [] : [{ row, number: reportLabel(cells.policyNumber), ref: clientRef(ctx, holder) }];
    });
    const { clientOf, nameOf } = await findImportClients(db, ctx, named.map((n) => n.ref), named.map((n) => n.ref));
    const labels = new Map<number, string>();
    for (const { row, number, ref } of named) {
      const id = clientOf(ref);
      const name = id === undefined ? undefined : nameOf.get(id);
      if (name) labels.set(row, joinLabel(number, name)!);
    }
    return labels;
  },
  findExisting: findPoliciesAlreadyStored,
  commit: commitPolicyImport,

  preview(row) {
    const d = row.draft;
    const label = <T extends string>(choices: Choices<T>, v: T | null) => (v === null ? null : choices[v][0]!);
    return {
      insurer: row.preview.insurer, policyNumber: d.policyNumber, product: d.productName, lineOfBusiness: label(LINE_CHOICES, d.lineOfBusiness),
      termType: label(TERM_CHOICES, d.termType), policyholderId: row.holder.label, insuredIds: row.insured.map((r) => r.label).join('；'),
      insuredRelations: row.relations.some((r) => r !== null) ? row.relations.map((r) => label(RELATION_CHOICES, r)).join('；') : null,
      beneficiaries: d.beneficiaryDesignation === 'legal' ? '法定' : d.beneficiaries.map((b) => `${b.name} ${b.share}%`).join('；'),
      sumInsured: d.sumInsured, premium: d.premium, paymentFrequency: label(FREQUENCY_CHOICES, d.paymentFrequency), paymentMode: label(MODE_CHOICES, d.paymentMode),
      paymentYears: d.paymentYears === null ? null : String(d.paymentYears), bankAccount: mask('bankAccount', d.bankAccount),
      applicationDate: d.applicationDate, issueDate: d.issueDate, effectiveDate: d.effectiveDate, endDate: d.endDate,
      orgUnit: row.preview.orgUnit, agent: row.preview.agent,
      receivedAt: beijingDateTime(row.receivedAt),
      verified: label(YES_NO, row.verified ? 'yes' : 'no'),
    };
  },
};

const joinLabel = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ') || null;

/** Insurers by code or name; products by `insurer|code` or `insurer|name` (active ones). */
async function catalogueLookups(db: Kysely<DB>) {
  const insurers = lookupOf(await db.selectFrom('insurer').select(['id', 'code as key', 'name']).where('active', '=', true).execute());
  const products = new Map<string, Product | typeof AMBIGUOUS>();
  const rows = await db.selectFrom('product').select(['id', 'insurer_id', 'code', 'name', 'line_of_business', 'term_type', 'renewable']).where('active', '=', true).execute();
  for (const p of rows) {
    const product = { id: p.id, name: p.name, line: p.line_of_business, term: p.term_type, renewable: p.renewable };
    products.set(`${p.insurer_id}|${p.code.toLowerCase()}`, product);
    const byProductName = `${p.insurer_id}|${p.name.normalize('NFKC').toLowerCase()}`;
    products.set(byProductName, products.has(byProductName) ? AMBIGUOUS : product);
  }
  return { insurers, products };
}

/** 18 digits (or 17 and X) that are neither a valid resident ID nor a valid credit code. */
function isMistypedResidentId(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value) && !isValidResidentId(value) && !isValidUnifiedSocialCreditCode(value);
}

function clientRef(ctx: Pick<ImportContext, 'keyring'>, text: string): ClientRef {
  const value = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const byIdNumber: ClientRef = { key: `id:${blindIndex(ctx.keyring, { kind: 'idNumber', value })}`, label: mask('idNumber', value) };
  if (isMistypedResidentId(value)) byIdNumber.mistyped = true;
  if (!isValidUnifiedSocialCreditCode(value)) return byIdNumber;
  const byCreditCode = { key: `cc:${value}`, label: value };
  return isValidResidentId(value) ? { ...byIdNumber, alternative: byCreditCode.key } : { ...byCreditCode, alternative: byIdNumber.key };
}

// 被保险人与投保人关系: none (all from the archive's links), or one per insured in their order.
function parseRelations(text: string | null, insuredCount: number, problems: CellProblem[]): (PartyRelation | null)[] {
  const none = Array.from({ length: insuredCount }, () => null);
  const parts = (text ?? '').split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (!parts.length) return none;
  const parsed = parts.map((part) => parseChoice(part, RELATION_CHOICES));
  if (parsed.some((r) => r === undefined)) {
    problems.push({ column: 'insuredRelations', reason: 'invalidChoice', params: { allowed: choiceList(RELATION_CHOICES) } });
    return none;
  }
  if (parsed.length !== insuredCount) {
    problems.push({ column: 'insuredRelations', reason: 'relationCount', params: { given: parsed.length, count: insuredCount } });
    return none;
  }
  return parsed as PartyRelation[];
}

// 受益人: empty or 法定 → legal heirs; else "name share%" entries, all of the first rank.
function parseBeneficiaries(text: string | null, problems: CellProblem[]): BeneficiaryDraft[] | null {
  if (text === null || /^(法定|法定继承人|legal)$/i.test(text.trim())) return null;
  const list: BeneficiaryDraft[] = [];
  for (const part of text.split(SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[:：]?\s*(\d{1,3}(?:\.\d{1,2})?)\s*[%％]$/.exec(part);
    if (!m) {
      problems.push({ column: 'beneficiaries', reason: 'beneficiaryFormat', params: { text: part } });
      return null;
    }
    list.push({ clientId: null, name: m[1]!.trim(), idNumber: null, relation: 'other', rank: 1, share: m[2]! });
  }
  return list;
}

function reference(text: string | null, lookup: Lookup, column: string, notFound: CellProblem['reason'], problems: CellProblem[]): number | null {
  if (text === null) return null;
  const id = find(lookup, text);
  if (id === undefined) problems.push({ column, reason: notFound });
  else if (id === AMBIGUOUS) problems.push({ column, reason: 'insurerAmbiguous' });
  return id === undefined || id === AMBIGUOUS ? null : id;
}
