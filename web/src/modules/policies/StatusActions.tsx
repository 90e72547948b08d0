import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { StatusChangeModal } from './StatusChangeModal';
import type { PolicyState } from './policies.api';
import type { PolicyChangeProps } from './policy-panel.types';

/** A button per move the server allows now (detail.allowedTransitions), each asking for a reason. */
export function StatusActions({ policy, onDone, onStale }: PolicyChangeProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [to, setTo] = useState<PolicyState | null>(null);
  return (
    <>
      {policy.allowedTransitions.map((s) => (
        <Button key={s} danger={s === 'terminated'} onClick={() => setTo(s)} data-testid={`policy-status-${s}`}>
          {t(`policies.actions.toState.${s}`)}
        </Button>
      ))}
      {to && (
        <StatusChangeModal
          policy={policy}
          to={to}
          onClose={() => setTo(null)}
          onStale={onStale}
          onDone={(d) => {
            setTo(null);
            onDone(d);
            notify.success(t('policies.done.statusChanged', { state: t(`policies.states.${d.state}`) }));
          }}
        />
      )}
    </>
  );
}
