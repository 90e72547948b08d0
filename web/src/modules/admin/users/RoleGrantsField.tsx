import { Button, Form, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';
import type { OrgNode } from '../../../shared/org/org-units.api';

/** Role + org unit pairs: a role applies in that unit and below it. Server errors land on `roles.N.field`. */
export function RoleGrantsField({ tree, minOne }: { tree: OrgNode[]; minOne: boolean }) {
  const { t } = useTranslation();
  const { roleCatalog, roleName } = useSession();
  const roleOptions = (roleCatalog?.roles ?? []).map((r) => ({ value: r.id, label: roleName(r.id) }));
  const required = { required: true, message: t('users.form.required') };
  return (
    <Form.Item label={t('users.form.roles')} extra={t('users.form.rolesHelp')} required={minOne}>
      <Form.List name="roles">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 4 }} data-testid={`role-row-${index}`}>
                <Form.Item name={[field.name, 'role']} rules={[required]} style={{ marginBottom: 8 }}>
                  <Select
                    options={roleOptions}
                    placeholder={t('users.form.role')}
                    style={{ width: 160 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    data-testid={`role-select-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'orgUnitId']} rules={[required]} style={{ marginBottom: 8 }}>
                  <OrgUnitSelect tree={tree} placeholder={t('users.form.roleOrgUnit')} style={{ width: 240 }} testId={`role-org-${index}`} />
                </Form.Item>
                {(!minOne || fields.length > 1) && (
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} title={t('users.form.removeRole')} />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="role-add">
              {t('users.form.addRole')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
