import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { ListPage } from '../../../shared/list/ListPage';
import { useListParams, type ListSpec } from '../../../shared/list/useListParams';
import { useOrgUnits } from '../../../shared/org/useOrgUnits';
import { auditKeys, fetchAuditPage, type AuditEntry } from './audit.api';
import { AUDIT_FILTERS, AuditFilters, type AuditFilterKey } from './AuditFilters';
import { AuditEntryDrawer, useAuditColumns } from './AuditTable';
import { useCanVerifyChain } from './useCanVerifyChain';
import { VerifyChain } from './VerifyChain';

const SPEC: ListSpec<AuditFilterKey, 'seq' | 'at'> = { filters: AUDIT_FILTERS, sorts: ['seq', 'at'], defaultSort: '-seq' };

// No export here: the trail has no export route (a copy of it is `anxin backup`, whose restore checks the chain).

/** The append-only audit trail in your scope, newest first (R-SE-2): filter, sort, page (all in the address), open an entry. */
export default function AuditPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const org = useOrgUnits(can('org.read'));
  const list = useListParams(SPEC);
  const canVerify = useCanVerifyChain();
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const columns = useAuditColumns({ onActor: (actorId) => list.setFilters({ actorId }) });
  return (
    <>
      <ListPage<AuditEntry>
        testId="audit"
        rowKey={(e) => e.seq}
        rowTestId="audit-row"
        title={t('audit.title')}
        breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('audit.title') }]}
        filterBar={
          <>
            <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
            {canVerify && <VerifyChain />}
            <AuditFilters tree={org.tree} list={list} />
          </>
        }
        list={list}
        columns={columns}
        queryKey={[...auditKeys.list(), 'page']}
        fetchPage={fetchAuditPage}
        onRowClick={setOpen}
      />
      <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
