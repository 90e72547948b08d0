import { Alert, Button, Card, Col, Row, Select, Space, Spin, Typography } from 'antd';
import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { beijingToday } from '../../shared/format';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { useOrgUnits } from '../../shared/org/useOrgUnits';
import { useHeadOfficeGrant } from '../../shared/useHeadOfficeGrant';
import { useLoad } from '../../shared/useLoad';
import { useNotify } from '../../shared/useNotify';
import { calendarKeys, getCalendarStatus, getCalendarYear, listOverrides } from './calendar.api';
import { ancestorChain, applyingOverrides, scheduleText, yearSummary } from './calendar-model';
import { OverridesPanel } from './OverridesPanel';
import { WorkingDayCalculator } from './WorkingDayCalculator';
import { YearGrid } from './YearGrid';
import { YearScheduleModal } from './YearScheduleModal';

const FIRST_YEAR = 2004; // the first year with a published schedule in the seeded data
const MIN_YEAR = 1950;
const MAX_YEAR = 2200;

/** 工作日历: the year's working days for an org unit, the national schedule entry and local overrides. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const notify = useNotify();
  const canManage = can('calendar.manage');
  const headOffice = useHeadOfficeGrant('calendar.manage');
  const org = useOrgUnits(can('org.read'));
  const [params, setParams] = useSearchParams();
  const today = beijingToday();
  const thisYear = Number(today.slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : thisYear;
  const ownOrg = me?.orgUnit.id ?? 0;
  const askedOrg = Number(params.get('org'));
  const orgId = askedOrg > 0 ? askedOrg : ownOrg;
  const orgQuery = orgId === ownOrg ? undefined : orgId;
  const [entering, setEntering] = useState(false);

  const calendar = useLoad(calendarKeys.year(year, orgQuery), () => getCalendarYear(year, orgQuery));
  const status = useLoad(calendarKeys.status(), getCalendarStatus);
  const overrides = useLoad(calendarKeys.overrides(year), () => listOverrides(year));

  const chain = useMemo(() => ancestorChain(orgId, (id) => org.byId.get(id)?.parentId), [orgId, org.byId]);
  const local = useMemo(() => applyingOverrides(overrides.data ?? [], chain), [overrides.data, chain]);
  const applyingIds = useMemo(() => new Set([...local.values()].map((o) => o.id)), [local]);

  const setParam = (key: 'year' | 'org', value: number | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === undefined) next.delete(key);
        else next.set(key, String(value));
        return next;
      },
      { replace: true },
    );

  const data = calendar.data?.year === year ? calendar.data : null;
  const missing = status.data?.missingYears ?? [];
  const yearOptions = Array.from({ length: Math.max(thisYear + 2, year) - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => Math.min(FIRST_YEAR, year) + i);
  const summary = data ? yearSummary(data.days) : null;

  return (
    <Card
      title={t('calendar.title')}
      data-testid="calendar-page"
      extra={
        <Space wrap>
          <Button icon={<LeftOutlined />} aria-label={t('calendar.prevYear')} title={t('calendar.prevYear')} onClick={() => setParam('year', year - 1)} disabled={year <= MIN_YEAR} data-testid="calendar-year-prev" />
          <Select
            value={year}
            onChange={(y) => setParam('year', y)}
            options={yearOptions.map((y) => ({ value: y, label: t('calendar.yearOption', { year: y }) }))}
            style={{ width: 110 }}
            aria-label={t('calendar.year')}
            data-testid="calendar-year"
          />
          <Button icon={<RightOutlined />} aria-label={t('calendar.nextYear')} title={t('calendar.nextYear')} onClick={() => setParam('year', year + 1)} disabled={year >= MAX_YEAR} data-testid="calendar-year-next" />
          {can('org.read') && org.units.length > 1 && (
            <OrgUnitSelect
              tree={org.tree}
              value={orgId}
              onChange={(id) => setParam('org', id === undefined || id === ownOrg ? undefined : id)}
              activeOnly={false}
              style={{ width: 220 }}
              testId="calendar-org"
            />
          )}
          {headOffice && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEntering(true)} disabled={!data} data-testid="calendar-enter-schedule">
              {t('calendar.enterSchedule')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('calendar.intro')} {can('org.read') ? t('calendar.orgHint') : ''}
      </Typography.Paragraph>

      {canManage && status.data?.remindAdmins && missing.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-remind"
          title={t('calendar.remind.title', { years: missing.join(t('common.separators.list')) })}
          description={headOffice ? t('calendar.remind.body') : t('calendar.remind.bodyNotHeadOffice')}
          action={
            headOffice && missing[0] !== undefined ? (
              <Button
                size="small"
                onClick={() => {
                  setParam('year', missing[0]);
                  setEntering(true); // opens once that year has loaded
                }}
                data-testid="calendar-remind-go"
              >
                {t('calendar.remind.action')}
              </Button>
            ) : undefined
          }
        />
      )}
      {data && !data.official && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-provisional"
          title={t('calendar.provisional.title', { year })}
          description={t('calendar.provisional.body')}
        />
      )}
      {calendar.error !== null && <Alert type="error" showIcon title={errorText(calendar.error, t)} style={{ marginBottom: 12 }} />}

      {data && summary && (
        <div style={{ marginBottom: 12 }} data-testid="calendar-year-info">
          {data.official && (
            <Typography.Text type="secondary" style={{ display: 'block' }} data-testid="calendar-official">
              {t('calendar.official', { year, source: data.source ?? '—', version: data.version ?? 1 })}
            </Typography.Text>
          )}
          {data.notice && <Typography.Text type="secondary" style={{ display: 'block' }}>{t('calendar.notice', { notice: data.notice })}</Typography.Text>}
          <Typography.Text strong>{t('calendar.summary', summary)}</Typography.Text>
        </div>
      )}

      <Spin spinning={calendar.loading}>
        {data ? <YearGrid days={data.days} local={local} today={today} /> : <div style={{ minHeight: 200 }} />}
      </Spin>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <WorkingDayCalculator org={orgQuery} />
        </Col>
        <Col xs={24} xl={10}>
          <OverridesPanel
            year={year}
            overrides={overrides.data ?? []}
            applying={applyingIds}
            loading={overrides.loading}
            canManage={canManage}
            tree={org.tree}
            unitsById={org.byId}
            defaultOrgId={orgId}
          />
        </Col>
      </Row>

      {entering && data && (
        <YearScheduleModal
          year={year}
          version={data.version}
          initialText={data.official ? scheduleText(data.days, new Set(local.keys())) : ''}
          canSave={headOffice}
          onSaved={(saved) => {
            setEntering(false);
            notify.success(t('calendar.schedule.saved', saved));
          }}
          onClose={() => setEntering(false)}
        />
      )}
    </Card>
  );
}
