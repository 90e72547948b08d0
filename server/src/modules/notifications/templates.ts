import { format } from '../../platform/http/messages.js';
import type { Locale } from '../../platform/http/locale.js';
import { beijingDateTime } from '../../platform/time/beijing.js';

/**
 * What each kind of notification says, as data: an in-app title and body per language, and for
 * the kinds worth a text message (短信) a Chinese SMS text with the provider template it maps to.
 * Times are shown in Beijing time (platform/time/beijing.ts).
 */

export type Bilingual = { zh: string; en: string };

/** Params of the deadline kinds, stored with the notification so it renders the same later. */
export type DeadlineNotificationParams = {
  ruleName: Bilingual;
  /** Why the deadline exists (SPEC/LAW text), so the reader can see the basis. */
  basis: Bilingual;
  /** ISO instant. */
  dueAt: string;
  entityType: string;
  entityId: string;
  ownerName: string;
  /** How the record reads to a person (e.g. 保单 P2026…); defaults to `entityType entityId`. */
  entityLabel?: Bilingual;
};

export type SystemMessageParams = { title: string | Bilingual; body: string | Bilingual };

export type NotificationParams = {
  'deadline.due_soon': DeadlineNotificationParams;
  'deadline.overdue': DeadlineNotificationParams;
  'deadline.escalated': DeadlineNotificationParams;
  'system.message': SystemMessageParams;
};
export type NotificationKind = keyof NotificationParams;

type Text = Record<Locale, string>;
type SmsTemplate = {
  /** The template registered with the SMS provider; its text must match `text` below. */
  templateCode: string;
  /** Chinese only; `{placeholders}` are the provider template's variables. */
  text: string;
};
type Template = { title: Text; body: Text; sms: SmsTemplate | null };

const DEADLINE_FOOTER: Text = {
  'zh-CN': '\n业务记录：{entity}\n负责人：{ownerName}\n依据：{basis}',
  en: '\nRecord: {entity}\nOwner: {ownerName}\nBasis: {basis}',
};
const deadlineBody = (zh: string, en: string): Text => ({
  'zh-CN': zh + DEADLINE_FOOTER['zh-CN'],
  en: en + DEADLINE_FOOTER.en,
});

export const TEMPLATES: Record<NotificationKind, Template> = {
  'deadline.due_soon': {
    title: { 'zh-CN': '期限将至：{ruleName}', en: 'Deadline approaching: {ruleName}' },
    body: deadlineBody('“{ruleName}”将于 {dueAt}（北京时间）到期，请及时办理。', '“{ruleName}” is due by {dueAt} (Beijing time).'),
    sms: null,
  },
  'deadline.overdue': {
    title: { 'zh-CN': '已逾期：{ruleName}', en: 'Overdue: {ruleName}' },
    body: deadlineBody(
      '“{ruleName}”已于 {dueAt}（北京时间）到期仍未完成，请尽快处理。',
      '“{ruleName}” was due by {dueAt} (Beijing time) and is not done; please act now.',
    ),
    sms: { templateCode: 'ANXIN_DEADLINE_OVERDUE', text: '“{ruleName}”已于{dueAt}逾期（记录{entityId}），请尽快处理。' },
  },
  'deadline.escalated': {
    title: { 'zh-CN': '逾期升级：{ruleName}（负责人：{ownerName}）', en: 'Escalated: {ruleName} (owner: {ownerName})' },
    body: deadlineBody(
      '{ownerName}负责的“{ruleName}”已于 {dueAt}（北京时间）逾期，现升级请您督办。',
      '“{ruleName}”, owned by {ownerName}, was due by {dueAt} (Beijing time) and is overdue; it is escalated to you.',
    ),
    sms: { templateCode: 'ANXIN_DEADLINE_ESCALATED', text: '{ownerName}负责的“{ruleName}”已于{dueAt}逾期（记录{entityId}），请督办。' },
  },
  'system.message': {
    title: { 'zh-CN': '{title}', en: '{title}' },
    body: { 'zh-CN': '{body}', en: '{body}' },
    sms: null,
  },
};

/** Kinds urgent enough to text the recipient's mobile as well. */
export const SMS_KINDS: readonly NotificationKind[] = (Object.keys(TEMPLATES) as NotificationKind[]).filter(
  (kind) => TEMPLATES[kind].sms !== null,
);

