import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, localName } from '../../shared/format';
import { RevealBankAccount } from './RevealBankAccount';
import type { PolicyDetail } from './policies.api';
import { formatMoney, stateReasonText } from './policy-form';

/** Every field of the policy; the debit account masked with an audited reveal. */
export function PolicyDescriptions({ policy: p, canReveal }: { policy: PolicyDetail; canReveal: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
  const items = [
    { key: 'policyholder', label: t('policies.detail.policyholder'), children: <Link to={`/clients/${p.policyholderId}`} data-testid="policy-policyholder">{p.policyholderName}</Link> },
    { key: 'sumInsured', label: t('policies.detail.sumInsured'), children: <span data-testid="policy-sum-insured">{formatMoney(p.sumInsured)}</span> },
    {
      key: 'premium', label: t('policies.detail.premium'),
      children: <span data-testid="policy-premium">{t('policies.detail.premiumPer', { amount: formatMoney(p.premium), frequency: t(`policies.frequencies.${p.paymentFrequency}`) })}</span>,
    },
    { key: 'paymentYears', label: t('policies.detail.paymentYears'), children: p.paymentYears ? t('policies.detail.paymentYearsValue', { years: p.paymentYears }) : '—' },
    { key: 'paymentMode', label: t('policies.detail.paymentMode'), children: t(`policies.modes.${p.paymentMode}`) },
    { key: 'bankAccount', label: t('policies.detail.bankAccount'), children: <RevealBankAccount policy={p} canReveal={canReveal} /> },
    { key: 'applicationDate', label: t('policies.detail.applicationDate'), children: text(p.applicationDate) },
    { key: 'issueDate', label: t('policies.detail.issueDate'), children: text(p.issueDate) },
    { key: 'effectiveDate', label: t('policies.detail.effectiveDate'), children: <span data-testid="policy-effective-date">{p.effectiveDate}</span> },
    { key: 'endDate', label: t('policies.detail.endDate'), children: <span data-testid="policy-end-date">{p.endDate ?? t('policies.wholeOfLife')}</span> },
    { key: 'designation', label: t('policies.detail.designation'), children: t(`policies.designations.${p.beneficiaryDesignation}`) },
    { key: 'source', label: t('policies.detail.source'), children: t(`policies.sources.${p.source}`) },
    { key: 'orgUnit', label: t('policies.detail.orgUnit'), children: <span data-testid="policy-org-unit">{localName(p.orgUnitName, p.orgUnitNameEn, lang)}</span> },
    { key: 'agent', label: t('policies.detail.agent'), children: p.agentName ?? <Typography.Text type="secondary">{t('policies.noAgent')}</Typography.Text> },
    { key: 'receivedAt', label: t('policies.detail.receivedAt'), children: formatDateTime(p.receivedAt, lang) },
    { key: 'verifiedAt', label: t('policies.detail.verifiedAt'), children: p.verifiedAt ? formatDateTime(p.verifiedAt, lang) : '—' },
    { key: 'stateSince', label: t('policies.detail.stateSince'), children: formatDateTime(p.stateChangedAt, lang) },
    { key: 'stateReason', label: t('policies.detail.stateReason'), children: <span data-testid="policy-state-reason">{text(stateReasonText(p, t))}</span> },
    { key: 'updatedAt', label: t('policies.detail.updatedAt'), children: formatDateTime(p.updatedAt, lang) },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} title={t('policies.detail.profile')} data-testid="policy-profile" />;
}
