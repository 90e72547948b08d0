import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';
import { recordHelmetHeaders } from './security-headers.js';

// The security headers are recorded from helmet once at start (security-headers.ts): every answer
// carries them — a page, an API answer, a refusal before the guard lets anything through.
describe('security headers', () => {
  const { t, user: clerk } = useTestApp({ login: 'gz01.clerk' });

  const expectSecure = (headers: Record<string, unknown>) => {
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-src 'self' blob:");
    expect(csp).not.toContain('upgrade-insecure-requests'); // plain HTTP on an office LAN
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toBeUndefined(); // no HSTS without secure cookies
    expect(headers['x-powered-by']).toBeUndefined();
  };

  it('on an answer, a refusal (401) and an unknown route (404)', async () => {
    const ok = await clerk.get('/api/v1/clients');
    expect(ok.statusCode).toBe(200);
    expectSecure(ok.headers);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/clients' });
    expect(refused.statusCode).toBe(401);
    expectSecure(refused.headers);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(missing.statusCode).toBe(404);
    expectSecure(missing.headers);
  });

  it('behind HTTPS: HSTS and upgrade of insecure requests', () => {
    const headers = recordHelmetHeaders({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': [] } }, hsts: true });
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
