import { Alert, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { errorText } from '../../../shared/errors';
import { useHeadOfficeGrant } from '../../../shared/useHeadOfficeGrant';
import { LawCitation } from '../../../shared/deadlines';
import { useLoad } from '../../../shared/useLoad';
import { useNotify } from '../../../shared/useNotify';
import { durationText, moduleName, warnText } from './rule-text';
import { RuleEditModal } from './RuleEditModal';
import { listRules, ruleKeys, type DeadlineRule } from './rules.api';

/** 时限规则: every deadline the system computes, with its basis; head-office admins adjust the figures. */
export default function DeadlineRulesPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { roleName } = useSession();
  const notify = useNotify();
  const rules = useLoad(ruleKeys.all, listRules);
  const canEdit = useHeadOfficeGrant('calendar.manage');
  const [module, setModule] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<DeadlineRule | null>(null);

  const items = rules.data ?? [];
  const modules = useMemo(() => [...new Set(items.map((r) => r.module))], [items]);
  const needle = query.trim().toLowerCase();
  const shown = items.filter(
    (r) =>
      (!module || r.module === module) &&
      (!needle ||
        [r.id, r.nameZh, r.nameEn, r.specId, r.lawRef, r.lawRefEn, r.basisZh, r.basisEn].some((v) => v?.toLowerCase().includes(needle))),
  );
  const replace = (rule: DeadlineRule) => rules.setData((list) => list && list.map((r) => (r.id === rule.id ? rule : r)));

  const columns: TableColumnsType<DeadlineRule> = [
    { key: 'module', title: t('deadlines.rules.columns.module'), width: 100, render: (_, r) => moduleName(r.module, t) },
    {
      key: 'name',
      title: t('deadlines.rules.columns.name'),
      width: 190,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{en ? r.nameEn : r.nameZh}</Typography.Text>
          <Space size={4} wrap>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>{r.id}</Typography.Text>
            {r.needsConfirmation && (
              <Tooltip title={t('deadlines.rules.needsConfirmationHint')}>
                <Tag color="gold" data-testid="rule-needs-confirmation">{t('deadlines.rules.needsConfirmation')}</Tag>
              </Tooltip>
            )}
            {!r.active && <Tag>{t('deadlines.rules.inactive')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      key: 'duration',
      title: t('deadlines.rules.columns.duration'),
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong data-testid="rule-duration">{durationText(r, t)}</Typography.Text>
          {r.rollToWorkingDay && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('deadlines.rules.roll')}</Typography.Text>}
          {r.cutoffTime && r.unit === 'working_days' && r.duration >= 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('deadlines.rules.cutoff', { time: r.cutoffTime })}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'basis',
      title: t('deadlines.rules.columns.basis'),
      render: (_, r) => (
        <Space orientation="vertical" size={2} data-testid="rule-basis">
          <Space size={4} wrap>
            {r.specId && <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>{r.specId}</Tag>}
            {r.lawRef && <LawCitation lawRef={r.lawRef} lawRefEn={r.lawRefEn} />}
          </Space>
          <Typography.Text type="secondary">{en ? r.basisEn : r.basisZh}</Typography.Text>
        </Space>
      ),
    },
    { key: 'warn', title: t('deadlines.rules.columns.warn'), width: 110, render: (_, r) => warnText(r, t) },
    {
      key: 'escalate',
      title: t('deadlines.rules.columns.escalate'),
      width: 100,
      render: (_, r) => (r.escalateToRole ? roleName(r.escalateToRole) : <Typography.Text type="secondary">{t('deadlines.rules.noEscalation')}</Typography.Text>),
    },
    ...(canEdit
      ? [{
          key: 'actions',
          title: t('common.actions'),
          width: 90,
          fixed: 'right' as const,
          render: (_: unknown, r: DeadlineRule) => (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`rule-edit-${r.id}`}>
              {t('common.edit')}
            </Button>
          ),
        }]
      : []),
  ];

  return (
    <Card title={t('deadlines.rules.title')} data-testid="deadline-rules-page">
      <Typography.Paragraph type="secondary">{t('deadlines.rules.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('deadlines.rules.filters.module')}
          style={{ width: 200 }}
          value={module}
          onChange={setModule}
          options={modules.map((m) => ({ value: m, label: moduleName(m, t) }))}
          data-testid="rules-filter-module"
        />
        <Input.Search
          allowClear
          placeholder={t('deadlines.rules.filters.search')}
          style={{ width: 280 }}
          onSearch={setQuery}
          onChange={(e) => !e.target.value && setQuery('')}
          data-testid="rules-search"
        />
        <Typography.Text type="secondary">{t('deadlines.rules.count', { count: shown.length })}</Typography.Text>
      </Space>
      {rules.error !== null && <Alert type="error" showIcon title={errorText(rules.error, t)} style={{ marginBottom: 16 }} />}
      <Table<DeadlineRule>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        loading={rules.loading}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ 'data-testid': `rule-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Text type="secondary">
              {t('deadlines.rules.events', { start: r.startEvent, completion: r.completionEvent })}
            </Typography.Text>
          ),
        }}
      />
      {editing && (
        <RuleEditModal
          rule={editing}
          onSaved={() => {
            setEditing(null);
            notify.success(t('deadlines.rules.saved'));
          }}
          onConflict={(current) => {
            replace(current);
            setEditing(current);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
