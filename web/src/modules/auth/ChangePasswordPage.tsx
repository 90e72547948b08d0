import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { BodyOf } from '../../api/types';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { applyFieldErrors } from '../../shared/forms';
import { useNotify } from '../../shared/useNotify';
import { AuthCard } from './AuthCard';

type PasswordForm = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Forced after the first login or a reset (mustChangePassword); also reachable from the user menu. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const forced = !!me?.user.mustChangePassword;

  const onFinish = async ({ currentPassword, newPassword }: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/auth/password', { currentPassword, newPassword } satisfies BodyOf<'/auth/password', 'post'>);
      await refresh();
      notify.success(t('auth.changePassword.done'));
      navigate('/', { replace: true });
    } catch (err) {
      const unmatched = applyFieldErrors(form, err);
      setError([errorText(err, t), ...unmatched.map((f) => f.message)].join(' '));
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('auth.changePassword.required') };
  return (
    <AuthCard title={t('auth.changePassword.title')}>
      {forced && <Alert type="warning" showIcon title={t('auth.changePassword.forcedNotice')} style={{ marginBottom: 16 }} data-testid="password-forced" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="password-error" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
        <Form.Item name="currentPassword" label={t('auth.changePassword.currentPassword')} rules={[required]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.changePassword.newPassword')} rules={[required]} extra={t('auth.changePassword.rule')}>
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.changePassword.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.changePassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="password-submit">
            {t('auth.changePassword.submit')}
          </Button>
          {forced ? (
            <Button block onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>
              {t('auth.changePassword.logout')}
            </Button>
          ) : (
            <Button block onClick={() => navigate('/')}>
              {t('auth.changePassword.back')}
            </Button>
          )}
        </Space>
      </Form>
    </AuthCard>
  );
}
