import { Button, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/useSession';
import { localName } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { ReturnModal } from './ReturnModal';
import { getRecordWorkItem, queueKeys, SLA_COLOR, takeWorkItem } from './queues.api';

/**
 * A record's place in the work queues, for its page (any module's queued record type): who holds it, or
 * that it waits in the 任务池 of <unit> <role>, with its SLA; 领取 when I may take it, 放回任务池 when I may
 * return it (the server says which: GET /records/:type/:id/work-item). Nothing shown for a record that
 * never queued or that I may not read. `version` (the record's, as the page has it) reads it again after each
 * step of the record; `onChange` lets the page re-read its record after a take or return (its owner and version move).
 */
export function WorkItemBadge({ recordType, recordId, version, onChange }: { recordType: string; recordId: number; version?: number; onChange?: () => void }) {
  const { t, i18n } = useTranslation();
  const { roleName } = useSession();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const query = useQuery({ queryKey: [...queueKeys.record(recordType, recordId), version], queryFn: () => getRecordWorkItem(recordType, recordId), retry: false });
  const data = query.data;
  if (!data?.item) return null;
  const { item, may } = data;
  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: queueKeys.all });
    onChange?.();
  };
  const take = async () => {
    setBusy(true);
    try {
      await takeWorkItem(item.id, item.version);
      notify.success(t('queues.taken'));
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
      await changed();
    }
  };

  return (
    <Space wrap size={8} style={{ marginTop: 12 }} data-testid="work-item-badge" data-owner={item.ownerId ?? ''}>
      <Typography.Text type="secondary">{t('queues.badge.label')}</Typography.Text>
      {item.ownerId !== null && <Tag color="blue" data-testid="work-item-owner">{t('queues.badge.owner', { name: item.ownerName ?? '' })}</Tag>}
      {item.ownerId === null && item.team && (
        <Tag color="purple" data-testid="work-item-waiting">
          {t('queues.badge.waiting', { unit: localName(item.team.orgUnitName, item.team.orgUnitNameEn, i18n.language), role: roleName(item.team.role) })}
        </Tag>
      )}
      {item.open ? (
        <Tag color={SLA_COLOR[item.slaState]} data-testid="work-item-sla" data-sla={item.slaState}>{t(`queues.sla.${item.slaState}`)}</Tag>
      ) : (
        <Tag>{t('queues.badge.closed')}</Tag>
      )}
      {may.take && (
        <Button size="small" type="primary" loading={busy} onClick={() => void take()} data-testid="work-item-take">{t('queues.take')}</Button>
      )}
      {may.return && <Button size="small" onClick={() => setReturning(true)} data-testid="work-item-return">{t('queues.return')}</Button>}
      {returning && <ReturnModal item={item} onClose={() => setReturning(false)} onDone={() => onChange?.()} />}
    </Space>
  );
}
