import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../../app.js';
import { readConfig } from '../../config.js';
import { parseKeyring } from '../pii/index.js';
import { openTestDatabase } from '../../../../tests/helpers/test-database.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';
import { redactUrl } from './log-redaction.js';

// Issue 9, item 9 (PIPL): a search by mobile or ID number must not write the number into the log.
describe('the request log', () => {
  it('masks query values that can carry personal data and keeps the harmless ones', () => {
    expect(redactUrl('/api/v1/clients/search?q=13800138000&limit=10')).toBe('/api/v1/clients/search?q=***&limit=10');
    expect(redactUrl('/api/v1/clients?name=%E7%8E%8B&agentId=7')).toBe('/api/v1/clients?name=***&agentId=7');
    // A list cursor carries the last row's sort key: here ["name","任敏",323], a client's name.
    expect(redactUrl('/api/v1/clients?sort=name&limit=3&cursor=WyJuYW1lIiwi5Lu75pWPIiwzMjNd')).toBe('/api/v1/clients?sort=name&limit=3&cursor=***');
    expect(redactUrl('/api/v1/policies?policyNo=P1&%71=110105194912310021')).toBe('/api/v1/policies?policyNo=***&%71=***');
    expect(redactUrl('/api/v1/health')).toBe('/api/v1/health');
  });

  it('masks what the second probe smuggled past: matrix parameters, an encoded equals sign, numbers in the path', () => {
    expect(redactUrl('/api/v1/clients/search;q=13912345678')).toBe('/api/v1/clients/search;***');
    expect(redactUrl('/api/v1/clients/search?q%3D13912345678')).toBe('/api/v1/clients/search?***');
    expect(redactUrl('/api/v1/clients/11010519491231002X')).toBe('/api/v1/clients/***');
    expect(redactUrl('/api/v1/clients/13912345678/timeline?unread')).toBe('/api/v1/clients/***/timeline?unread');
    // A mobile written with dashes or spaces, as people copy it.
    expect(redactUrl('/api/v1/clients/139-1234-5678')).toBe('/api/v1/clients/***');
    expect(redactUrl('/api/v1/clients/139%201234%205678')).toBe('/api/v1/clients/***');
    expect(redactUrl('/api/v1/clients/385')).toBe('/api/v1/clients/385');
    expect(redactUrl('/api/v1/clients/385?limit=10&')).toBe('/api/v1/clients/385?limit=10&'); // ids stay readable
  });

  it('holds no mobile or ID number after searches by them', async () => {
    const snapshot = inject('snapshot');
    const { database, dropDatabase } = await openTestDatabase(snapshot);
    const lines: string[] = [];
    const config = { ...readConfig({}), logLevel: 'info' };
    const app = await buildApp({ database, config, keyring: parseKeyring({ json: snapshot.keys, source: 'test' }), logger: { stream: { write: (l) => lines.push(l) } } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'gz.supervisor', password: DEMO_PASSWORD } });
      const cookie = `anxin_session=${login.cookies.find((c) => c.name === 'anxin_session')!.value}`;
      for (const q of ['13800138000', '110105194912310021', '王秀英']) {
        const res = await app.inject({ url: `/api/v1/clients/search?q=${encodeURIComponent(q)}`, headers: { cookie } });
        expect(res.statusCode).toBe(200);
      }
      const log = lines.join('');
      expect(log).toContain('/api/v1/clients/search?q=***'); // the request is logged…
      for (const secret of ['13800138000', '110105194912310021', encodeURIComponent('王秀英'), '王秀英']) expect(log).not.toContain(secret); // …without the value
    } finally {
      await app.close();
      await dropDatabase();
    }
  });
});
