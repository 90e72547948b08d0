import { Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { CloseCircleOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/useSession';
import { formatDateTime, formatDue } from '../format';
import { useNow } from '../timers';
import { useNotify } from '../useNotify';
import { countdown, STATE_TAG_COLOURS, TONE_COLOURS } from './countdown';
import { DeadlineActionModal } from './DeadlineActionModal';
import { DeadlineBasis } from './DeadlineBasis';
import { RecordLink } from './RecordLink';
import { LIVE_STATES, type Deadline, type DeadlineChange } from './deadlines.api';

/**
 * One deadline: what is due (rule and record), when (Beijing time) and how long is left, why
 * (basis), and — for holders of deadline.manage — pause, resume or cancel with a reason.
 */
export function DeadlineCard({ deadline: d, onChanged }: { deadline: Deadline; onChanged: (updated: Deadline) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useSession();
  const notify = useNotify();
  const now = useNow(15_000);
  const [change, setChange] = useState<DeadlineChange | null>(null);
  const live = LIVE_STATES.includes(d.state);
  const canManage = can('deadline.manage') && live;
  const { text, tone } = countdown(d, now, t);

  const done = (updated: Deadline) => {
    const verb = change;
    setChange(null);
    onChanged(updated);
    if (verb) notify.success(t(`deadline.done.${verb}`));
  };

  const sep = t('common.separators.list');
  return (
    <Card
      size="small"
      data-testid={`deadline-card-${d.id}`}
      data-state={d.state}
      style={{ borderInlineStart: `4px solid ${TONE_COLOURS[tone]}` }}
    >
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
          <Space size={6} wrap>
            <Typography.Text strong data-testid="deadline-rule">{d.ruleName}</Typography.Text>
            <Tag color={STATE_TAG_COLOURS[d.state]} style={{ marginInlineEnd: 0 }} data-testid="deadline-state">
              {t(`deadline.states.${d.state}`)}
            </Tag>
            {d.provisional && (
              <Tooltip title={t('deadline.provisionalHint')}>
                <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="deadline-provisional">{t('deadline.provisional')}</Tag>
              </Tooltip>
            )}
            {d.paused && (
              <Tag icon={<PauseCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="deadline-paused">
                {d.pauseReason ? t('deadline.pausedWithReason', { reason: d.pauseReason }) : t('deadline.paused')}
              </Tag>
            )}
            {d.escalatedAt && (
              <Tooltip title={t('deadline.escalatedAt', { time: formatDateTime(d.escalatedAt, lang) })}>
                <Tag color="volcano" style={{ marginInlineEnd: 0 }}>{t('deadline.escalated')}</Tag>
              </Tooltip>
            )}
          </Space>
          <Typography.Text type="secondary" data-testid="deadline-record">
            <RecordLink record={d.record} />
            {sep}
            {d.orgUnitName}
            {sep}
            {t('deadline.owner')} {d.ownerName ?? t('deadline.noOwner')}
          </Typography.Text>
          <Typography.Text data-testid="deadline-due">
            {t('deadline.due')}
            {t('common.separators.colon')}
            {t('deadline.dueAt', { time: formatDue(d.dueAt, lang) })}
          </Typography.Text>
          <DeadlineBasis basis={d.basis} />
          {!live && d.completedAt && (
            <Typography.Text type="secondary">
              {t('deadline.completedAt', { time: formatDateTime(d.completedAt, lang) })}
              {d.cancelReason ? `${t('common.separators.clause')}${t('deadline.cancelReason', { reason: d.cancelReason })}` : ''}
            </Typography.Text>
          )}
        </div>
        <div style={{ flex: 'none', display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 8 }}>
          <span style={{ color: TONE_COLOURS[tone], fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="deadline-countdown">
            {text}
          </span>
          {canManage && (
            <Space size={0}>
              {d.paused ? (
                <Button size="small" type="link" icon={<PlayCircleOutlined />} onClick={() => setChange('resume')} data-testid="deadline-resume">
                  {t('deadline.actions.resume')}
                </Button>
              ) : (
                <Button size="small" type="link" icon={<PauseCircleOutlined />} onClick={() => setChange('pause')} data-testid="deadline-pause">
                  {t('deadline.actions.pause')}
                </Button>
              )}
              <Button size="small" type="link" danger icon={<CloseCircleOutlined />} onClick={() => setChange('cancel')} data-testid="deadline-cancel">
                {t('deadline.actions.cancel')}
              </Button>
            </Space>
          )}
        </div>
      </div>
      {change && (
        <DeadlineActionModal
          deadline={d}
          change={change}
          onDone={done}
          onRefreshed={onChanged}
          onClose={() => setChange(null)}
        />
      )}
    </Card>
  );
}
