import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createQueryClient } from '../api/query';
import type { Session } from '../session/SessionProvider';
import type { Permission, RoleCatalog } from '../session/types';

/** Render inside what Root gives every page: the query cache (the app's own defaults) and antd's App. */
export function renderWithApp(ui: ReactElement, queryClient: QueryClient = createQueryClient()) {
  return { queryClient, ...render(<QueryClientProvider client={queryClient}><AntApp>{ui}</AntApp></QueryClientProvider>) };
}

type Reply = { status?: number; body?: unknown };

/**
 * Stub the server: `routes` maps "METHOD /api/v1/path" (path without the query) to a reply, or a
 * function of the request giving one. Every call is recorded on the returned mock.
 */
export function stubServer(routes: Record<string, Reply | ((url: URL, init: RequestInit) => Reply)>) {
  const fetchMock = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const key = `${init.method ?? 'GET'} ${url.pathname}`;
    const route = routes[key];
    if (!route) return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: key } }), { status: 404 });
    const reply = typeof route === 'function' ? route(url, init) : route;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The calls made to one "METHOD /path". */
export function callsTo(fetchMock: ReturnType<typeof stubServer>, key: string) {
  return fetchMock.mock.calls.filter(([input, init]) => `${init?.method ?? 'GET'} ${new URL(input, 'http://localhost').pathname}` === key);
}

/** A signed-in session holding `permissions`, for components that ask useSession(). */
export function sessionWith(permissions: Permission[], roleCatalog: RoleCatalog | null = null): Session {
  return {
    status: 'signedIn',
    me: null,
    roleCatalog,
    can: (p) => permissions.includes(p),
    roleName: (role) => role,
    login: () => Promise.reject(new Error('not in a unit test')),
    logout: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
  };
}
