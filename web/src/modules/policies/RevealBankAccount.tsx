import { App, Button, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { revealBankAccount, type Policy } from './policies.api';

/** The masked debit account and — for holders of pii.reveal — a confirmed, audited reveal (R-CL-6). */
export function RevealBankAccount({ policy, canReveal }: { policy: Policy; canReveal: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const masked = policy.bankAccount;
  if (!masked) return <Typography.Text type="secondary" data-testid="policy-bank-account">—</Typography.Text>;

  const reveal = () =>
    modal.confirm({
      title: t('policies.reveal.title'),
      content: t('policies.reveal.confirm', { no: policy.policyNumber }),
      okText: t('policies.actions.reveal'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' },
      onOk: async () => {
        try {
          const { value } = await revealBankAccount(policy.id);
          modal.info({
            title: t('policies.reveal.valueTitle', { no: policy.policyNumber }),
            content: (
              <>
                <Typography.Paragraph copyable={value ? { text: value } : false} style={{ fontSize: 20, margin: '8px 0' }}>
                  <span data-testid="revealed-bank-account">{value ?? t('policies.reveal.empty')}</span>
                </Typography.Paragraph>
                <Typography.Text type="warning">{t('policies.reveal.logged')}</Typography.Text>
              </>
            ),
            okText: t('common.close'),
          });
        } catch (err) {
          notify.error(err);
        }
      },
    });

  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text data-testid="policy-bank-account">{masked}</Typography.Text>
      {canReveal && (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={reveal} data-testid="reveal-bank-account">
          {t('policies.actions.reveal')}
        </Button>
      )}
    </span>
  );
}
