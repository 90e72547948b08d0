import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Client } from '../../../../tests/helpers/test-app.js';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';

// What every endpoint shares: the error shape, request ids, the API description, paging, versions.
describe('API conventions', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });

  const userCount = async () => (await t.db.selectFrom('app_user').select('id').execute()).length;
  const byPath = (fields: { path: string; message: string }[]) => [...fields].sort((a, b) => a.path.localeCompare(b.path));

  describe('errors', () => {
    const badUser = async () => ({
      username: 'bad name!', // spaces and punctuation are not allowed
      orgUnitId: await t.orgId('GZ01'),
      mobile: '1380013', // too short for a mainland mobile
      roles: [{ role: 'agent', orgUnitId: await t.orgId('GZ01') }],
    });

    it('reports every wrong field of a user form at once, in Chinese, and stores nothing', async () => {
      const before = await userCount();
      const res = await admin.post('/api/v1/users', await badUser());
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(Object.keys(error).sort()).toEqual(['code', 'fields', 'message', 'requestId']);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toBe('提交的内容有误，请按提示修改');
      expect(byPath(error.fields)).toEqual([
        { path: 'displayName', message: '必填' },
        { path: 'mobile', message: '手机号格式不正确（11 位，以 1 开头）' },
        { path: 'username', message: '格式不正确' },
      ]);
      expect(await userCount()).toBe(before);
    });

    it('gives the same field errors in English on request', async () => {
      const res = await admin.request('POST', '/api/v1/users', await badUser(), { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('Some fields need correcting');
      expect(byPath(res.json().error.fields)).toEqual([
        { path: 'displayName', message: 'is required' },
        { path: 'mobile', message: 'must be an 11-digit mainland mobile number' },
        { path: 'username', message: 'has the wrong format' },
      ]);
    });

    it('names nested and query fields by their path', async () => {
      const nested = await admin.post('/api/v1/users', {
        username: 'gz01.newagent', displayName: '新业务员', orgUnitId: await t.orgId('GZ01'), roles: [{ role: 'agent' }],
      });
      expect(nested.statusCode).toBe(400);
      expect(nested.json().error.fields).toEqual([{ path: 'roles.0.orgUnitId', message: '必填' }]);

      // A union field (a nullable e-mail, a role out of a list) gives one message a person can act on.
      const unions = await admin.post('/api/v1/users', {
        username: 'gz01.newagent', displayName: '新业务员', orgUnitId: await t.orgId('GZ01'), email: 'not-an-email',
        roles: [{ role: 'pilot', orgUnitId: await t.orgId('GZ01') }],
      });
      expect(byPath(unions.json().error.fields)).toEqual([
        { path: 'email', message: '格式不正确（email）' },
        { path: 'roles.0.role', message: expect.stringMatching(/^只能是：agent, clerk, .*admin$/) },
      ]);

      const query = await admin.get('/api/v1/users?limit=0');
      expect(query.statusCode).toBe(400);
      expect(query.json().error.fields).toEqual([{ path: 'query.limit', message: '不能小于 1' }]);
    });

    it('answers an unknown route with a JSON 404, logged in or not', async () => {
      for (const res of [
        await admin.get('/api/v1/no-such-thing'),
        await admin.post('/api/v1/no-such-thing', {}),
        await t.app.inject({ method: 'GET', url: '/api/v2/users' }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '接口不存在', fields: [] });
      }
    });
  });

  describe('request ids', () => {
    it('gives every response an x-request-id, the same one the error body quotes', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json().error.requestId).toBe(res.headers['x-request-id']);
      const ok = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(ok.headers['x-request-id']).not.toBe(res.headers['x-request-id']);
    });

    it('echoes a safe request id from a proxy and replaces an unsafe one', async () => {
      const safe = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'proxy-7f3a.0001_x' } });
      expect(safe.headers['x-request-id']).toBe('proxy-7f3a.0001_x');
      for (const unsafe of ['short', 'has spaces in it', '<script>alert(1)</script>', 'x'.repeat(65)]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': unsafe } });
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('writes the request id into the audit entry of a write', async () => {
      const gz01 = await t.orgId('GZ01');
      const unit = (await admin.get(`/api/v1/org-units/${gz01}`)).json();
      const res = await admin.request('PATCH', `/api/v1/org-units/${gz01}`, { version: unit.version, nameEn: 'Guangzhou Office One' }, { 'x-request-id': 'trace-org-rename-01' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-request-id']).toBe('trace-org-rename-01');
      const entry = await t.db.selectFrom('audit_log').selectAll().where('request_id', '=', 'trace-org-rename-01').execute();
      expect(entry).toHaveLength(1);
      expect(entry[0]).toMatchObject({ action: 'org_unit.update', entity_id: String(gz01), actor_id: admin.userId });
    });
  });

  describe('API description', () => {
    it('publishes an OpenAPI 3 document listing the users and org-unit endpoints', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
        '/api/v1/users', '/api/v1/users/{id}', '/api/v1/users/{id}/roles', '/api/v1/org-units', '/api/v1/org-units/{id}',
      ]));
      expect(doc.paths['/api/v1/users'].post.requestBody).toBeDefined();
    });

    it('serves the interactive documentation as HTML', async () => {
      let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
      if (res.statusCode === 302) res = await t.app.inject({ method: 'GET', url: String(res.headers.location) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toMatch(/<html/i);
    });
  });

  describe('cursor pagination of users', () => {
    const walk = async (client: Client) => {
      const ids: number[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res = await client.get(`/api/v1/users?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode).toBe(200);
        const body = res.json() as { items: { id: number }[]; nextCursor: string | null };
        expect(body.items.length).toBeLessThanOrEqual(5);
        ids.push(...body.items.map((u) => u.id));
        cursor = body.nextCursor;
        if (!cursor) return ids;
      }
      throw new Error('pagination did not end');
    };

    it('pages of five cover every user in scope exactly once, newest first', async () => {
      const ids = await walk(admin);
      const stored = await t.db.selectFrom('app_user').select('id').orderBy('id', 'desc').execute();
      expect(ids).toEqual(stored.map((r) => r.id));
    });

    it('a city supervisor pages through the users of the city only', async () => {
      const ids = await walk(await t.login('gz.supervisor'));
      const { rows } = await sql<{ id: number }>`
        select u.id from app_user u join org_unit o on o.id = u.org_unit_id
        where o.path like '/HO/GD/GZ/%' order by u.id desc`.execute(t.db);
      expect(rows.length).toBeGreaterThan(5);
      expect(ids).toEqual(rows.map((r) => r.id));
    });

    it('refuses a garbage cursor with a field error', async () => {
      for (const cursor of ['garbage', 'WyJhIl0', '%%%']) {
        const res = await admin.get(`/api/v1/users?cursor=${encodeURIComponent(cursor)}`);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
        expect(res.json().error.fields).toEqual([{ path: 'query.cursor', message: expect.any(String) }]);
      }
    });
  });

  describe('optimistic concurrency', () => {
    it('two edits made from the same version: the second is refused 409 with the current record', async () => {
      const clerkId = await t.userId('fs01.clerk');
      const read = (await admin.get(`/api/v1/users/${clerkId}`)).json();

      const first = await admin.patch(`/api/v1/users/${clerkId}`, { version: read.version, displayName: '第一次修改' });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(read.version + 1);

      const second = await admin.patch(`/api/v1/users/${clerkId}`, { version: read.version, displayName: '第二次修改', email: 'x@example.com' });
      expect(second.statusCode).toBe(409);
      const { error } = second.json();
      expect(error.code).toBe('VERSION_CONFLICT');
      expect(error.message).toBe('该记录已被他人修改，请刷新后基于最新内容再修改');
      expect(error.current).toMatchObject({ id: clerkId, version: read.version + 1, displayName: '第一次修改' });

      const stored = await t.db.selectFrom('app_user').select(['display_name', 'email', 'version']).where('id', '=', clerkId).executeTakeFirstOrThrow();
      expect(stored).toEqual({ display_name: '第一次修改', email: read.email, version: read.version + 1 });
      const updates = await t.db.selectFrom('audit_log').select('seq')
        .where('action', '=', 'user.update').where('entity_id', '=', String(clerkId)).execute();
      expect(updates).toHaveLength(1);
    });
  });
});
