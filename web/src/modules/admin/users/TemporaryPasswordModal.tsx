import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A generated password, shown this once: the server keeps only its hash. */
export function TemporaryPasswordModal({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.temporaryPassword.title')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      okButtonProps={{ 'data-testid': 'temporary-password-close' }}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('users.temporaryPassword.body', { name })} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: password }} style={{ fontSize: 22, textAlign: 'center', margin: 0 }}>
        <Typography.Text code data-testid="temporary-password" style={{ fontSize: 22, letterSpacing: 1 }}>
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
