import { Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { BackButton } from '../../shared/BackButton';
import { localName } from '../../shared/format';
import { getServicingTypes, servicingKeys, type ServicingTypeInfo } from './servicing.api';

type DocumentTypes = ResponseOf<'/document-types'>;

/**
 * 保全类型: the request types as data (R-SV-1..5) — what each needs, changes and times, who
 * completes it. They change with a release (servicing-types.data.ts), not here; the document
 * names come from the catalogue (资料类型), the SLA rules from the deadline rules page.
 */
export function ServicingTypesPage() {
  const { t, i18n } = useTranslation();
  const types = useQuery({ queryKey: servicingKeys.types(), queryFn: getServicingTypes, staleTime: 10 * 60_000 });
  const catalogue = useQuery({ queryKey: ['document-types', 'admin'], queryFn: () => api.get<DocumentTypes>('/document-types', { includeInactive: true }) });
  const docName = new Map((catalogue.data?.items ?? []).map((d) => [d.code, localName(d.name, d.nameEn, i18n.language)]));
  const columns: TableColumnsType<ServicingTypeInfo> = [
    { key: 'name', title: t('servicing.types.name'), render: (_, x) => <Space orientation="vertical" size={0}><strong>{localName(x.name, x.nameEn, i18n.language)}</strong><Typography.Text type="secondary">{x.specId}</Typography.Text></Space> },
    {
      key: 'documents', title: t('servicing.types.documents'),
      render: (_, x) => (x.documents.length === 0 ? '—' : (
        <Space size={[4, 4]} wrap>
          {x.documents.map((d) => (
            <Tag key={d.typeCode} color={d.required ? (d.onlyWhen ? 'orange' : 'blue') : 'default'} title={d.onlyWhen ? t(`servicing.types.onlyWhen.${d.onlyWhen as 'applicantIsNotInsured'}`) : undefined}>
              {docName.get(d.typeCode) ?? d.typeCode}{d.required ? '' : t('servicing.types.optional')}{d.onlyWhen ? '*' : ''}
            </Tag>
          ))}
        </Space>
      )),
    },
    { key: 'changes', title: t('servicing.types.changes'), render: (_, x) => (x.changeFields.length ? x.changeFields.map((f) => t(`servicing.change.${f as 'mobile'}`)).join('、') : '—') },
    { key: 'sla', title: t('servicing.types.sla'), render: (_, x) => (x.receivedEvent || x.completedEvent ? <Link to="/deadline-rules">{[x.receivedEvent, x.completedEvent].filter(Boolean).join(' → ')}</Link> : t('servicing.types.atOnce')) },
    {
      key: 'how', title: t('servicing.types.how'),
      render: (_, x) => (
        <Space size={[4, 4]} wrap>
          {x.walkInOnTheSpot && <Tag>{t('servicing.types.onTheSpot')}</Tag>}
          {x.endorsement && <Tag>{t('servicing.types.endorsement')}</Tag>}
          {x.refund && <Tag color="purple">{t('servicing.types.refund')}</Tag>}
          {x.effect !== 'none' && <Tag color="volcano">{t(`servicing.types.effects.${x.effect}`)}</Tag>}
          <Tag color={x.approval === 'supervisor' ? 'gold' : 'default'}>{x.approval === 'supervisor' ? t('servicing.approvalBySupervisor') : t('servicing.types.byClerk')}</Tag>
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('servicing.types.title')} extra={<BackButton fallback="/servicing" fallbackLabel={t('servicing.title')} testId="servicing-types-back" />} data-testid="servicing-types-page">
      <Typography.Paragraph type="secondary">{t('servicing.types.intro')}</Typography.Paragraph>
      <Table rowKey="code" size="small" loading={types.isLoading} columns={columns} dataSource={types.data?.items ?? []} pagination={false} data-testid="servicing-types-table" />
    </Card>
  );
}
