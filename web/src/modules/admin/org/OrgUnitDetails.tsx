import { Button, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, PoweroffOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../shared/format';
import type { OrgUnit } from '../../../shared/org/org-units.api';
import { CHILD_LEVEL, LEVEL_COLOR } from './levels';

export function OrgUnitDetails({
  unit, parent, canManage, busy, onAddChild, onRename, onToggleActive,
}: {
  unit: OrgUnit;
  parent: OrgUnit | undefined;
  canManage: boolean;
  busy: boolean;
  onAddChild: () => void;
  onRename: () => void;
  onToggleActive: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = localName(unit, i18n.language);
  const childLevel = CHILD_LEVEL[unit.level];
  return (
    <div data-testid="org-details">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {name} <Tag color={LEVEL_COLOR[unit.level]}>{t(`org.levels.${unit.level}`)}</Tag>
        {!unit.active && <Tag>{t('org.inactive')}</Tag>}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'code', label: t('org.fields.code'), children: unit.code },
          { key: 'name', label: t('org.fields.name'), children: <span lang="zh-CN">{unit.name}</span> },
          { key: 'nameEn', label: t('org.fields.nameEn'), children: unit.nameEn ?? '—' },
          { key: 'level', label: t('org.fields.level'), children: t(`org.levels.${unit.level}`) },
          { key: 'parent', label: t('org.fields.parent'), children: parent ? localName(parent, i18n.language) : '—' },
          {
            key: 'status',
            label: t('org.fields.status'),
            children: unit.active ? <Tag color="green">{t('common.status.active')}</Tag> : <Tag>{t('common.status.disabled')}</Tag>,
          },
          { key: 'path', label: t('org.fields.path'), children: <Typography.Text code>{unit.path}</Typography.Text> },
          { key: 'version', label: t('org.fields.version'), children: unit.version },
        ]}
      />
      {canManage && (
        <Space wrap style={{ marginTop: 16 }}>
          <Button
            icon={<PlusOutlined />}
            type="primary"
            disabled={!childLevel || !unit.active}
            title={childLevel ? undefined : t('org.noChildLevel')}
            onClick={onAddChild}
            data-testid="org-add-child"
          >
            {t('org.addChild')}
          </Button>
          <Button icon={<EditOutlined />} onClick={onRename} data-testid="org-rename">
            {t('org.rename')}
          </Button>
          <Popconfirm
            title={t(unit.active ? 'org.confirmDeactivate' : 'org.confirmActivate', { name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'org-toggle-confirm' }}
            onConfirm={onToggleActive}
          >
            <Button icon={<PoweroffOutlined />} danger={unit.active} loading={busy} data-testid="org-toggle-active">
              {unit.active ? t('org.deactivate') : t('org.activate')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </div>
  );
}
