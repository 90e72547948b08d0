import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { createInsurer, updateInsurer, useCatalogueWrite, type Insurer } from './catalogue.api';

type Values = { code: string; name: string; nameEn?: string; contactPerson?: string; servicePhone?: string; address?: string };

const valuesOf = (i: Insurer): Values => ({
  code: i.code, name: i.name, nameEn: i.nameEn ?? '', contactPerson: i.contactPerson ?? '', servicePhone: i.servicePhone ?? '', address: i.address ?? '',
});

/** Add an insurer, or edit one with the version read (its code identifies it and does not change). */
export function InsurerFormModal({
  insurer, onSaved, onConflict, onClose,
}: {
  insurer?: Insurer;
  onSaved: (insurer: Insurer, created: boolean) => void;
  onConflict: (current: Insurer) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(insurer);
  const { busy, problem, submit } = useFormSubmit<Insurer>(form, (current) => {
    setRecord(current);
    form.setFieldsValue(valuesOf(current));
    onConflict(current);
  });

  const save = useCatalogueWrite((v: Values) => {
    const fields = {
      name: v.name.trim(), nameEn: v.nameEn?.trim() || null, contactPerson: v.contactPerson?.trim() || null,
      servicePhone: v.servicePhone?.trim() || null, address: v.address?.trim() || null,
    };
    return record ? updateInsurer(record.id, { ...fields, version: record.version }) : createInsurer({ ...fields, code: v.code.trim() });
  });
  const onFinish = (v: Values) => submit(async () => onSaved(await save.mutateAsync(v), !record));

  const required = { required: true, whitespace: true, message: t('catalogue.required') };
  return (
    <Modal
      open
      title={record ? t('catalogue.insurer.editTitle', { name: record.name }) : t('catalogue.insurer.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'insurer-form-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form<Values> form={form} layout="vertical" requiredMark="optional" initialValues={insurer ? valuesOf(insurer) : {}} onFinish={onFinish} data-testid="insurer-form">
        <Form.Item name="code" label={t('catalogue.insurer.code')} rules={[required]}>
          <Input maxLength={20} disabled={!!record} style={{ textTransform: 'uppercase' }} data-testid="insurer-form-code" />
        </Form.Item>
        <Form.Item name="name" label={t('catalogue.insurer.name')} rules={[required]}>
          <Input maxLength={100} data-testid="insurer-form-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.insurer.nameEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('catalogue.insurer.contactPerson')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="servicePhone" label={t('catalogue.insurer.servicePhone')} extra={t('catalogue.insurer.servicePhoneHelp')}>
          <Input maxLength={30} inputMode="tel" data-testid="insurer-form-phone" />
        </Form.Item>
        <Form.Item name="address" label={t('catalogue.insurer.address')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
