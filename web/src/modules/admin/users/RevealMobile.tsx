import { App, Button, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/useNotify';
import { revealMobile, type User } from './users.api';

/** The masked number, and — for those allowed — a reveal that is confirmed first and audited (R-CL-6). */
export function RevealMobile({ user, canReveal }: { user: User; canReveal: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  if (!user.mobile) return <Typography.Text type="secondary">—</Typography.Text>;

  const reveal = () =>
    modal.confirm({
      title: t('users.reveal.title'),
      content: t('users.reveal.confirm', { name: user.displayName }),
      okText: t('users.actions.reveal'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' },
      onOk: async () => {
        try {
          const { value } = await revealMobile(user.id);
          modal.info({
            title: t('users.reveal.valueTitle', { name: user.displayName }),
            content: (
              <>
                <Typography.Paragraph copyable={value ? { text: value } : false} style={{ fontSize: 20, margin: '8px 0' }}>
                  <span data-testid="revealed-mobile">{value ?? t('users.reveal.empty')}</span>
                </Typography.Paragraph>
                <Typography.Text type="warning" data-testid="reveal-logged">
                  {t('users.reveal.logged')}
                </Typography.Text>
              </>
            ),
            okText: t('common.close'),
            okButtonProps: { 'data-testid': 'reveal-close' },
          });
        } catch (err) {
          notify.error(err);
        }
      },
    });

  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text>{user.mobile}</Typography.Text>
      {canReveal && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={reveal}
          data-testid={`reveal-mobile-${user.username}`}
          title={t('users.reveal.title')}
        >
          {t('users.actions.reveal')}
        </Button>
      )}
    </span>
  );
}
