import { Input, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../shared/format';
import type { OrgNode } from '../../../shared/org/org-units.api';

type TreeItem = { key: number; title: React.ReactNode; children: TreeItem[] };

/** Keep a node when it or a descendant matches the search (code, Chinese or English name). */
function filterTree(nodes: OrgNode[], term: string): OrgNode[] {
  if (!term) return nodes;
  const needle = term.toLowerCase();
  return nodes.flatMap((n) => {
    const children = filterTree(n.children, term);
    const hit = [n.code, n.name, n.nameEn ?? ''].some((s) => s.toLowerCase().includes(needle));
    return hit || children.length ? [{ ...n, children }] : [];
  });
}

const countNodes = (nodes: { children: unknown[] }[]): number =>
  nodes.reduce((n, node) => n + 1 + countNodes(node.children as { children: unknown[] }[]), 0);

export function OrgTree({ tree, selectedId, onSelect }: { tree: OrgNode[]; selectedId: number | null; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const [term, setTerm] = useState('');

  const items = useMemo(() => {
    const toItems = (nodes: OrgNode[]): TreeItem[] =>
      nodes.map((n) => ({
        key: n.id,
        title: (
          <span data-testid={`org-node-${n.code}`} style={{ opacity: n.active ? 1 : 0.55 }}>
            {localName(n, i18n.language)} <span style={{ color: '#8c8c8c' }}>{n.code}</span>
            {!n.active && <Tag style={{ marginInlineStart: 6 }}>{t('org.inactive')}</Tag>}
          </span>
        ),
        children: toItems(n.children),
      }));
    return toItems(filterTree(tree, term.trim()));
  }, [tree, term, i18n.language, t]);

  return (
    <>
      <Input.Search allowClear placeholder={t('org.search')} onChange={(e) => setTerm(e.target.value)} style={{ marginBottom: 12 }} />
      <Tree<TreeItem>
        // remount when the data or the search changes, so that everything found is expanded
        key={`${term}|${countNodes(items)}`}
        treeData={items}
        defaultExpandAll
        showLine
        blockNode
        selectedKeys={selectedId === null ? [] : [selectedId]}
        onSelect={(keys) => keys[0] !== undefined && onSelect(Number(keys[0]))}
        data-testid="org-tree"
      />
    </>
  );
}
