import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers (helmet's defaults and our content security policy) on every answer.
 * They do not vary by request (no nonces), so helmet runs once at start against a recorder and
 * each answer gets the recorded headers: @fastify/helmet built the whole helmet middleware again on
 * every request (its CSP directives parsed each time), a measurable share of a list's CPU
 * (docs/PERFORMANCE.md, screens).
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = recordHelmetHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** The headers helmet sets with `options`, by name (lower case). */
export function recordHelmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as never, recorder, (err?: unknown) => void (failure = err));
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}
