import { sql } from 'kysely';
import { audit, dbOf, inTransaction, type Context, type TxContext } from '../../platform/context/context.js';
import { AppError, forbidden, invalid, notFound, type FieldProblem } from '../../platform/http/errors.js';
import './notices.tables.js';
import { applies, isTemplateFailure, issueNotices, type NoticeTarget } from './issue-notice.js';
import type { CreateBatchBody, NoticeBatch } from './notices.types.js';

/**
 * 批量打印 (issue 12, item 3): many notices of one template, queued as a batch with one item per
 * record and rendered by a job in the server process (runNoticeBatches). Each chunk of items is one
 * transaction — numbers, files, rows, item states — so a server killed mid-batch loses only the
 * chunk in flight, whose numbers go back with it; the next run finishes the rest, never twice.
 */
export async function createBatch(ctx: Context, body: CreateBatchBody): Promise<NoticeBatch> {
  const template = ctx.notices.templates.latest(body.templateCode);
  if (!template) throw invalid({ path: 'templateCode', reason: 'noticeTemplateUnknown' });
  const recordType = ctx.notices.recordTypes.get(body.recordType);
  if (!recordType) throw notFound();
  if (!template.recordTypes.includes(recordType.type)) throw invalid({ path: 'templateCode', reason: 'noticeTemplateNotApplicable' });
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  if (actor.mustChangePassword) throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED');
  if (!actor.can(recordType.write)) throw forbidden();
  const scoped: Context = { ...ctx, scope: actor.scopeFor(recordType.write) };

  return inTransaction(scoped, async (tx) => {
    const missing: FieldProblem[] = [];
    const notApplicable: FieldProblem[] = [];
    const units: number[] = [];
    for (const [i, id] of body.recordIds.entries()) {
      if (missing.length + notApplicable.length >= 20) break; // enough to act on
      const unit = await recordType.orgUnitOf(tx.trx, id, tx.scope);
      if (unit === null) missing.push({ path: `recordIds.${i}`, reason: 'batchRecordNotFound' });
      else if (!(await applies(tx, template, recordType.type, id))) notApplicable.push({ path: `recordIds.${i}`, reason: 'noticeTemplateNotApplicable' });
      else units.push(unit);
    }
    // A record outside the caller's scope is not found, as everywhere (and nothing is queued).
    if (missing.length) throw new AppError(404, 'NOT_FOUND', { fields: missing });
    if (notApplicable.length) throw invalid(...notApplicable);
    const orgUnitId = await commonUnit(tx, units);
    const batch = await tx.trx.insertInto('notice_batch').values({
      template_code: template.code, template_version: template.version, entity_type: recordType.type, org_unit_id: orgUnitId,
      total: body.recordIds.length, created_by: actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    for (let from = 0; from < body.recordIds.length; from += 1000) {
      await tx.trx.insertInto('notice_batch_item')
        .values(body.recordIds.slice(from, from + 1000).map((entityId, i) => ({ batch_id: batch.id, position: from + i + 1, entity_id: entityId })))
        .execute();
    }
    await audit(tx, {
      action: 'notice.batch', entityType: 'notice_batch', entityId: String(batch.id), orgUnitId,
      after: { template: template.code, version: template.version, recordType: recordType.type, total: body.recordIds.length },
    });
    return batchView(tx, batch.id);
  });
}

/** The deepest org unit above every record's unit (its path the longest common prefix): who follows the batch. */
async function commonUnit(tx: TxContext, units: number[]): Promise<number> {
  const rows = await tx.trx.selectFrom('org_unit').select(['id', 'path']).where('id', 'in', [...new Set(units)]).execute();
  let prefix = rows[0]!.path.split('/').filter(Boolean);
  for (const r of rows) {
    const parts = r.path.split('/').filter(Boolean);
    let n = 0;
    while (n < prefix.length && n < parts.length && prefix[n] === parts[n]) n++;
    prefix = prefix.slice(0, n);
  }
  const path = `/${prefix.join('/')}/`;
  return (await tx.trx.selectFrom('org_unit').select('id').where('path', '=', path).executeTakeFirstOrThrow()).id;
}

/** A batch and its progress, for someone who may read its records at the batch's unit (404 otherwise). */
export async function getBatch(ctx: Context, id: number): Promise<NoticeBatch> {
  const row = await dbOf(ctx).selectFrom('notice_batch').select(['entity_type', 'org_unit_id']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const recordType = ctx.notices.recordTypes.get(row.entity_type);
  if (!recordType || !ctx.actor) throw notFound();
  if (!ctx.actor.can(recordType.read)) throw forbidden();
  if (!ctx.actor.scopeFor(recordType.read).includes(row.org_unit_id)) throw notFound();
  return batchView(ctx, id);
}

async function batchView(ctx: Context, id: number): Promise<NoticeBatch> {
  const db = dbOf(ctx);
  const b = await db.selectFrom('notice_batch as b').selectAll('b')
    .select(sql<string | null>`(select display_name from app_user where id = b.created_by)`.as('by_name'))
    .where('b.id', '=', id).executeTakeFirstOrThrow();
  const counts = await db.selectFrom('notice_batch_item')
    .select([sql<number>`count(*) filter (where state = 'done')::int`.as('done'), sql<number>`count(*) filter (where state = 'failed')::int`.as('failed')])
    .where('batch_id', '=', id).executeTakeFirstOrThrow();
  const failures = await db.selectFrom('notice_batch_item').select(['position', 'entity_id', 'error'])
    .where('batch_id', '=', id).where('state', '=', 'failed').orderBy('position').limit(100).execute();
  const range = await db.selectFrom('notice').select([sql<string | null>`min(number)`.as('first'), sql<string | null>`max(number)`.as('last')])
    .where('batch_id', '=', id).executeTakeFirstOrThrow();
  const label = ctx.notices.templates.version(b.template_code, b.template_version)?.label ?? { zh: b.template_code, en: b.template_code };
  return {
    id: b.id, templateCode: b.template_code, templateVersion: b.template_version, templateName: label.zh, templateNameEn: label.en,
    recordType: b.entity_type, orgUnitId: b.org_unit_id, state: b.state, total: b.total, done: counts.done, failed: counts.failed,
    createdAt: b.created_at.toISOString(), createdByName: b.by_name, finishedAt: b.finished_at?.toISOString() ?? null,
    failures: failures.map((f) => ({ position: f.position, recordId: f.entity_id, error: f.error ?? '' })),
    firstNumber: range.first, lastNumber: range.last,
  };
}

export type BatchRun = { batches: number; issued: number; failed: number };

/**
 * The job (the system acting, every org unit): works through pending batches oldest first, a chunk
 * of items per transaction, until none is left or `shouldStop` says the server is going down.
 * Items are claimed `for update skip locked`, so two servers share the work without doubling it —
 * and so do `workers` loops in one process (PostgreSQL): while one chunk renders in the pool, the
 * next claims its items and reads their data, and takes its numbers the moment the first commits
 * (the number sequence's row lock keeps the numbers gap-free and in order). One worker on the
 * embedded engine (one connection: a second transaction would only wait for it).
 */
export async function runNoticeBatches(system: Context, opts: { chunk?: number; workers?: number; shouldStop?: () => boolean } = {}): Promise<BatchRun> {
  // A chunk is one transaction: its renders run side by side in the pool; larger chunks idle the pool less between
  // commits (the next chunk numbers only once this one has committed). 50: 150 notices/s against 140-145 with 25
  // (bench/notices.bench.ts, 2026-12-07); a server killed mid-batch redoes at most the chunks in flight.
  const chunk = opts.chunk ?? 50;
  const run: BatchRun = { batches: 0, issued: 0, failed: 0 };
  const seen = new Set<number>();
  const order = numberingOrder();
  const worker = async () => {
    for (;;) {
      if (opts.shouldStop?.()) return;
      const batch = await system.db.selectFrom('notice_batch').selectAll().where('state', '=', 'pending').orderBy('id').executeTakeFirst();
      if (!batch) return;
      if (!seen.has(batch.id)) (seen.add(batch.id), run.batches++);
      const step = await runChunk(system, batch, chunk, order);
      run.issued += step.issued;
      run.failed += step.failed;
      if (step.claimed === 0) {
        // Nothing left to claim: done when no item is pending (another worker or server may still hold some).
        await sql`update notice_batch set state = 'done', finished_at = now() where id = ${batch.id} and state = 'pending'
          and not exists (select 1 from notice_batch_item where batch_id = ${batch.id} and state = 'pending')`.execute(system.db);
        const still = await system.db.selectFrom('notice_batch').select('state').where('id', '=', batch.id).executeTakeFirstOrThrow();
        if (still.state === 'pending') return; // another worker or process is finishing it
      }
    }
  };
  // Every worker runs to its end before a failure is reported: none is left writing behind the caller's back.
  const ends = await Promise.allSettled(Array.from({ length: Math.max(1, opts.workers ?? 1) }, worker));
  const failure = ends.find((e): e is PromiseRejectedResult => e.status === 'rejected');
  if (failure) throw failure.reason;
  return run;
}

type BatchRow = { id: number; template_code: string; template_version: number; entity_type: string; created_by: number | null };

type NumberingOrder = ReturnType<typeof numberingOrder>;
type Slot = ReturnType<NumberingOrder['slot']>;

/**
 * The chunks of one process take their numbers in the order they claimed their items, so a batch
 * prints numbered in its list's order although two chunks are in flight: the later one reads its
 * data while the earlier renders, then waits for the earlier's transaction to end before numbering.
 * (The earlier holds nothing the later needs before then: no deadlock.)
 */
export function numberingOrder() {
  let claims: Promise<unknown> = Promise.resolve();
  let previousEnded: Promise<void> = Promise.resolve();
  return {
    slot() {
      let turn: Promise<void> = Promise.resolve();
      let end = () => {};
      return {
        /** Run the claim after the claims before it; the slot's turn to number comes after theirs have ended. */
        async claim<T>(work: () => Promise<T>): Promise<T> {
          const run = claims.then(work);
          claims = run.catch(() => undefined);
          const value = await run;
          turn = previousEnded;
          previousEnded = new Promise<void>((resolve) => (end = resolve));
          return value;
        },
        turn: () => turn,
        /** The slot's transaction has ended (committed or rolled back): the next may number. */
        end: () => end(),
      };
    },
  };
}

async function runChunk(system: Context, batch: BatchRow, chunk: number, order: NumberingOrder): Promise<{ claimed: number; issued: number; failed: number }> {
  try {
    return await inSlot(order, (slot) => inTransaction(system, (tx) => claimAndIssue(tx, batch, chunk, slot)));
  } catch (error) {
    // A template that fails on one item's data spoils the chunk: each item alone, so the others go through.
    // Anything else (the database, a renderer process) is tried again on the next round, nothing marked.
    if (!isTemplateFailure(error)) throw error;
    let total = { claimed: 0, issued: 0, failed: 0 };
    for (let i = 0; i < chunk; i++) {
      const next = await system.db.selectFrom('notice_batch_item').select('position').where('batch_id', '=', batch.id).where('state', '=', 'pending')
        .orderBy('position').limit(1).executeTakeFirst();
      if (!next) break;
      const one = await inSlot(order, (slot) => inTransaction(system, (tx) => claimAndIssue(tx, batch, 1, slot, next.position))).catch(async (failure: unknown) => {
        if (!isTemplateFailure(failure)) throw failure;
        await inTransaction(system, (tx) => failItem(tx, batch.id, next.position, failure));
        return { claimed: 1, issued: 0, failed: 1 };
      });
      total = { claimed: total.claimed + one.claimed, issued: total.issued + one.issued, failed: total.failed + one.failed };
    }
    return total;
  }
}

async function inSlot<T>(order: NumberingOrder, work: (slot: Slot) => Promise<T>): Promise<T> {
  const slot = order.slot();
  try {
    return await work(slot);
  } finally {
    slot.end();
  }
}

async function claimAndIssue(tx: TxContext, batch: BatchRow, chunk: number, slot: Slot, position?: number) {
  let claim = tx.trx.selectFrom('notice_batch_item').select(['position', 'entity_id'])
    .where('batch_id', '=', batch.id).where('state', '=', 'pending');
  if (position !== undefined) claim = claim.where('position', '=', position);
  const items = await slot.claim(() => claim.orderBy('position').limit(chunk).forUpdate().skipLocked().execute());
  if (items.length === 0) return { claimed: 0, issued: 0, failed: 0 };
  const template = tx.notices.templates.version(batch.template_code, batch.template_version);
  const recordType = tx.notices.recordTypes.get(batch.entity_type);
  const targets: (NoticeTarget & { position: number })[] = [];
  const gone: number[] = [];
  for (const item of items) {
    const unit = recordType ? await recordType.orgUnitOf(tx.trx, item.entity_id, tx.scope) : null;
    if (unit === null || !template || !(await applies(tx, template, batch.entity_type, item.entity_id))) gone.push(item.position);
    else targets.push({ recordType: batch.entity_type, id: item.entity_id, orgUnitId: unit, position: item.position });
  }
  if (gone.length) {
    await tx.trx.updateTable('notice_batch_item').set({ state: 'failed', error: template ? 'record gone or no longer eligible' : 'template version gone' })
      .where('batch_id', '=', batch.id).where('position', 'in', gone).execute();
  }
  const issued = template
    ? await issueNotices(tx, template, targets, { batchId: batch.id, issuedBy: batch.created_by, applicabilityChecked: true, beforeNumbers: slot.turn })
    : [];
  if (issued.length) {
    // One statement for the chunk's items: each position its notice.
    await sql`update notice_batch_item i set state = 'done', notice_id = v.notice_id
      from unnest(${targets.map((t) => t.position)}::int[], ${issued.map((n) => n.id)}::int[]) as v(position, notice_id)
      where i.batch_id = ${batch.id} and i.position = v.position`.execute(tx.trx);
  }
  return { claimed: items.length, issued: issued.length, failed: gone.length };
}

/** An item that failed alone: marked failed with why, so the batch moves on. */
async function failItem(tx: TxContext, batchId: number, position: number, error: unknown) {
  const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  await tx.trx.updateTable('notice_batch_item').set({ state: 'failed', error: cause.slice(0, 2000) })
    .where('batch_id', '=', batchId).where('position', '=', position).where('state', '=', 'pending').execute();
}
