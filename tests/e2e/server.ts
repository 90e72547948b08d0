import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../server/src/node-flags.js';

export const E2E_ADMIN_PASSWORD = 'E2e-Passw0rd-42';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the built app is: the repository unless ANXIN_E2E_APP_DIR points at another build. */
const APP_DIR = process.env.ANXIN_E2E_APP_DIR ?? ROOT;
const MAIN = path.join(APP_DIR, 'dist/server/main.js');
const WEB_INDEX = path.join(APP_DIR, 'dist/web/index.html');

export type RunningServer = { baseUrl: string; stop: () => Promise<number | null>; output: () => string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server not healthy within ${timeoutMs} ms:\n${output()}`);
}

/**
 * The built server (`npm run build` first) on a free port, with a fresh embedded database
 * and the demo data, as a user would start it. `stop()` sends SIGTERM and returns the exit code.
 */
export async function startServer(): Promise<RunningServer> {
  for (const file of [MAIN, WEB_INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'anxin-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ANXIN_DATA_DIR: dataDir,
    ANXIN_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
    ANXIN_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.ANXIN_KEYS;
  delete env.ANXIN_KEY_FILE;
  delete env.ANXIN_DEMO;

  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], { cwd: APP_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const output = () => log;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000))]);
    if (code === 'timeout') {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`Server did not exit within 15 s of SIGTERM:\n${log}`);
    }
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };

  try {
    await waitForHealth(baseUrl, child, output, 60_000);
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { baseUrl, stop, output };
}