/** One SMS segment is 70 characters, the provider's signature (【安心】) included. */
export const SMS_MAX_CHARS = 70;
export const DEFAULT_SMS_SIGN_NAME = '安心';

export const isNotificationKind = (kind: string): kind is NotificationKind => Object.hasOwn(TEMPLATES, kind);

export type RenderedNotification = { title: string; body: string };

/** The in-app text in one language. A kind without a template (from a newer version) shows its code. */
export function renderNotification(kind: string, params: unknown, locale: Locale): RenderedNotification {
  if (!isNotificationKind(kind)) return { title: kind, body: '' };
  const view = viewOf(kind, params, locale, 'long');
  const template = TEMPLATES[kind];
  return { title: format(template.title, locale, view), body: format(template.body, locale, view) };
}

/** One email for everyone: Chinese first, English below (the recipient's language is not stored). */
export function renderEmail(kind: string, params: unknown): { subject: string; text: string } {
  const zh = renderNotification(kind, params, 'zh-CN');
  const en = renderNotification(kind, params, 'en');
  return {
    subject: zh.title === en.title ? zh.title : `${zh.title} | ${en.title}`,
    text: [
      zh.body,
      '',
      '—— English ——',
      '',
      en.body,
      '',
      '--',
      '此邮件由安心系统自动发送，请勿直接回复。',
      'Sent automatically by Anxin; please do not reply.',
      '',
    ].join('\n'),
  };
}

export type RenderedSms = { templateCode: string; templateParam: Record<string, string>; text: string };

/**
 * The SMS for a kind, or null when the kind sends none. Chinese only, and short enough for one
 * segment with the signature: a long rule name is shortened, never the date.
 */
export function renderSms(kind: string, params: unknown, signName = DEFAULT_SMS_SIGN_NAME): RenderedSms | null {
  if (!isNotificationKind(kind)) return null;
  const sms = TEMPLATES[kind].sms;
  if (!sms) return null;
  const budget = SMS_MAX_CHARS - signName.length - 2;
  const view = viewOf(kind, params, 'zh-CN', 'short');
  const fill = (v: Record<string, string>) => format({ 'zh-CN': sms.text, en: sms.text }, 'zh-CN', v);
  let text = fill(view);
  for (const key of ['ruleName', 'ownerName'] as const) {
    const value = view[key];
    if (text.length <= budget || value === undefined) continue;
    const keep = Math.max(4, value.length - (text.length - budget) - 1);
    if (keep < value.length) view[key] = `${value.slice(0, keep)}…`;
    text = fill(view);
  }
  if (text.length > budget) text = `${text.slice(0, budget - 1)}…`;
  const used = [...sms.text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return { templateCode: sms.templateCode, templateParam: Object.fromEntries(used.map((k) => [k, view[k] ?? ''])), text };
}

/** `2026-12-01 17:30` (long) or `12月1日17:30` (short, for SMS), in Beijing time. */
export function formatBeijingTime(iso: string, style: 'long' | 'short' = 'long'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = beijingDateTime(ms); // YYYY-MM-DD HH:mm
  return style === 'short' ? `${Number(t.slice(5, 7))}月${Number(t.slice(8, 10))}日${t.slice(11, 16)}` : t;
}

// Stored params come back from jsonb: read them defensively, a missing one shows as empty.
function viewOf(kind: NotificationKind, params: unknown, locale: Locale, style: 'long' | 'short'): Record<string, string> {
  const p = (params ?? {}) as Record<string, unknown>;
  if (kind === 'system.message') return { title: pick(p.title, locale), body: pick(p.body, locale) };
  const entityType = String(p.entityType ?? '');
  const entityId = String(p.entityId ?? '');
  return {
    ruleName: pick(p.ruleName, locale),
    basis: pick(p.basis, locale),
    dueAt: formatBeijingTime(String(p.dueAt ?? ''), style),
    entity: pick(p.entityLabel, locale) || `${entityType} ${entityId}`.trim(),
    entityType,
    entityId,
    ownerName: String(p.ownerName ?? '') || (locale === 'en' ? 'unassigned' : '未指定'),
  };
}

function pick(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const { zh, en } = value as Partial<Bilingual>;
    return (locale === 'en' ? en || zh : zh || en) ?? '';
  }
  return '';
}
