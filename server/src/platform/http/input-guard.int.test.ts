import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

// Issue 9, items 2-6: what an outside probe sent and got a 500 (or the framework's own error) for.
// Every answer is 4xx in the one error shape, names the field, and stores nothing.
describe('bad input on any route', () => {
  let t: TestApp;
  let supervisor: Client;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('gz.supervisor');
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;
  const clientCount = async () => Number((await t.db.selectFrom('client').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('ids past the integer range are refused as too large, in path, body and query', async () => {
    const path = await supervisor.get('/api/v1/clients/2147483648');
    expect(path.statusCode).toBe(400);
    expect(fieldsOf(path)).toEqual([{ path: 'params.id', message: '不能大于 2147483647' }]);

    const before = await clientCount();
    const body = await supervisor.post('/api/v1/clients', { kind: 'person', orgUnitId: '12345678901234567890', name: '范围外' });
    expect(body.statusCode).toBe(400);
    expect(fieldsOf(body)).toContainEqual({ path: 'orgUnitId', message: '不能大于 2147483647' });
    expect(await clientCount()).toBe(before);

    const digits = await supervisor.post('/api/v1/clients', { kind: 'person', orgUnitId: '9'.repeat(400), name: '范围外' });
    expect(fieldsOf(digits)).toContainEqual({ path: 'orgUnitId', message: '不能大于 2147483647' });
    expect(await clientCount()).toBe(before);

    const deadline = await supervisor.post('/api/v1/deadlines/99999999999999999999/cancel', { version: 1, reason: '测试' });
    expect(deadline.statusCode).toBe(400);
    expect(fieldsOf(deadline)[0]!.path).toBe('params.id');

    const query = await supervisor.get('/api/v1/clients?agentId=99999999999');
    expect(query.statusCode).toBe(400);
    expect(fieldsOf(query)).toEqual([{ path: 'query.agentId', message: '不能大于 2147483647' }]);
  });

  it('an id with a space or in another notation is not read as a number ( 1, 1e3, 0x1)', async () => {
    for (const id of ['%201', '1%20', '1e3', '0x1', '1.0']) {
      const res = await supervisor.get(`/api/v1/clients/${id}`);
      expect(res.statusCode, id).toBe(400);
      expect(fieldsOf(res), id).toEqual([{ path: 'params.id', message: '应为整数（不含空格、小数点或其他字符）' }]);
    }
    const en = await supervisor.get('/api/v1/clients?agentId=%201', { 'accept-language': 'en' });
    expect(fieldsOf(en)).toEqual([{ path: 'query.agentId', message: 'must be a whole number (no spaces, decimal point or other characters)' }]);
  });

  it('0 for a nullable id is refused, not read as null (found by the third probe: {"agentId":0} cleared the agent)', async () => {
    const before = await clientCount();
    for (const agentId of [0, -0, -5]) {
      const res = await supervisor.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ01'), name: '零号代理', agentId });
      expect(res.statusCode, String(agentId)).toBe(400);
      expect(fieldsOf(res), String(agentId)).toEqual([{ path: 'agentId', message: '不能小于 1' }]);
    }
    expect(await clientCount()).toBe(before);
    const none = await supervisor.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ01'), name: '无代理', agentId: null });
    expect(none.statusCode).toBe(201);
    expect(none.json().client.agentId).toBeNull();
  });

  it('a NUL byte anywhere is refused with the field named, not passed to the database', async () => {
    const search = await supervisor.get('/api/v1/clients/search?q=%00');
    expect(search.statusCode).toBe(400);
    expect(fieldsOf(search)).toEqual([{ path: 'query.q', message: '含有无法保存的字符（如 NUL 等不可见字符或残缺的表情符号），请删除后重新输入' }]);

    const rule = await admin.patch('/api/v1/deadline-rules/%00', { version: 1 });
    expect(rule.statusCode).toBe(400);
    expect(fieldsOf(rule)[0]!.path).toBe('params.id');

    const before = await clientCount();
    const body = await supervisor.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ01'), name: '王\u0000五', address: { 'a\u0000': 1 } });
    expect(body.statusCode).toBe(400);
    expect(fieldsOf(body)).toContainEqual({ path: 'name', message: '含有无法保存的字符（如 NUL 等不可见字符或残缺的表情符号），请删除后重新输入' });
    expect(await clientCount()).toBe(before);

    // Half an emoji (a lone surrogate) would break the audit entry's JSON in the database.
    const deadline = (await t.db.selectFrom('deadline').select(['id', 'version']).where('state', '=', 'open').limit(1).executeTakeFirstOrThrow());
    const half = await supervisor.post(`/api/v1/deadlines/${deadline.id}/cancel`, { version: deadline.version, reason: 'a\udc00b' });
    expect(half.statusCode).toBe(400);
    expect(fieldsOf(half)).toEqual([{ path: 'reason', message: '含有无法保存的字符（如 NUL 等不可见字符或残缺的表情符号），请删除后重新输入' }]);
    const emoji = await supervisor.get(`/api/v1/clients/search?q=${encodeURIComponent('王😀')}`);
    expect(emoji.statusCode).toBe(200); // a whole emoji is fine
  });

  it('a required text of blanks only is missing, whatever the module (not a database error)', async () => {
    const insurer = (await admin.get('/api/v1/insurers?limit=1')).json().items[0];
    const res = await admin.post('/api/v1/products', { insurerId: insurer.id, code: 'BLANK-1', name: '\t\n', lineOfBusiness: 'other', termType: 'long_term' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContainEqual({ path: 'name', message: '必填' });
  });

  it('a deadline rule cannot be stretched past the calendar (1,000 is a number of days, not of years)', async () => {
    const rules = (await admin.get('/api/v1/deadline-rules')).json().items as { id: string; version: number; unit: string; duration: number }[];
    const rule = rules.find((r) => r.unit === 'working_days')!;
    const far = await admin.patch(`/api/v1/deadline-rules/${rule.id}`, { version: rule.version, unit: 'years', duration: 1000 });
    expect(far.statusCode).toBe(400);
    expect(fieldsOf(far)).toEqual([{ path: 'duration', message: '不能大于 30' }]);
    const after = (await admin.get('/api/v1/deadline-rules')).json().items.find((r: { id: string }) => r.id === rule.id);
    expect(after).toMatchObject({ unit: 'working_days', duration: rule.duration, version: rule.version });
    const month = await admin.patch(`/api/v1/deadline-rules/${rule.id}`, { version: rule.version, unit: 'day_of_month', duration: 32 });
    expect(fieldsOf(month)).toEqual([{ path: 'duration', message: '不能大于 31' }]);
  });

  it('a damaged xlsx for the calendar preview is a field error, as in imports', async () => {
    const res = await admin.post('/api/v1/calendar/years/2027/parse', { xlsxBase64: 'AAAA' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'xlsxBase64', message: '文件已损坏或不是 xlsx 文件，无法读取' }]);
  });

  it('dates outside 1900-2199 or not on the calendar are refused with the range', async () => {
    const wide = await supervisor.get('/api/v1/calendar/working-days?from=0001-01-01&to=9999-12-31');
    expect(wide.statusCode).toBe(400);
    expect(fieldsOf(wide)).toEqual([
      { path: 'query.from', message: '应为 1900-01-01 至 2199-12-31 之间的有效日期（YYYY-MM-DD）' },
      { path: 'query.to', message: '应为 1900-01-01 至 2199-12-31 之间的有效日期（YYYY-MM-DD）' },
    ]);
    const feb30 = await supervisor.get('/api/v1/calendar/working-days?from=2026-02-30&to=2026-03-01');
    expect(feb30.statusCode).toBe(400);
    // The whole sane range still answers (the calendar falls back to statutory holidays where unpublished).
    const span = await supervisor.get('/api/v1/calendar/working-days?from=1900-01-01&to=2199-12-31');
    expect(span.statusCode).toBe(200);
    expect(span.json().count).toBeGreaterThan(70_000);
  });

  it('N working days from a date near the calendar\'s first year is a field error, not a 500 (found by the second probe)', async () => {
    const res = await supervisor.get('/api/v1/calendar/add-working-days?from=1900-01-10&days=-10');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'query.days', message: '推算结果超出日历覆盖的年份（1900-2250 年），请减少天数' }]);
    const inside = await supervisor.get('/api/v1/calendar/add-working-days?from=1900-03-01&days=-10');
    expect(inside.statusCode).toBe(200);
    expect(inside.json().date).toMatch(/^1900-02-/);
  });

  it('a forged cursor is a field error on every cursor list, and a real one still pages on', async () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const clientId = (await t.db.selectFrom('client').select('id').where('org_unit_id', '=', await t.orgId('GZ01')).limit(1).executeTakeFirstOrThrow()).id;
    const lists = ['/api/v1/deadlines', '/api/v1/insurers', '/api/v1/products', '/api/v1/notifications', `/api/v1/clients/${clientId}/timeline`];
    const forged = [[1, 99999999999], [1, -5], [99999999999, 1], ['x', 1], ['2026-02-30T00:00:00.000Z', 1], ['0001-01-01T00:00:00.000Z', 1], ['\u0000', 1], [1e21, 1], [1, 1.5], [1, 1, 1]];
    for (const path of lists) {
      for (const value of forged) {
        const res = await supervisor.get(`${path}?cursor=${forge(value)}`);
        expect([path, value, res.statusCode]).toEqual([path, value, 400]);
        expect(fieldsOf(res)).toEqual([{ path: 'query.cursor', message: '翻页参数无效，请从第一页重新查询' }]);
      }
    }
    const audit = await admin.get(`/api/v1/audit?cursor=${forge([2 ** 60, 2 ** 60])}`);
    expect(audit.statusCode).toBe(400);

    const first = await supervisor.get('/api/v1/deadlines?limit=2');
    expect(first.statusCode).toBe(200);
    const next = await supervisor.get(`/api/v1/deadlines?limit=2&cursor=${first.json().nextCursor}`);
    expect(next.statusCode).toBe(200);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);
  });

  it('an empty file for the calendar preview is refused, not read as an empty schedule', async () => {
    const res = await admin.post('/api/v1/calendar/years/2027/parse', { xlsxBase64: '' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).map((f) => f.path)).toEqual(['xlsxBase64']);
  });

  it('a workbook that holds no worksheet is refused, not read as an empty schedule (found by the third probe)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const res = await admin.post('/api/v1/calendar/years/2027/parse', { xlsxBase64: empty.toString('base64') });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'xlsxBase64', message: '文件已损坏或不是 xlsx 文件，无法读取' }]);
  });

  it('what the HTTP parser refuses before routing (a URL over 16 KB, garbage) answers in the one error shape too', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(text));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string; fields: unknown[]; requestId: string } };

    const huge = await raw(`GET /api/v1/clients/search?q=${'1'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(huge).error).toMatchObject({ code: 'REQUEST_HEADERS_TOO_LARGE', message: '请求地址或请求头过长，请检查链接或输入的内容', fields: [] });

    const english = await raw(`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(english).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(english).error.message).toBe('The address or the request headers are too long; check the link or what you entered');

    const garbage = await raw('NOT A REQUEST\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(garbage).error).toMatchObject({ code: 'BAD_REQUEST', fields: [] });
  });

  it('a path parameter too long for the router answers in the one error shape; a long one below that limit is a field error', async () => {
    // Past the router's limit no API route matches (the web app's catch-all hands /api/ paths back).
    const tooLong = await supervisor.get(`/api/v1/clients/${'9'.repeat(5000)}`);
    expect(tooLong.statusCode).toBe(404);
    expect(tooLong.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '接口不存在', fields: [] });

    const long = await supervisor.get(`/api/v1/clients/${'9'.repeat(500)}`);
    expect(long.statusCode).toBe(400);
    expect(fieldsOf(long)[0]!.path).toBe('params.id');

    const badUrl = await supervisor.get('/api/v1/clients/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().error.code).toBe('BAD_URL');
  });
});
