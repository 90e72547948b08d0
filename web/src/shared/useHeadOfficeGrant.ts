import { useSession } from '../session/useSession';
import type { Permission } from '../session/types';
import { useOrgUnits } from './org/useOrgUnits';

/**
 * Company-wide matters (the audit chain, the national calendar, deadline rules) are the head
 * office's: the server wants the permission granted at the root unit. /auth/me does not say
 * which grant sits at head office, so find the head office among the org units in scope and
 * look for a role granted there that carries the permission. The server still decides.
 */
export function useHeadOfficeGrant(permission: Permission): boolean {
  const { me, can, roleCatalog } = useSession();
  const { units } = useOrgUnits(can('org.read') && can(permission));
  const headOffice = units.find((u) => u.level === 'head_office');
  if (!me || !headOffice || !roleCatalog) return false;
  return me.roles.some(
    (grant) =>
      grant.orgUnitId === headOffice.id &&
      !!roleCatalog.roles.find((r) => r.id === grant.role)?.permissions.includes(permission),
  );
}
