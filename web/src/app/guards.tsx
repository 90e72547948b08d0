import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session/useSession';
import type { Permission } from '../session/types';
import { mayOpen } from '../modules/catalog';
import { Forbidden, PageSpinner } from './StatusPages';

/**
 * Pages behind the login. A user who must change their password sees nothing else until
 * they have (the server refuses everything else anyway).
 */
export function RequireSignedIn({ children, allowPasswordChange = false }: { children: ReactNode; allowPasswordChange?: boolean }) {
  const { status, me } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageSpinner />;
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.user.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

export function RequirePermission({ anyOf, children }: { anyOf: Permission[] | 'signedIn'; children: ReactNode }) {
  const { can } = useSession();
  return mayOpen({ anyOf }, can) ? <>{children}</> : <Forbidden />;
}
