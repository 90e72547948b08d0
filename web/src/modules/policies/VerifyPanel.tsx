import { Alert, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { DifferencesList } from './DifferencesList';
import { VerifyForm } from './VerifyForm';
import type { PolicyPanelProps } from './policy-panel.types';

/** 核对 tab: the verification form while the policy is registered, then its result; and the differences. */
export function VerifyPanel({
  policy, canWrite, onDone, onStale,
}: PolicyPanelProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  return (
    <>
      {policy.verifiedAt ? (
        <Alert type="success" showIcon title={t('policies.verify.done', { at: formatDateTime(policy.verifiedAt, i18n.language) })} style={{ marginBottom: 16 }} data-testid="policy-verified" />
      ) : policy.state === 'registered' && canWrite ? (
        <VerifyForm
          // A new version is a new form: after differences are raised, the next round starts blank.
          key={policy.version}
          policy={policy}
          onStale={onStale}
          onDone={(d) => {
            onDone(d);
            notify.success(t('policies.done.verified'));
          }}
        />
      ) : (
        <Typography.Text type="secondary">{t('policies.verify.notAllowed')}</Typography.Text>
      )}
      <Divider titlePlacement="start">{t('policies.verify.differences')}</Divider>
      <DifferencesList policy={policy} canWrite={canWrite} onDone={onDone} onStale={onStale} />
    </>
  );
}
