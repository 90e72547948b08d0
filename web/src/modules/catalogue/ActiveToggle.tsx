import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';

/** 启用 / 停用 a catalogue entry, after a confirmation; the caller sends the change with the version read. */
export function ActiveToggle({
  name, active, onToggle, testId,
}: {
  name: string;
  active: boolean;
  onToggle: (active: boolean) => Promise<void>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onToggle(!active);
      notify.success(active ? t('catalogue.done.deactivated') : t('catalogue.done.activated'));
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={active ? t('catalogue.actions.deactivateConfirm', { name }) : t('catalogue.actions.activateConfirm', { name })}
      okText={active ? t('catalogue.actions.deactivate') : t('catalogue.actions.activate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: active, 'data-testid': `${testId}-confirm` }}
      onConfirm={run}
    >
      <Button size="small" danger={active} loading={busy} data-testid={testId}>
        {active ? t('catalogue.actions.deactivate') : t('catalogue.actions.activate')}
      </Button>
    </Popconfirm>
  );
}
