import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { sealedMobile } from '../users/user-rules.js';
import type { Channel, Channels } from './channels/channel.js';
import { createEmailChannel } from './channels/email-channel.js';
import { createLoggingSmsGateway, createSmsChannel, type LoggingSmsGateway } from './channels/sms-channel.js';
import { dispatchDueDeliveries } from './dispatch-notifications.js';
import { enqueueNotifications, type NotificationItem } from './enqueue-notification.js';
import { createChannelsFromEnv, startNotificationRunner } from './notification-runner.js';

const MIN = 60_000;
const ALICE_MOBILE = '13912345678';

describe('notification outbox: email over a real SMTP server, SMS through the logging driver', () => {
  let t: TestApp;
  let smtp: LocalSmtp;
  let alice: number; // has an email address and a mobile
  let bob: number; // mobile only (demo data has no email addresses)
  let sms: LoggingSmsGateway;
  let channels: Channels;

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startLocalSmtp();
    alice = await t.userId('gz01.agent1');
    bob = await t.userId('gz.claims');
    await t.db
      .updateTable('app_user')
      .set({ email: 'alice@example.cn', ...sealedMobile(t.app.keyring, ALICE_MOBILE) })
      .where('id', '=', alice)
      .execute();
    sms = createLoggingSmsGateway(t.app.log);
    channels = {
      email: createEmailChannel({ url: smtp.url, from: '"安心 Anxin" <noreply@anxin.test>' }),
      sms: createSmsChannel({ gateway: sms, keyring: t.app.keyring, signName: '安心' }),
    };
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });
  beforeEach(async () => {
    await t.db.deleteFrom('notification').execute(); // deliveries go with them (on delete cascade)
    smtp.received.length = 0;
    smtp.refuse = false;
    sms.sent.length = 0;
  });

  const deliveries = () =>
    t.db.selectFrom('notification_delivery as d').innerJoin('notification as n', 'n.id', 'd.notification_id')
      .select(['d.id', 'd.notification_id', 'n.recipient_id', 'd.channel', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.sent_at', 'd.provider_message_id'])
      .orderBy('d.id').execute();

  it('creates one notification and one delivery per channel, however often the same event is enqueued', async () => {
    const items = [overdue(alice, 'deadline:1:overdue:user:a'), overdue(alice, 'deadline:1:overdue:user:a'), overdue(bob, 'deadline:1:overdue:user:b')];
    const first = await t.db.transaction().execute((trx) => enqueueNotifications(trx, items));
    expect(first.map((n) => n.recipientId).sort()).toEqual([alice, bob].sort());
    expect(await t.db.transaction().execute((trx) => enqueueNotifications(trx, items))).toEqual([]);

    const rows = (await deliveries()).map((d) => [d.recipient_id, d.channel, d.status]);
    expect(rows.sort()).toEqual([
      [alice, 'email', 'pending'],
      [alice, 'sms', 'pending'],
      [bob, 'sms', 'pending'],
    ].sort());
    // A reminder is not worth a text message; it still goes by email.
    await enqueueNotifications(t.db, [dueSoon(alice, 'deadline:1:due_soon:user:a')]);
    expect((await deliveries()).filter((d) => d.channel === 'sms')).toHaveLength(2);
  });

  it('creates thousands of notifications in batches, each once', async () => {
    const items = Array.from({ length: 2500 }, (_, i) => overdue(i % 2 ? alice : bob, `bulk:${i}`));
    expect(await enqueueNotifications(t.db, items)).toHaveLength(2500);
    expect(await enqueueNotifications(t.db, items)).toHaveLength(0);
    const n = await t.db.selectFrom('notification_delivery').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1250 * 2 + 1250);
  });

  it('emails the notification once, Chinese first with the English below, and a re-run sends nothing', async () => {
    const [created] = await enqueueNotifications(t.db, [overdue(alice, 'deadline:7:overdue:user:a')]);
    const result = await dispatchDueDeliveries(t.db, channels, { batchSize: 10 });
    expect(result).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.rcptTo).toEqual(['alice@example.cn']);
    expect(mail.messageId).toBe(`<notification-${created!.id}-email@anxin>`);
    expect(mail.subject).toBe('已逾期：理赔结案 | Overdue: Close the claim');
    expect(mail.text).toContain('“理赔结案”已于 2026-12-01 17:30（北京时间）到期仍未完成，请尽快处理。');
    expect(mail.text.indexOf('依据：收到完整材料后 30 日内结案')).toBeLessThan(mail.text.indexOf('Basis:'));

    const email = (await deliveries()).find((d) => d.channel === 'email')!;
    expect(email).toMatchObject({ status: 'sent', attempts: 1, last_error: null, provider_message_id: mail.messageId });
    expect(email.sent_at).toBeInstanceOf(Date);

    expect(await dispatchDueDeliveries(t.db, channels, { batchSize: 10, now: new Date(Date.now() + 24 * 60 * MIN) })).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps a delivery the SMTP server refuses pending with backoff, and sends it on a later run', async () => {
    await enqueueNotifications(t.db, [dueSoon(alice, 'deadline:8:due_soon:user:a')]);
    smtp.refuse = true;
    const now = new Date();
    expect(await dispatchDueDeliveries(t.db, channels, { now })).toMatchObject({ claimed: 1, retrying: 1 });
    let [row] = await deliveries();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.last_error).toMatch(/451/);
    expectNear(row!.next_attempt_at, now.getTime() + MIN);

    // Not due again yet: nothing is tried before the backoff ends.
    expect(await dispatchDueDeliveries(t.db, channels, { now: new Date(now.getTime() + 30_000) })).toMatchObject({ claimed: 0 });
    smtp.refuse = false;
    expect(await dispatchDueDeliveries(t.db, channels, { now: new Date(now.getTime() + MIN + 5_000) })).toMatchObject({ claimed: 1, sent: 1 });
    [row] = await deliveries();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.received).toHaveLength(1);
  });

  it('retries when nothing listens on the SMTP port, doubling the wait each time', async () => {
    await enqueueNotifications(t.db, [dueSoon(alice, 'deadline:9:due_soon:user:a')]);
    const down = { email: createEmailChannel({ url: `smtp://127.0.0.1:${await closedPort()}`, from: 'noreply@anxin.test' }) };
    const now = new Date();
    await dispatchDueDeliveries(t.db, down, { now });
    const second = new Date(now.getTime() + MIN + 5_000);
    await dispatchDueDeliveries(t.db, down, { now: second });
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row!.last_error).toMatch(/ECONNREFUSED/);
    expectNear(row!.next_attempt_at, second.getTime() + 2 * MIN);

    expect(await dispatchDueDeliveries(t.db, channels, { now: new Date(second.getTime() + 2 * MIN + 5_000) })).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it('gives a delivery up after eight failed attempts and never tries it again', async () => {
    await enqueueNotifications(t.db, [dueSoon(alice, 'deadline:10:due_soon:user:a')]);
    let calls = 0;
    const broken: Channel = { send: async () => { calls++; throw new Error('relay access denied'); } };
    let now = Date.now();
    for (let i = 0; i < 10; i++, now += 2 * 60 * MIN) await dispatchDueDeliveries(t.db, { email: broken }, { now: new Date(now) });
    expect(calls).toBe(8);
    expect((await deliveries())[0]).toMatchObject({ status: 'failed', attempts: 8, last_error: 'relay access denied' });
  });

  it('sends again a delivery whose dispatcher died mid-send, but only once its lease has run out', async () => {
    await enqueueNotifications(t.db, [dueSoon(alice, 'deadline:11:due_soon:user:a')]);
    const crashedAt = new Date();
    // What a dispatcher that claimed the delivery and then crashed leaves behind.
    await t.db.updateTable('notification_delivery').set({ status: 'sending', attempts: 1, lease_until: new Date(crashedAt.getTime() + 2 * MIN) }).execute();

    expect(await dispatchDueDeliveries(t.db, channels, { now: new Date(crashedAt.getTime() + MIN) })).toMatchObject({ claimed: 0 });
    expect(await dispatchDueDeliveries(t.db, channels, { now: new Date(crashedAt.getTime() + 2 * MIN + 1000) })).toMatchObject({ claimed: 1, sent: 1 });
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends each delivery once when two dispatchers run at the same time', async () => {
    const count = 40;
    await enqueueNotifications(t.db, Array.from({ length: count }, (_, i) => dueSoon(alice, `race:${i}`)));
    // The first send of each dispatcher waits for the other's: both hold claims at the same time.
    const arrived: (() => void)[] = [];
    const together: Channel = {
      async send(message) {
        if (arrived.length < 2) {
          await new Promise<void>((resolve) => {
            arrived.push(resolve);
            if (arrived.length === 2) arrived.forEach((go) => go());
          });
        }
        return channels.email!.send(message);
      },
    };
    const drain = async () => {
      let total = 0;
      for (;;) {
        const { claimed } = await dispatchDueDeliveries(t.db, { email: together }, { batchSize: 4 });
        if (claimed === 0) return total;
        total += claimed;
      }
    };
    const [a, b] = await Promise.all([drain(), drain()]);
    expect(a + b).toBe(count);
    expect(Math.min(a, b)).toBeGreaterThan(0);
    expect(smtp.received).toHaveLength(count);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(count);
    expect((await deliveries()).every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
  });

  it('texts the clear mobile number through the logging gateway, and marks SMS failed where no SMS channel is configured', async () => {
    await enqueueNotifications(t.db, [overdue(alice, 'deadline:12:escalated:user:a', 'deadline.escalated')]);
    await dispatchDueDeliveries(t.db, channels);
    expect(sms.sent).toHaveLength(1);
    expect(sms.sent[0]).toMatchObject({
      phoneNumbers: [ALICE_MOBILE],
      signName: '安心',
      templateCode: 'ANXIN_DEADLINE_ESCALATED',
      templateParam: { ownerName: '王小明', ruleName: '理赔结案', dueAt: '12月1日17:30', entityId: '4711' },
      text: '王小明负责的“理赔结案”已于12月1日17:30逾期（记录4711），请督办。',
    });
    const smsRow = (await deliveries()).find((d) => d.channel === 'sms')!;
    expect(smsRow).toMatchObject({ status: 'sent', provider_message_id: expect.stringMatching(/^log-/) });
    expect(sms.sent[0]!.outId).toBe(`notification-${smsRow.notification_id}-sms`);

    await enqueueNotifications(t.db, [overdue(bob, 'deadline:12:overdue:user:b')]);
    expect(await dispatchDueDeliveries(t.db, { email: channels.email })).toMatchObject({ claimed: 1, failed: 1 });
    const bobs = (await deliveries()).find((d) => d.recipient_id === bob)!;
    expect(bobs).toMatchObject({ status: 'failed', last_error: 'no sms channel is configured' });
  });

  it('runs dispatch from the runner, with channels taken from the environment', async () => {
    const fromEnv = createChannelsFromEnv({ ANXIN_SMTP_URL: smtp.url, ANXIN_MAIL_FROM: 'noreply@anxin.test', ANXIN_SMS_DRIVER: 'log' }, t.app.keyring, t.app.log);
    expect(Object.keys(fromEnv).sort()).toEqual(['email', 'sms']);
    expect(Object.keys(createChannelsFromEnv({}, t.app.keyring, t.app.log))).toEqual([]);
    expect(() => createChannelsFromEnv({ ANXIN_SMS_DRIVER: 'carrier-pigeon' }, t.app.keyring, t.app.log)).toThrow(/ANXIN_SMS_DRIVER/);

    await enqueueNotifications(t.db, [overdue(alice, 'deadline:13:overdue:user:a')]);
    const runner = startNotificationRunner({ db: t.db, channels: fromEnv, intervalMs: 60 * MIN, logger: t.app.log });
    await runner.runNow();
    await runner.stop();
    expect(smtp.received).toHaveLength(1);
    expect((await deliveries()).map((d) => d.status)).toEqual(['sent', 'sent']);
  });
});

