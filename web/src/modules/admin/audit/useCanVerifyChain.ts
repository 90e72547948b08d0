import { useSession } from '../../../session/useSession';
import { useOrgUnits } from '../../../shared/org/useOrgUnits';

/**
 * The hash chain is one for the whole company, so the server lets only holders of audit.read
 * at head office check it. /auth/me does not say which grant sits at head office: find the
 * head office among the org units in scope and look for an audit.read role granted there.
 */
export function useCanVerifyChain(): boolean {
  const { me, can, roleCatalog } = useSession();
  const { units } = useOrgUnits(can('org.read'));
  const headOffice = units.find((u) => u.level === 'head_office');
  if (!me || !headOffice || !roleCatalog) return false;
  return me.roles.some(
    (grant) =>
      grant.orgUnitId === headOffice.id &&
      !!roleCatalog.roles.find((r) => r.id === grant.role)?.permissions.includes('audit.read'),
  );
}
