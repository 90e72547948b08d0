import { fork } from 'node:child_process';
import type { Server } from 'node:http';

/** In a child: tell the parent our port, and close cleanly when told to stop. */
export function reportListening(server: Server, close: () => Promise<void>): void {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  const stop = () => void close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop); // the parent died: do not linger
  process.send?.({ port: address.port });
}

export type ChildServer = { url: string; stop(): Promise<void> };

/** Start `script` (TypeScript, next to this file) in its own Node process and wait for its port. */
export async function startChildServer(script: string, env: Record<string, string>): Promise<ChildServer> {
  const child = fork(new URL(script, import.meta.url), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
