// What journeys set up through the API rather than the screen (the screen under test comes after).
import { expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/constants.js';

/** Log in through the API: the context keeps the session cookie; writes need the CSRF token. */
export async function apiLogin(api: APIRequestContext, username: string, password: string) {
  const res = await api.post('/api/v1/auth/login', { data: { username, password } });
  expect(res.status()).toBe(200);
  const me = (await res.json()) as { csrfToken: string; user: { id: number } };
  const units = (await (await api.get('/api/v1/org-units')).json()) as { items: { id: number; code: string; nameEn: string | null }[] };
  const unit = (code: string) => units.items.find((u) => u.code === code)!;
  return { csrf: me.csrfToken, userId: me.user.id, unitId: (code: string) => unit(code).id, unitNameEn: (code: string) => unit(code).nameEn };
}

/** An inquiry received (R-SR-2: answered within 3 working days), owned by the clerk, as the inquiries module will record it. */
export async function openInquiryDeadline(api: APIRequestContext, entityId: string, at?: Date) {
  const clerk = await apiLogin(api, 'gz01.clerk', DEMO_PASSWORD);
  const res = await api.post('/api/v1/deadlines/events', {
    headers: { 'X-CSRF-Token': clerk.csrf },
    data: {
      entityType: 'inquiry', entityId, event: 'inquiry.received', orgUnitId: clerk.unitId('GZ01'), ownerId: clerk.userId,
      ...(at ? { at: at.toISOString() } : {}),
    },
  });
  expect(res.status()).toBe(200);
  const { opened } = (await res.json()) as { opened: number[] };
  expect(opened).toHaveLength(1);
  return { id: opened[0]!, csrf: clerk.csrf };
}