type DeadlineKind = 'deadline.due_soon' | 'deadline.overdue' | 'deadline.escalated';
function overdue(recipientId: number, dedupeKey: string, kind: DeadlineKind = 'deadline.overdue'): NotificationItem {
  return {
    dedupeKey,
    recipientId,
    kind,
    params: {
      ruleName: { zh: '理赔结案', en: 'Close the claim' },
      basis: { zh: '收到完整材料后 30 日内结案', en: 'Claims close within 30 days of complete documents' },
      dueAt: '2026-12-01T09:30:00.000Z',
      entityType: 'claim',
      entityId: '4711',
      ownerName: '王小明',
    },
    entityType: 'claim',
    entityId: 4711,
  };
}
const dueSoon = (recipientId: number, dedupeKey: string) => overdue(recipientId, dedupeKey, 'deadline.due_soon');

/** Stamps are the run's start plus the time the run took so far. */
function expectNear(actual: Date, expected: number) {
  expect(actual.getTime()).toBeGreaterThanOrEqual(expected);
  expect(actual.getTime()).toBeLessThan(expected + 5_000);
}

type ReceivedMail = { rcptTo: string[]; messageId: string; subject: string; text: string };
type LocalSmtp = { url: string; received: ReceivedMail[]; refuse: boolean; close(): Promise<void> };

/** A real SMTP server on an ephemeral port: no auth, no TLS, keeping what it accepts. */
async function startLocalSmtp(): Promise<LocalSmtp> {
  const state: LocalSmtp = {
    url: '',
    received: [],
    refuse: false,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        state.received.push({ ...parseMail(Buffer.concat(chunks).toString('utf8')), rcptTo: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}

/** Just enough MIME for our single-part mails: RFC 2047 headers, a base64 or 8bit text body. */
function parseMail(raw: string): Omit<ReceivedMail, 'rcptTo'> {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => headerText.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim() ?? '';
  const decodeWords = (value: string) =>
    value.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
  const body = raw.slice(split + 4);
  const text = /base64/i.test(header('Content-Transfer-Encoding')) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return { messageId: header('Message-ID'), subject: decodeWords(header('Subject')), text };
}

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
