import { Alert, Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useSession } from '../../../session/useSession';
import { errorText } from '../../../shared/errors';
import { updateOrgUnit, useOrgUnitWrite, type OrgUnit } from '../../../shared/org/org-units.api';
import { useOrgUnits } from '../../../shared/org/useOrgUnits';
import { localName } from '../../../shared/format';
import { useNotify } from '../../../shared/useNotify';
import { OrgTree } from './OrgTree';
import { OrgUnitDetails } from './OrgUnitDetails';
import { OrgUnitFormModal, type OrgUnitEdit } from './OrgUnitFormModal';

/** The org tree (SPEC §0): browse, add a child unit, rename, activate or deactivate. */
export default function OrgUnitsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const { units, byId, tree, loading, error, replace } = useOrgUnits();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [edit, setEdit] = useState<OrgUnitEdit | null>(null);
  const activating = useOrgUnitWrite<OrgUnit>();

  useEffect(() => {
    if (selectedId === null && units[0]) setSelectedId(units[0].id);
  }, [units, selectedId]);

  const selected = selectedId === null ? undefined : byId.get(selectedId);

  // The org units are read again by the write itself (useOrgUnitWrite), before this runs.
  const onSaved = (unit: OrgUnit) => {
    const created = edit?.mode === 'create';
    setEdit(null);
    notify.success(created ? t('org.created', { name: localName(unit, i18n.language) }) : t('org.renamed'));
    setSelectedId(unit.id);
  };

  const toggleActive = async () => {
    if (!selected) return;
    try {
      const saved = await activating.mutateAsync(() => updateOrgUnit(selected.id, { version: selected.version, active: !selected.active }));
      replace(saved);
      notify.success(saved.active ? t('org.activated') : t('org.deactivated'));
    } catch (err) {
      const current = err instanceof ApiError ? err.current<OrgUnit>() : undefined;
      if (current) replace(current);
      notify.error(err); // a conflict, or why not, e.g. "this org unit still has active users"
    }
  };

  return (
    <Card title={t('org.title')} data-testid="org-page">
      <Typography.Paragraph type="secondary">{t('org.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>
        <Row gutter={24}>
          <Col xs={24} lg={10}>
            <OrgTree tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
          </Col>
          <Col xs={24} lg={14}>
            {selected ? (
              <OrgUnitDetails
                unit={selected}
                parent={selected.parentId === null ? undefined : byId.get(selected.parentId)}
                canManage={can('org.manage')}
                busy={activating.isPending}
                onAddChild={() => setEdit({ mode: 'create', parent: selected })}
                onRename={() => setEdit({ mode: 'rename', unit: selected })}
                onToggleActive={() => void toggleActive()}
              />
            ) : (
              <Empty description={t('org.selectHint')} />
            )}
          </Col>
        </Row>
      </Spin>
      {edit && (
        <OrgUnitFormModal
          edit={edit}
          onSaved={onSaved}
          onConflict={(current) => {
            replace(current);
            setEdit({ mode: 'rename', unit: current });
          }}
          onClose={() => setEdit(null)}
        />
      )}
    </Card>
  );
}
