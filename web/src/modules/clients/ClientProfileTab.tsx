import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineList } from '../../shared/deadlines';
import { formatDateTime, localName } from '../../shared/format';
import { RevealClientField } from './RevealClientField';
import type { ClientTabProps } from './client-detail-tabs';

/** 资料: the profile (personal fields masked, with the audited reveal) and the record's deadlines (R-CL-2 …). */
export function ClientProfileTab({ client }: ClientTabProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const consent = (given: boolean, at: string | null) =>
    given ? <Tag color="green">{t('clients.detail.consentAt', { at: formatDateTime(at, lang) })}</Tag> : <Tag>{t('clients.detail.consentNo')}</Tag>;
  const text = (v: string | null | undefined) => v || '—';
  // The server says per field whether this user may reveal it (pii.reveal; the client's agent and the office's clerks: mobile, address).
  const reveal = (field: 'idNumber' | 'mobile' | 'address') => <RevealClientField client={client} field={field} canReveal={client.revealable[field]} />;
  const preference = {
    key: 'preference', label: t('clients.form.contactPreference'),
    children: client.contactPreference ? t(`clients.contactPreferences.${client.contactPreference}`) : '—',
  };
  const consentMarketing = { key: 'consentMarketing', label: t('clients.form.consentMarketing'), children: consent(client.consentMarketing, client.consentMarketingAt) };

  const items =
    client.kind === 'person'
      ? [
          { key: 'gender', label: t('clients.form.gender'), children: client.gender ? t(`clients.genders.${client.gender}`) : '—' },
          { key: 'birthDate', label: t('clients.form.birthDate'), children: text(client.birthDate) },
          { key: 'idType', label: t('clients.form.idType'), children: client.idType ? t(`clients.idTypes.${client.idType}`) : '—' },
          { key: 'idNumber', label: t('clients.form.idNumber'), children: reveal('idNumber') },
          { key: 'mobile', label: t('clients.form.mobile'), children: reveal('mobile') },
          { key: 'address', label: t('clients.form.address'), children: reveal('address') },
          { key: 'occupation', label: t('clients.form.occupation'), children: text(client.occupation) },
          preference,
          consentMarketing,
          { key: 'consentSensitive', label: t('clients.form.consentSensitive'), children: consent(client.consentSensitive, client.consentSensitiveAt) },
        ]
      : [
          { key: 'credit', label: t('clients.form.unifiedCreditCode'), children: <span data-testid="client-credit-code">{text(client.unifiedCreditCode)}</span> },
          { key: 'contactPerson', label: t('clients.form.contactPerson'), children: text(client.contactPerson) },
          { key: 'mobile', label: t('clients.form.mobile'), children: reveal('mobile') },
          { key: 'address', label: t('clients.form.address'), children: reveal('address') },
          preference,
          consentMarketing,
        ];
  const common = [
    { key: 'orgUnit', label: t('clients.columns.orgUnit'), children: <span data-testid="client-org-unit">{localName(client.orgUnitName, client.orgUnitNameEn, lang)}</span> },
    { key: 'agent', label: t('clients.columns.agent'), children: <span data-testid="client-agent">{client.agentName ?? t('clients.noAgent')}</span> },
    { key: 'firstContactAt', label: t('clients.detail.firstContactAt'), children: formatDateTime(client.firstContactAt, lang) },
    {
      key: 'archivedAt', label: t('clients.detail.archivedAt'),
      children: client.archivedAt ? (
        <span data-testid="client-archived-at">{formatDateTime(client.archivedAt, lang)}</span>
      ) : (
        <Tag color="orange" data-testid="client-not-archived">{t('clients.detail.notArchived')}</Tag>
      ),
    },
    { key: 'updatedAt', label: t('clients.detail.updatedAt'), children: formatDateTime(client.updatedAt, lang) },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[...items, ...common]}
        title={t('clients.detail.profile')}
        data-testid="client-profile"
      />
      <Card size="small" title={t('clients.detail.deadlines')} data-testid="client-deadlines">
        <DeadlineList entityType="client" entityId={String(client.id)} emptyText={t('clients.detail.deadlinesEmpty')} />
      </Card>
    </Space>
  );
}
