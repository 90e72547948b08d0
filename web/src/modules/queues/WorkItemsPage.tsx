import { Alert, Button, Checkbox, Segmented, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { formatDateTime, localName } from '../../shared/format';
import { DateRangeFilter, FilterBar } from '../../shared/list/ListFilters';
import { ListPage, type ListColumn } from '../../shared/list/ListPage';
import { useListParams, type ListSpec } from '../../shared/list/useListParams';
import { useNotify } from '../../shared/useNotify';
import { ReassignModal } from './ReassignModal';
import { ReturnModal } from './ReturnModal';
import {
  findAssignees, listWorkItems, queueKeys, SLA_COLOR, SLA_STATES, takeWorkItem, useQueueSummary, type QueueView, type WorkItem,
} from './queues.api';

type Filter = 'entityType' | 'state' | 'sla' | 'status' | 'unassigned' | 'ownerId' | 'receivedFrom' | 'receivedTo' | 'dueFrom' | 'dueTo';
const SPEC: ListSpec<Filter, 'due' | 'receivedAt'> = {
  filters: ['entityType', 'state', 'sla', 'status', 'unassigned', 'ownerId', 'receivedFrom', 'receivedTo', 'dueFrom', 'dueTo'],
  sorts: ['due', 'receivedAt'],
  defaultSort: 'due',
};

/**
 * One view of the work queues on the shared list: 我的任务 (mine), 团队队列 (what waits in my teams'
 * queues, to take), 全部 (the supervisor's: everything in scope, to reassign). Most urgent first, with
 * each item's SLA state; filters in the address; the export is exactly what is shown. The quality
 * auditor (task.read without task.reassign) sees 全部 read-only: no take, reassign or return.
 */
export function WorkItemsPage({ view }: { view: QueueView }) {
  const { t, i18n } = useTranslation();
  const { can, roleName, me } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const list = useListParams(SPEC);
  const summary = useQueueSummary();
  const [reassigning, setReassigning] = useState<{ ids: number[]; done: () => void } | null>(null);
  const [returning, setReturning] = useState<WorkItem | null>(null);
  const supervisor = can('task.reassign');
  // 质检 looks at everything in scope; who handles queued records (or reassigns them) has their own views too.
  const overseer = can('task.read');
  const handles = can('servicing.write') || supervisor;
  const lang = i18n.language;

  const take = async (item: WorkItem) => {
    try {
      await takeWorkItem(item.id, item.version);
      notify.success(t('queues.taken'));
    } catch (e) {
      notify.error(e);
    }
    await queryClient.invalidateQueries({ queryKey: queueKeys.all });
  };

  const types = summary.data?.types ?? [];
  // The supervisor's owner filter: the people items may be given to (GET /work-items/assignees).
  const owners = useQuery({ queryKey: queueKeys.assignees(''), queryFn: () => findAssignees(''), enabled: view === 'all' && supervisor });
  const stateOptions = types
    .filter((ty) => !list.filters.entityType || ty.entityType === list.filters.entityType)
    .flatMap((ty) => ty.states.map((s) => ({ value: s.state, label: types.length > 1 ? `${localName(ty.name, ty.nameEn, lang)} · ${localName(s.name, s.nameEn, lang)}` : localName(s.name, s.nameEn, lang) })));

  const columns: ListColumn<WorkItem>[] = [
    {
      key: 'item', title: t('queues.columns.item'),
      render: (_, w) => (w.href ? <Link to={w.href} onClick={(e) => e.stopPropagation()} data-testid={`queue-open-${w.id}`}>{w.label}</Link> : w.label),
    },
    { key: 'type', title: t('queues.columns.type'), render: (_, w) => localName(w.typeName, w.typeNameEn, lang) },
    { key: 'state', title: t('queues.columns.state'), render: (_, w) => <Tag data-testid="queue-state">{localName(w.stateName, w.stateNameEn, lang)}</Tag> },
    {
      key: 'sla', sortKey: 'due', title: t('queues.columns.sla'),
      render: (_, w) => (
        <Space size={4}>
          <Tag color={SLA_COLOR[w.slaState]} data-testid={`queue-sla-${w.id}`} data-sla={w.slaState}>{t(`queues.sla.${w.slaState}`)}</Tag>
          {w.dueAt && <Typography.Text type="secondary">{formatDateTime(w.dueAt)}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'owner', title: t('queues.columns.owner'),
      render: (_, w) =>
        w.ownerName ?? (w.team ? <Tag color="purple" data-testid={`queue-team-${w.id}`}>{t('queues.teamQueue', { unit: localName(w.team.orgUnitName, w.team.orgUnitNameEn, lang), role: roleName(w.team.role) })}</Tag> : '—'),
    },
    { key: 'orgUnit', title: t('queues.columns.orgUnit'), render: (_, w) => localName(w.orgUnitName, w.orgUnitNameEn, lang) },
    { key: 'receivedAt', sortKey: 'receivedAt', title: t('queues.columns.receivedAt'), render: (_, w) => formatDateTime(w.receivedAt) },
    {
      key: 'actions', title: '', fixed: 'right',
      render: (_, w) => (
        <Space onClick={(e) => e.stopPropagation()}>
          {w.open && w.ownerId === null && (view === 'team' || supervisor) && (
            <Button size="small" type="primary" onClick={() => void take(w)} data-testid={`queue-take-${w.id}`}>{t('queues.take')}</Button>
          )}
          {w.open && w.ownerId !== null && (w.ownerId === me?.user.id || supervisor) && (
            <Button size="small" onClick={() => setReturning(w)} data-testid={`queue-return-${w.id}`}>{t('queues.return')}</Button>
          )}
          {view === 'all' && w.open && supervisor && (
            <Button size="small" onClick={() => setReassigning({ ids: [w.id], done: () => {} })} data-testid={`queue-reassign-${w.id}`}>{t('queues.reassign')}</Button>
          )}
        </Space>
      ),
    },
  ];

  const views: QueueView[] = [...(handles ? (['mine', 'team'] as const) : []), ...(overseer ? (['all'] as const) : [])];
  const mine = summary.data?.mine;
  return (
    <>
      <ListPage<WorkItem>
        testId="queue"
        rowTestId={(w) => `queue-row-${w.entityType}-${w.entityId}`}
        title={t('queues.title')}
        breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('queues.title') }, { title: t(`queues.views.${view}`) }]}
        actions={
          <Segmented<QueueView>
            value={view}
            onChange={(v) => navigate(`/queues/${v}`)}
            options={views.map((v) => ({ value: v, label: <span data-testid={`queue-view-${v}`}>{t(`queues.views.${v}`)}</span> }))}
          />
        }
        filterBar={
          <>
            {view === 'all' && !supervisor && <Alert type="info" showIcon title={t('queues.readOnly')} style={{ marginBottom: 12 }} data-testid="queue-read-only" />}
            <Space wrap style={{ marginBottom: 12 }} data-testid="queue-summary">
              {mine && (
                <Tag color={mine.overdue ? 'red' : 'blue'} data-testid="queue-summary-mine">
                  {t('queues.summary.mine', { open: mine.open })}
                  {mine.overdue > 0 && ` · ${t('queues.summary.mineOverdue', { count: mine.overdue })}`}
                </Tag>
              )}
              {summary.data?.teams.map((team) => (
                <Tooltip key={`${team.orgUnitId}-${team.role}`} title={team.overdue ? t('queues.summary.mineOverdue', { count: team.overdue }) : undefined}>
                  <Tag color={team.overdue ? 'red' : 'purple'} data-testid={`queue-summary-team-${team.orgUnitId}-${team.role}`}>
                    {t('queues.summary.team', { unit: localName(team.orgUnitName, team.orgUnitNameEn, lang), role: roleName(team.role), waiting: team.waiting })}
                  </Tag>
                </Tooltip>
              ))}
              {summary.data && !summary.data.teams.length && <Typography.Text type="secondary">{t('queues.summary.noTeams')}</Typography.Text>}
            </Space>
            <FilterBar list={list} testId="queue-filters">
              {types.length > 1 && (
                <Select
                  allowClear style={{ minWidth: 140 }} placeholder={t('queues.filters.type')} value={list.filters.entityType}
                  onChange={(entityType) => list.setFilters({ entityType, state: undefined })}
                  options={types.map((ty) => ({ value: ty.entityType, label: localName(ty.name, ty.nameEn, lang) }))}
                  data-testid="queue-filter-type"
                />
              )}
              <Select
                allowClear style={{ minWidth: 140 }} placeholder={t('queues.filters.state')} value={list.filters.state}
                onChange={(state) => list.setFilters({ state })} options={stateOptions} data-testid="queue-filter-state"
              />
              <Select
                allowClear style={{ minWidth: 120 }} placeholder={t('queues.filters.sla')} value={list.filters.sla}
                onChange={(sla) => list.setFilters({ sla })}
                options={SLA_STATES.map((s) => ({ value: s, label: t(`queues.sla.${s}`) }))}
                data-testid="queue-filter-sla"
              />
              {view !== 'team' && (
                <Select
                  style={{ minWidth: 110 }} value={list.filters.status ?? 'open'}
                  onChange={(status) => list.setFilters({ status: status === 'open' ? undefined : status })}
                  options={[
                    { value: 'open', label: t('queues.filters.open') },
                    { value: 'closed', label: t('queues.filters.closed') },
                    { value: 'all', label: t('queues.filters.allStatus') },
                  ]}
                  data-testid="queue-filter-status"
                />
              )}
              {view === 'all' && supervisor && (
                <Select
                  allowClear showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 160 }} placeholder={t('queues.filters.owner')}
                  value={list.filters.ownerId ? Number(list.filters.ownerId) : undefined}
                  onChange={(ownerId?: number) => list.setFilters({ ownerId, unassigned: undefined })}
                  options={(owners.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
                  data-testid="queue-filter-owner"
                />
              )}
              {view === 'all' && (
                <Checkbox checked={list.filters.unassigned === 'true'} onChange={(e) => list.setFilters({ unassigned: e.target.checked ? 'true' : undefined })} data-testid="queue-filter-unassigned">
                  {t('queues.filters.unassigned')}
                </Checkbox>
              )}
              <DateRangeFilter list={list} label={t('queues.filters.received')} from="receivedFrom" to="receivedTo" testId="queue-filter-received" />
              <DateRangeFilter list={list} label={t('queues.filters.due')} from="dueFrom" to="dueTo" testId="queue-filter-due" />
            </FilterBar>
          </>
        }
        list={list}
        columns={columns}
        queryKey={queueKeys.list(view)}
        fetchPage={(query) => listWorkItems(view, query)}
        exportPath="/work-items/export.xlsx"
        exportExtra={{ view }}
        exportFileName={`${t(`queues.views.${view}`)}.xlsx`}
        bulkActions={
          view === 'all' && supervisor
            ? (selected, clear) => (
                <Button type="primary" onClick={() => setReassigning({ ids: selected, done: clear })} data-testid="queue-reassign-selected">
                  {t('queues.reassignSelected', { count: selected.length })}
                </Button>
              )
            : undefined
        }
        emptyText={t(`queues.empty.${view}`)}
        onRowClick={(w) => w.href && navigate(w.href)}
      />
      {returning && <ReturnModal item={returning} onClose={() => setReturning(null)} />}
      {reassigning && (
        <ReassignModal
          ids={reassigning.ids}
          onClose={() => setReassigning(null)}
          onDone={() => {
            reassigning.done();
            setReassigning(null);
          }}
        />
      )}
    </>
  );
}
