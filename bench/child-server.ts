import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { SERVER_NODE_FLAGS } from '../server/src/node-flags.js';

/** The parent asks for the child's CPU time; `ask` pairs each answer with its question. */
type ParentMessage = { ask: number };
type ChildMessage = { port: number } | { ask: number; cpuMs: number; systemMs: number; mainThreadMs: number | null };

/**
 * The main thread's own CPU time (user + system, ms) where Linux tells it (`/proc/thread-self/stat`):
 * what one request costs the event loop, without the GC's and libuv's helper threads.
 */
function mainThreadMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * The HTTP server settings the app runs with (Fastify's defaults; server/src/app.ts sets none of its
 * own), for the bare baselines: with node:http's own 5-s keep-alive a baseline closed the load
 * generator's idle sockets in the middle of a round, and a request sent as one closed was reset.
 */
export const APP_HTTP_TIMEOUTS = { keepAliveTimeout: 72_000, requestTimeout: 0 } as const;

/** A bare baseline's server, set as the app's (APP_HTTP_TIMEOUTS). */
export function likeTheApp<S extends Server>(server: S): S {
  server.keepAliveTimeout = APP_HTTP_TIMEOUTS.keepAliveTimeout;
  server.requestTimeout = APP_HTTP_TIMEOUTS.requestTimeout;
  return server;
}

/** In a child: tell the parent our port, answer CPU-time questions, and close cleanly when told to stop. */
export function reportListening(server: Server, close: () => Promise<void>): void {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void close().finally(() => process.exit(0)); // exit writes the --cpu-prof profile, if asked for
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop); // the parent died: do not linger
  process.on('message', (message: ParentMessage) => {
    const { user, system } = process.cpuUsage();
    process.send?.({ ask: message.ask, cpuMs: (user + system) / 1000, systemMs: system / 1000, mainThreadMs: mainThreadMs() } satisfies ChildMessage);
  });
  process.send?.({ port: address.port } satisfies ChildMessage);
}

export type CpuSplit = { cpuMs: number; systemMs: number; mainThreadMs: number | null };

export type ChildServer = {
  url: string;
  /** CPU time the server process has used so far (user + system), in ms. */
  cpuMs(): Promise<number>;
  /** The same, split: the kernel's part (system: socket writes and reads), and the main thread's (null off Linux). */
  cpuSplit(): Promise<CpuSplit>;
  stop(): Promise<void>;
};

/** Start `script` (TypeScript, next to this file) in its own Node process and wait for its port. `nodeArgs`: e.g. `--cpu-prof`. */
export async function startChildServer(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildServer> {
  const child = fork(new URL(script, import.meta.url), [], {
    execArgv: ['--import', import.meta.resolve('tsx'), ...SERVER_NODE_FLAGS, ...nodeArgs], // as `npm start` runs the server
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: ChildMessage) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before listening`)));
  });
  let asked = 0;
  const cpuSplit = () =>
    new Promise<CpuSplit>((resolve) => {
      const ask = ++asked;
      const onMessage = (message: ChildMessage) => {
        if ('cpuMs' in message && message.ask === ask) {
          child.off('message', onMessage);
          resolve({ cpuMs: message.cpuMs, systemMs: message.systemMs, mainThreadMs: message.mainThreadMs });
        }
      };
      child.on('message', onMessage);
      child.send({ ask } satisfies ParentMessage);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: async () => (await cpuSplit()).cpuMs,
    cpuSplit,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
