import { Alert, Button, Card, Form, List, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useSession } from '../../session/useSession';
import { Forbidden } from '../../app/StatusPages';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { useOrgUnits } from '../../shared/org/useOrgUnits';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { useNotify } from '../../shared/useNotify';
import { ClientFields, toClientInput, type ClientFormValues } from './ClientFields';
import { createClient, useClientWrite, type DuplicateHint } from './clients.api';
import { BackButton } from '../../shared/BackButton';

/**
 * 新建客户: a person or an organisation. Server field errors land on their fields; the same
 * ID number is refused with the existing client; the same name and mobile asks first.
 */
export function CreateClientPage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const org = useOrgUnits(can('org.read'));
  const [form] = Form.useForm<ClientFormValues>();
  const { busy, problem, submit } = useFormSubmit(form);
  const creating = useClientWrite<Awaited<ReturnType<typeof createClient>>>();
  const kind = Form.useWatch('kind', form) ?? 'person';
  const [duplicates, setDuplicates] = useState<DuplicateHint[] | null>(null);
  const [existingId, setExistingId] = useState<number | null>(null);

  if (!can('client.write')) return <Forbidden />;

  const send = (values: ClientFormValues, confirmDuplicate: boolean) =>
    submit(async () => {
      setExistingId(null);
      try {
        const { client, duplicates: confirmed } = await creating.mutateAsync(() =>
          createClient({
            kind: values.kind,
            orgUnitId: values.orgUnitId ?? me!.orgUnit.id,
            ...toClientInput(values),
            ...(confirmDuplicate && { confirmDuplicate: true }),
          }),
        );
        setDuplicates(null);
        notify.success(
          confirmed.length ? t('clients.duplicate.createdWith', { count: confirmed.length }) : t('clients.done.created', { name: client.name }),
        );
        navigate(`/clients/${client.id}`);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'DUPLICATE_RECORD') {
          const hints = err.details.duplicates as DuplicateHint[] | undefined;
          if (hints?.length) {
            setDuplicates(hints);
            return;
          }
          if (typeof err.details.existingId === 'number') setExistingId(err.details.existingId);
        }
        throw err;
      }
    });

  return (
    <Card
      title={t('clients.form.createTitle')}
      data-testid="client-create-page"
      extra={
        <BackButton fallback="/clients" fallbackLabel={t('clients.actions.back')} testId="client-create-back" />
      }
    >
      <div style={{ maxWidth: 640 }}>
        <Alert type="info" showIcon title={t('clients.form.archiveHint')} style={{ marginBottom: 16 }} />
        <ServerErrorAlert problem={problem} />
        {existingId !== null && (
          <Alert
            type="warning"
            showIcon
            title={t('clients.duplicate.existing')}
            action={<Link to={`/clients/${existingId}`} data-testid="client-existing-link">{t('clients.duplicate.openExisting', { id: existingId })}</Link>}
            style={{ marginBottom: 16 }}
            data-testid="client-existing"
          />
        )}
        <Form<ClientFormValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ kind: 'person', orgUnitId: me?.orgUnit.id, consentMarketing: false, consentSensitive: false }}
          onFinish={(values) => send(values, false)}
          data-testid="client-form"
        >
          <Form.Item name="kind" label={t('clients.form.kind')}>
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="client-form-kind">
              <Radio.Button value="person" data-testid="client-form-kind-person">{t('clients.kinds.person')}</Radio.Button>
              <Radio.Button value="organisation" data-testid="client-form-kind-organisation">{t('clients.kinds.organisation')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          {can('org.read') && (
            <Form.Item name="orgUnitId" label={t('clients.form.orgUnit')} rules={[{ required: true, message: t('clients.form.required') }]}>
              <OrgUnitSelect tree={org.tree} testId="client-form-org" />
            </Form.Item>
          )}
          <ClientFields kind={kind} />
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="client-form-submit">
              {t('common.create')}
            </Button>
            <Button onClick={() => navigate('/clients')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </div>

      <Modal
        open={duplicates !== null}
        title={t('clients.duplicate.title')}
        onCancel={() => setDuplicates(null)}
        onOk={() => void send(form.getFieldsValue(true) as ClientFormValues, true)}
        okText={t('clients.duplicate.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'client-duplicate-confirm' }}
        data-testid="client-duplicate-modal"
      >
        <Typography.Paragraph>{t('clients.duplicate.body')}</Typography.Paragraph>
        <List
          size="small"
          bordered
          dataSource={duplicates ?? []}
          renderItem={(d) => (
            <List.Item data-testid={`client-duplicate-${d.id}`}>
              <Link to={`/clients/${d.id}`} target="_blank">
                #{d.id} {d.name}
              </Link>
              <Typography.Text type="secondary">{d.mobile ?? '—'}</Typography.Text>
            </List.Item>
          )}
        />
      </Modal>
    </Card>
  );
}
