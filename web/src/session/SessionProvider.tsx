import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, onAuthProblem, setCsrfToken } from '../api/client';
import type { BodyOf, ResponseOf } from '../api/types';
import type { Me, Permission, RoleCatalog } from './types';

export type Session = {
  status: 'loading' | 'anonymous' | 'signedIn';
  me: Me | null;
  can: (permission: Permission) => boolean;
  /** The localised name of a role id (业务员 / Sales agent). */
  roleName: (role: string) => string;
  roleCatalog: RoleCatalog | null;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<Session['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const queryClient = useQueryClient();

  const signedIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
    setStatus('signedIn');
  }, []);

  const signedOut = useCallback(() => {
    queryClient.clear(); // nothing read for one user is shown to the next
    setCsrfToken(null);
    setMe(null);
    setStatus('anonymous');
  }, [queryClient]);

  const refresh = useCallback(async () => {
    try {
      signedIn(await api.get<Me>('/auth/me'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) signedOut();
      else throw err;
    }
  }, [signedIn, signedOut]);

  useEffect(() => {
    refresh().catch(() => setStatus('anonymous'));
  }, [refresh]);

  useEffect(() => {
    onAuthProblem((code) => {
      if (code === 'UNAUTHENTICATED') signedOut();
      else void refresh(); // PASSWORD_CHANGE_REQUIRED: the guard then shows the change-password page
    });
    return () => onAuthProblem(null);
  }, [refresh, signedOut]);

  const roleCatalog =
    useQuery({ queryKey: ['roles'], queryFn: () => api.get<RoleCatalog>('/roles'), enabled: status === 'signedIn', staleTime: Number.POSITIVE_INFINITY }).data ?? null;

  const value = useMemo<Session>(() => {
    const permissions = new Set(me?.permissions ?? []);
    const english = i18n.language === 'en';
    return {
      status,
      me,
      roleCatalog,
      can: (permission) => permissions.has(permission),
      roleName: (role) => {
        const found = roleCatalog?.roles.find((r) => r.id === role);
        return found ? (english ? found.en : found.zh) : role;
      },
      login: async (username, password) => {
        const next = await api.post<ResponseOf<'/auth/login', 'post'>>('/auth/login', { username, password } satisfies BodyOf<'/auth/login', 'post'>);
        signedIn(next);
        return next;
      },
      logout: async () => {
        try {
          await api.post('/auth/logout');
        } finally {
          signedOut();
        }
      },
      refresh,
    };
  }, [status, me, roleCatalog, i18n.language, signedIn, signedOut, refresh]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
