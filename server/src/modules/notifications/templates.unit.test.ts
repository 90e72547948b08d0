import { describe, expect, it } from 'vitest';
import { allDeadlineRules } from '../index.js';

const DEADLINE_RULES = allDeadlineRules();
import {
  SMS_KINDS, SMS_MAX_CHARS, TEMPLATES, formatBeijingTime, renderEmail, renderNotification, renderSms,
  type DeadlineNotificationParams,
} from './templates.js';

const overdue: DeadlineNotificationParams = {
  ruleName: { zh: '理赔结案', en: 'Close the claim' },
  basis: { zh: '收到完整材料后 30 日内结案', en: 'Claims close within 30 days of complete documents' },
  dueAt: '2026-12-01T09:30:00.000Z',
  entityType: 'claim',
  entityId: '4711',
  ownerName: '王小明',
};

describe('notification templates', () => {
  it('shows times in Beijing time, whatever the server’s zone', () => {
    expect(formatBeijingTime('2026-12-01T09:30:00Z')).toBe('2026-12-01 17:30');
    expect(formatBeijingTime('2026-12-31T16:05:00Z')).toBe('2027-01-01 00:05');
    expect(formatBeijingTime('2026-02-03T16:05:00Z', 'short')).toBe('2月4日00:05');
    expect(formatBeijingTime('not a date')).toBe('not a date');
  });

  it('renders an overdue deadline in Chinese and in English with its basis', () => {
    expect(renderNotification('deadline.overdue', overdue, 'zh-CN')).toEqual({
      title: '已逾期：理赔结案',
      body: '“理赔结案”已于 2026-12-01 17:30（北京时间）到期仍未完成，请尽快处理。\n业务记录：claim 4711\n负责人：王小明\n依据：收到完整材料后 30 日内结案',
    });
    const en = renderNotification('deadline.overdue', overdue, 'en');
    expect(en.title).toBe('Overdue: Close the claim');
    expect(en.body).toContain('was due by 2026-12-01 17:30 (Beijing time)');
    expect(en.body).toContain('Basis: Claims close within 30 days of complete documents');
  });

  it('uses the record label the caller gives, and names the owner on an escalation', () => {
    const params = { ...overdue, entityLabel: { zh: '理赔案件 LP2026-0042', en: 'claim LP2026-0042' } };
    const zh = renderNotification('deadline.escalated', params, 'zh-CN');
    expect(zh.title).toBe('逾期升级：理赔结案（负责人：王小明）');
    expect(zh.body).toContain('业务记录：理赔案件 LP2026-0042');
    expect(renderNotification('deadline.due_soon', params, 'en').body).toContain('Record: claim LP2026-0042');
  });

  it('says the deadline has no owner rather than leaving a blank', () => {
    const { ownerName: _, ...unowned } = overdue;
    expect(renderNotification('deadline.escalated', unowned, 'zh-CN').title).toBe('逾期升级：理赔结案（负责人：未指定）');
    expect(renderNotification('deadline.escalated', unowned, 'en').title).toBe('Escalated: Close the claim (owner: unassigned)');
  });

  it('renders a system message given in one language or two', () => {
    expect(renderNotification('system.message', { title: '系统维护', body: '今晚 22:00 维护' }, 'en')).toEqual({ title: '系统维护', body: '今晚 22:00 维护' });
    const both = { title: { zh: '系统维护', en: 'Maintenance' }, body: { zh: '今晚维护', en: 'Tonight' } };
    expect(renderNotification('system.message', both, 'en')).toEqual({ title: 'Maintenance', body: 'Tonight' });
    expect(renderEmail('system.message', { title: '系统维护', body: '今晚' }).subject).toBe('系统维护');
  });

  it('shows an unknown kind by its code instead of failing', () => {
    expect(renderNotification('policy.something_new', {}, 'zh-CN')).toEqual({ title: 'policy.something_new', body: '' });
    expect(renderSms('policy.something_new', {})).toBeNull();
  });

  it('writes one email with Chinese first and English below', () => {
    const email = renderEmail('deadline.overdue', overdue);
    expect(email.subject).toBe('已逾期：理赔结案 | Overdue: Close the claim');
    expect(email.text.indexOf('请尽快处理')).toBeLessThan(email.text.indexOf('please act now'));
    expect(email.text).toContain('—— English ——');
  });

  it('texts only the urgent kinds, in Chinese, within one 70-character segment with the signature', () => {
    expect([...SMS_KINDS].sort()).toEqual(['deadline.escalated', 'deadline.overdue']);
    expect(renderSms('deadline.due_soon', overdue)).toBeNull();
    const sms = renderSms('deadline.overdue', overdue)!;
    expect(sms.text).toBe('“理赔结案”已于12月1日17:30逾期（记录4711），请尽快处理。');
    expect(sms.templateCode).toBe('ANXIN_DEADLINE_OVERDUE');
    expect(sms.templateParam).toEqual({ ruleName: '理赔结案', dueAt: '12月1日17:30', entityId: '4711' });
  });

  it('keeps every deadline rule’s SMS within one segment, shortening a long name but never the date', () => {
    const longest = { ...overdue, ownerName: '欧阳娜娜娜', entityId: 'LP2026-000123' };
    for (const rule of DEADLINE_RULES) {
      for (const kind of SMS_KINDS) {
        const sms = renderSms(kind, { ...longest, ruleName: { zh: rule.nameZh, en: rule.nameEn } })!;
        expect(`【安心】${sms.text}`.length, `${rule.id} ${kind}`).toBeLessThanOrEqual(SMS_MAX_CHARS);
        expect(sms.text).toContain('12月1日17:30');
      }
    }
    const absurd = renderSms('deadline.escalated', { ...longest, ruleName: { zh: '超'.repeat(80), en: 'x' } })!;
    expect(`【安心】${absurd.text}`.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(absurd.text).toContain('…');
    expect(absurd.text).toContain('12月1日17:30');
    expect(absurd.templateParam.ruleName).toBe(absurd.text.match(/“(.*)”/)![1]);
  });

  it('has a title and body in both languages for every kind', () => {
    for (const [kind, t] of Object.entries(TEMPLATES)) {
      for (const text of [t.title, t.body]) expect(text['zh-CN'] && text.en, kind).toBeTruthy();
    }
  });
});
