import { Alert, Button, Card, Space, Typography } from 'antd';
import { ExportButton } from '../imports/ExportButton';
import { PlusOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { beijingToday } from '../../shared/format';
import { useCursorList } from '../../shared/useCursorList';
import { ENDING_WINDOWS, PolicyFilters, type ListFilterValues } from './PolicyFilters';
import { PoliciesTable } from './PoliciesTable';
import { LINES_OF_BUSINESS, POLICY_STATES, listPolicies, policyKeys, type LineOfBusiness, type PolicyFilters as ApiFilters, type PolicyState } from './policies.api';

/** A Beijing calendar date plus `days` (YYYY-MM-DD; calendar arithmetic, no time zone involved). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const positive = (raw: string | null) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

function readFilters(params: URLSearchParams): ListFilterValues {
  const state = params.get('state') as PolicyState | null;
  const line = params.get('line') as LineOfBusiness | null;
  const ending = positive(params.get('ending'));
  return {
    state: state && POLICY_STATES.includes(state) ? state : undefined,
    lineOfBusiness: line && LINES_OF_BUSINESS.includes(line) ? line : undefined,
    insurerId: positive(params.get('insurer')),
    agentId: positive(params.get('agent')),
    number: params.get('number')?.trim() || undefined,
    endingWithin: ending && (ENDING_WINDOWS as readonly number[]).includes(ending) ? ending : undefined,
  };
}

function writeFilters(f: ListFilterValues): URLSearchParams {
  const next = new URLSearchParams();
  const put = (key: string, v: string | number | undefined) => v !== undefined && v !== '' && next.set(key, String(v));
  put('state', f.state);
  put('line', f.lineOfBusiness);
  put('insurer', f.insurerId);
  put('agent', f.agentId);
  put('number', f.number);
  put('ending', f.endingWithin);
  return next;
}

/** 保单登记: policies in scope, newest effective date first, filtered (kept in the address), "load more". */
export function PolicyListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const values = readFilters(params);
  const key = params.toString();
  // The address is the source of truth; `key` changes exactly when a filter does.
  const filters = useMemo<ApiFilters>(() => {
    const { endingWithin, ...rest } = readFilters(new URLSearchParams(key));
    return { ...rest, ...(endingWithin && { endingBy: addDays(beijingToday(), endingWithin) }) };
  }, [key]);
  const list = useCursorList(policyKeys.list(), listPolicies, filters);

  return (
    <Card
      title={t('policies.title')}
      data-testid="policies-page"
      extra={
        <Space>
          <ExportButton path="/policies/export.xlsx" query={filters} fileName="policies.xlsx" />
          {can('policy.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/policies/new')} data-testid="policy-create">
              {t('policies.actions.create')}
            </Button>
          )}
        </Space>
      }
    >
      <PolicyFilters value={values} onChange={(next) => setParams(writeFilters(next))} />
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <PoliciesTable policies={list.items} loading={list.loading} />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="policies-count">
          {t('policies.shown', { count: list.items.length })}
        </Typography.Text>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.loading} data-testid="policies-load-more">
            {t('common.loadMore')}
          </Button>
        ) : (
          list.items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
