import type { TFunction } from 'i18next';
import type { ModuleKey } from '../../catalog';
import type { DeadlineRule } from './rules.api';

/** The rule's module in navigation words; the server's `service` module is the inquiries & complaints page. */
const MODULE_KEYS: Record<string, ModuleKey> = {
  clients: 'clients', policies: 'policies', underwriting: 'underwriting', premiums: 'premiums', servicing: 'servicing',
  claims: 'claims', callbacks: 'callbacks', service: 'complaints', registers: 'registers', kpi: 'kpi',
};

export function moduleName(module: string, t: TFunction): string {
  const key = MODULE_KEYS[module];
  return key ? t(`catalog.modules.${key}.name`) : module;
}

/** 3 个工作日 / 15 个工作日前 / 每月 20 日前 / 当个工作日内: the rule's period in words. */
export function durationText(rule: Pick<DeadlineRule, 'duration' | 'unit'>, t: TFunction): string {
  const { duration, unit } = rule;
  if (unit === 'day_of_month') return t('deadlines.rules.dayOfMonth', { count: duration });
  if (duration === 0) return unit === 'working_days' ? t('deadlines.rules.sameWorkingDay') : t('deadlines.rules.sameDay');
  const span = t(`deadlines.units.${unit}`, { count: Math.abs(duration) });
  return duration < 0 ? t('deadlines.rules.before', { span }) : span;
}

/** 提前 1 个工作日 / 到期当日. */
export function warnText(rule: Pick<DeadlineRule, 'warnBefore' | 'warnUnit'>, t: TFunction): string {
  if (rule.warnBefore === 0) return t('deadlines.rules.warnOnDue');
  return t('deadlines.rules.warnBefore', { span: t(`deadlines.units.${rule.warnUnit}`, { count: rule.warnBefore }) });
}
