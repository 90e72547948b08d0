/**
 * "Adding a module is its folder and one line in the list" (issue 10, item 4), shown: a small
 * 咨询 (inquiry, R-SR-2) module written against the kit — a lifecycle as data, routes that build
 * a context, its own messages — is added to the module list, and the app serves it with
 * deadlines, audit, version checks, clear refusals and the lifecycle page, and nothing else
 * changes. docs/ARCHITECTURE.md ("Adding a module") walks through the same code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { defineModule } from '../module.js';
import { MODULES } from '../../modules/index.js';
import { defineLifecycle } from '../../platform/lifecycle/lifecycle.js';
import { fire, fireCreated } from '../../platform/lifecycle/fire.js';
import { inTransaction, type TxContext } from '../../platform/context/context.js';
import { contextOf } from '../../platform/http/request-context.js';
import { Id, IdParams, Version } from '../../platform/http/schemas.js';
import { notFound } from '../../platform/http/errors.js';
import type { MessageTable } from '../../platform/http/messages.js';

// ── modules/inquiries/inquiries.messages.ts ─────────────────────────────────────────────────
const INQUIRY_FIELD_MESSAGES = {
  answerRequired: { 'zh-CN': '请填写答复内容', en: 'write the answer' },
} as const satisfies MessageTable;
declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof INQUIRY_FIELD_MESSAGES, true> {}
}

// ── modules/inquiries/inquiry-lifecycle.ts ──────────────────────────────────────────────────
type Inquiry = { id: number; org_unit_id: number; subject: string; state: 'received' | 'answered'; version: number };

const INQUIRY_LIFECYCLE = defineLifecycle({
  kind: 'inquiry',
  label: { zh: '咨询', en: 'Inquiry' },
  states: {
    received: { label: { zh: '已受理', en: 'received' }, initial: true },
    answered: { label: { zh: '已答复', en: 'answered' }, final: true },
  },
  transitions: {
    // R-SR-2: an inquiry is answered within 3 working days (deadline rule inquiry.answer).
    receive: { label: { zh: '受理咨询', en: 'receive' }, from: [], to: 'received', permission: 'service.write', deadlineEvents: ['inquiry.received'] },
    answer: {
      label: { zh: '答复', en: 'answer' }, from: ['received'], to: 'answered', permission: 'service.write', deadlineEvents: ['inquiry.answered'],
      guard: (_tx: TxContext, _r: Inquiry, input: { answer: string }) => (input.answer.trim() ? [] : [{ path: 'answer', reason: 'answerRequired' as const }]),
    },
  },
  record: {
    entityType: 'inquiry',
    idOf: (r) => r.id,
    async lock(tx, id: number) {
      const { rows } = await sql<Inquiry>`select * from example_inquiry where id = ${id} for update`.execute(tx.trx);
      if (!rows[0] || !tx.scope.includes(rows[0].org_unit_id)) throw notFound();
      return rows[0];
    },
    current: async (_tx, r) => r,
    state: (r) => r.state,
    version: (r) => r.version,
    orgUnitId: (r) => r.org_unit_id,
    ownerId: (tx) => tx.actor?.userId ?? null,
    async setState(tx, records, { to, at }) {
      await sql`update example_inquiry set state = ${to}, version = version + 1, updated_at = ${at} where id = any(${records.map((r) => r.id)}::int[])`.execute(tx.trx);
    },
    appendTimeline: async () => {}, // an inquiry names no client in this example
  },
});

// ── modules/inquiries/routes.ts and index.ts ────────────────────────────────────────────────
async function inquiryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post('/api/v1/example-inquiries', {
    config: { permission: 'service.write' },
    schema: { body: Type.Object({ orgUnitId: Id(), subject: Type.String({ minLength: 1, maxLength: 200 }) }) },
  }, async (req, reply) => {
    const inquiry = await inTransaction(contextOf(req), async (tx) => {
      if (!tx.scope.includes(req.body.orgUnitId)) throw notFound();
      const { rows } = await sql<Inquiry>`insert into example_inquiry (org_unit_id, subject) values (${req.body.orgUnitId}, ${req.body.subject}) returning *`.execute(tx.trx);
      await fireCreated(tx, INQUIRY_LIFECYCLE, 'receive', rows[0]!, { audit: { after: { subject: req.body.subject } } });
      return rows[0]!;
    });
    return reply.status(201).send(inquiry);
  });
  app.post('/api/v1/example-inquiries/:id/answer', {
    config: { permission: 'service.write', entity: 'inquiry' },
    schema: { params: IdParams, body: Type.Object({ version: Version(), answer: Type.String({ maxLength: 2000 }) }) },
  }, async (req) =>
    inTransaction(contextOf(req), async (tx) => {
      await fire(tx, INQUIRY_LIFECYCLE, 'answer', { key: req.params.id, version: req.body.version }, { input: req.body, audit: { after: { answer: req.body.answer } } });
      return (await sql<Inquiry>`select * from example_inquiry where id = ${req.params.id}`.execute(tx.trx)).rows[0];
    }),
  );
}

const inquiries = defineModule({
  name: 'inquiries',
  label: { zh: '咨询', en: 'Inquiries' },
  routes: inquiryRoutes,
  messages: { fields: INQUIRY_FIELD_MESSAGES },
  lifecycles: [INQUIRY_LIFECYCLE],
});

// ── the one line: modules/index.ts ──────────────────────────────────────────────────────────
const REGISTRY = [...MODULES, inquiries];

describe('a module written against the kit (issue 10, item 4)', () => {
  let t: TestApp;
  let service: Client;
  let gz: number;
  const inquiryDeadline = (id: number) =>
    t.db.selectFrom('deadline').selectAll().where('entity_type', '=', 'inquiry').where('entity_id', '=', String(id)).where('rule_id', '=', 'inquiry.answer').executeTakeFirst();

  beforeAll(async () => {
    t = await createTestApp({ modules: REGISTRY });
    // The module's migration, in its own folder in a real module.
    await sql`create table example_inquiry (id serial primary key, org_unit_id int not null references org_unit, subject text not null,
      state text not null default 'received', version int not null default 1, updated_at timestamptz not null default now())`.execute(t.db);
    service = await t.login('gz.service');
    gz = await t.orgId('GZ');
  });
  afterAll(() => t?.close());

  it('receives an inquiry: the R-SR-2 deadline opens on the working-day calendar, the step is audited', async () => {
    const res = await service.post('/api/v1/example-inquiries', { orgUnitId: gz, subject: '理赔进度咨询' });
    expect(res.statusCode).toBe(201);
    const inquiry = res.json() as Inquiry;
    const deadline = await inquiryDeadline(inquiry.id);
    expect(deadline).toMatchObject({ state: 'open', org_unit_id: gz });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'inquiry.receive').where('entity_id', '=', String(inquiry.id)).execute();
    expect(audit).toHaveLength(1);
  });

  it('answers it once: a stale version gets 409 with the current record, a blank answer a field message, a second answer names the state', async () => {
    const inquiry = (await service.post('/api/v1/example-inquiries', { orgUnitId: gz, subject: '保单贷款咨询' })).json() as Inquiry;

    const stale = await service.post(`/api/v1/example-inquiries/${inquiry.id}/answer`, { version: inquiry.version + 1, answer: '已答复' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: inquiry.id, state: 'received', version: inquiry.version });

    const blank = await service.request('POST', `/api/v1/example-inquiries/${inquiry.id}/answer`, { version: inquiry.version, answer: '  ' }, { 'accept-language': 'zh-CN' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields).toEqual([{ path: 'answer', message: '请填写答复内容' }]);

    const answered = await service.post(`/api/v1/example-inquiries/${inquiry.id}/answer`, { version: inquiry.version, answer: '已电话答复客户' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'answered', version: inquiry.version + 1 });
    expect((await inquiryDeadline(inquiry.id))?.state).toBe('met');

    const again = await service.request('POST', `/api/v1/example-inquiries/${inquiry.id}/answer`, { version: inquiry.version + 1, answer: '再答复' }, { 'accept-language': 'en' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toEqual([{ path: 'state', message: 'not possible while it is answered; possible now: none' }]);
  });

  it('keeps to the route permission and the org scope', async () => {
    const auditor = await t.login('gd.auditor'); // 质检: read permissions only
    expect((await auditor.post('/api/v1/example-inquiries', { orgUnitId: gz, subject: '—' })).statusCode).toBe(403);
    const inquiry = (await service.post('/api/v1/example-inquiries', { orgUnitId: gz, subject: '保全咨询' })).json() as Inquiry;
    const sibling = await t.login('sz.service');
    expect((await sibling.post(`/api/v1/example-inquiries/${inquiry.id}/answer`, { version: inquiry.version, answer: '—' })).statusCode).toBe(404);
  });

  it('shows on the lifecycle page with the deadline each step opens and closes', async () => {
    const page = (await service.get('/api/v1/lifecycles')).json() as { items: Array<{ kind: string; transitions: Array<{ event: string; deadlines: Array<{ ruleId: string; effect: string }> }> }> };
    const inquiry = page.items.find((l) => l.kind === 'inquiry')!;
    expect(inquiry.transitions.find((x) => x.event === 'receive')!.deadlines).toEqual([expect.objectContaining({ ruleId: 'inquiry.answer', effect: 'opens' })]);
    expect(inquiry.transitions.find((x) => x.event === 'answer')!.deadlines).toEqual([expect.objectContaining({ ruleId: 'inquiry.answer', effect: 'closes' })]);
    expect(page.items.map((l) => l.kind)).toEqual(expect.arrayContaining(['policy', 'servicing', 'inquiry']));
  });
});
