import { App, Button, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { revealClientField, type Client, type RevealableField } from './clients.api';

/** A masked personal field and — for holders of pii.reveal — a confirmed, audited reveal (R-CL-6). */
export function RevealClientField({ client, field, canReveal }: { client: Client; field: RevealableField; canReveal: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const masked = client[field];
  if (!masked) return <Typography.Text type="secondary" data-testid={`client-${field}`}>—</Typography.Text>;
  const fieldName = t(`clients.fields.${field}`);

  const reveal = () =>
    modal.confirm({
      title: t('clients.reveal.title'),
      content: t('clients.reveal.confirm', { name: client.name, field: fieldName }),
      okText: t('clients.actions.reveal'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' },
      onOk: async () => {
        try {
          const { value } = await revealClientField(client.id, field);
          modal.info({
            title: t('clients.reveal.valueTitle', { name: client.name, field: fieldName }),
            content: (
              <>
                <Typography.Paragraph copyable={value ? { text: value } : false} style={{ fontSize: 20, margin: '8px 0' }}>
                  <span data-testid={`revealed-${field}`}>{value ?? t('clients.reveal.empty')}</span>
                </Typography.Paragraph>
                <Typography.Text type="warning" data-testid="reveal-logged">
                  {t('clients.reveal.logged')}
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
      <Typography.Text data-testid={`client-${field}`}>{masked}</Typography.Text>
      {canReveal && (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={reveal} data-testid={`reveal-${field}`} title={t('clients.reveal.title')}>
          {t('clients.actions.reveal')}
        </Button>
      )}
    </span>
  );
}
