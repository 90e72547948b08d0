import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrgUnit, updateOrgUnit, useOrgUnitWrite, type OrgUnit } from '../../../shared/org/org-units.api';
import { localName } from '../../../shared/format';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { CHILD_LEVEL } from './levels';

type Values = { code?: string; name: string; nameEn?: string };

export type OrgUnitEdit = { mode: 'create'; parent: OrgUnit } | { mode: 'rename'; unit: OrgUnit };

/** Create a child unit under a parent, or rename a unit (sending the version read). */
export function OrgUnitFormModal({
  edit, onSaved, onConflict, onClose,
}: {
  edit: OrgUnitEdit;
  onSaved: (unit: OrgUnit) => void;
  /** The server's current record after a version conflict: the caller updates its list. */
  onConflict: (current: OrgUnit) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit<OrgUnit>(form, (current) => {
    onConflict(current);
    form.setFieldsValue({ name: current.name, nameEn: current.nameEn ?? '' });
  });

  useEffect(() => {
    if (edit.mode === 'rename') form.setFieldsValue({ name: edit.unit.name, nameEn: edit.unit.nameEn ?? '' });
  }, [edit, form]);

  const title =
    edit.mode === 'create'
      ? t('org.createTitle', {
          parent: localName(edit.parent, i18n.language),
          level: t(`org.levels.${CHILD_LEVEL[edit.parent.level] ?? 'office'}`),
        })
      : t('org.renameTitle', { name: localName(edit.unit, i18n.language) });

  const saving = useOrgUnitWrite<OrgUnit>();
  const onFinish = (values: Values) =>
    submit(async () => {
      const nameEn = values.nameEn?.trim() || null;
      const saved = await saving.mutateAsync(() =>
        edit.mode === 'create'
          ? createOrgUnit({ parentId: edit.parent.id, code: values.code ?? '', name: values.name, nameEn })
          : updateOrgUnit(edit.unit.id, { version: edit.unit.version, name: values.name, nameEn }),
      );
      onSaved(saved);
    });

  const required = { required: true, message: t('org.required') };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'org-form-submit' }}
    >
      <ServerErrorAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="org-form">
        {edit.mode === 'create' && (
          <Form.Item name="code" label={t('org.fields.code')} extra={t('org.codeHelp')} rules={[required]}>
            <Input maxLength={20} data-testid="org-form-code" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('org.fields.name')} rules={[required]}>
          <Input maxLength={100} data-testid="org-form-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('org.fields.nameEn')}>
          <Input maxLength={100} data-testid="org-form-name-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
