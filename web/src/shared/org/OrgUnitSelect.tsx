import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../format';
import type { OrgNode } from './org-units.api';

type TreeOption = { value: number; title: string; disabled?: boolean; children: TreeOption[] };

function toOptions(nodes: OrgNode[], lang: string, activeOnly: boolean): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: `${localName(n, lang)} (${n.code})`,
    disabled: activeOnly && !n.active,
    children: toOptions(n.children, lang, activeOnly),
  }));
}

/** Pick an org unit from the tree; searchable by name or code. Works as an antd form control. */
export function OrgUnitSelect({
  tree, value, onChange, placeholder, activeOnly = true, allowClear, testId, style,
}: {
  tree: OrgNode[];
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  activeOnly?: boolean;
  allowClear?: boolean;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { i18n } = useTranslation();
  const treeData = useMemo(() => toOptions(tree, i18n.language, activeOnly), [tree, i18n.language, activeOnly]);
  return (
    <TreeSelect<number>
      data-testid={testId}
      style={style ?? { width: '100%' }}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
