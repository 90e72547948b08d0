import { Alert, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { errorText } from '../../shared/errors';
import { formatDateTime, localName } from '../../shared/format';
import { verifyNotice, type VerifiedNotice } from '../../shared/notices/notices.api';

/** 通知书验真: the code printed on a notice → its number, template and record (in the user's scope). */
export function NoticeVerifyPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<VerifiedNotice | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function check() {
    if (!code.trim()) return;
    setBusy(true);
    setFound(null);
    setError(null);
    try {
      setFound(await verifyNotice(code));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={3}>{t('notices.verify.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notices.verify.intro')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => void check()}
          placeholder={t('notices.verify.placeholder')}
          maxLength={40}
          data-testid="notice-verify-code"
        />
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void check()} data-testid="notice-verify-submit">
          {t('notices.verify.submit')}
        </Button>
      </Space.Compact>
      {error !== null && (
        <Alert type="warning" showIcon data-testid="notice-verify-missing"
          title={error instanceof ApiError && error.status === 404 ? t('notices.verify.notFound') : errorText(error, t)} />
      )}
      {found && (
        <Card data-testid="notice-verify-result">
          <Alert type="success" showIcon title={t('notices.verify.genuine')} style={{ marginBottom: 16 }} />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('notices.verify.number')}><span data-testid="notice-verify-number">{found.number}</span></Descriptions.Item>
            <Descriptions.Item label={t('notices.verify.template')}>{localName(found.templateName, found.templateNameEn, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('notices.verify.record')}>
              {localName(found.recordTypeName, found.recordTypeNameEn, lang)} · {found.href ? <Link to={found.href} data-testid="notice-verify-record">{found.recordLabel}</Link> : found.recordLabel}
            </Descriptions.Item>
            <Descriptions.Item label={t('notices.verify.issuedAt')}>{formatDateTime(found.issuedAt)}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Link to="/notices/batches/new">{t('notices.batches.title')}</Link>
    </Space>
  );
}
