import { openSync, writeSync, closeSync, readFileSync, unlinkSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An exclusive lock on the embedded data directory.
 *
 * Two processes writing one PGlite directory silently lose committed rows (PGlite #1106),
 * so the second process must be refused before it opens anything. The lock file holds the
 * owner's pid; a lock whose process is gone (crash, kill -9) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(
      `The data directory ${dataDir} is in use by another Anxin process (pid ${ownerPid}). ` +
        `Only one process may open the embedded database at a time: stop that process first, ` +
        `or point DATABASE_URL at a PostgreSQL server. ` +
        `数据目录正被另一个安心进程（pid ${ownerPid}）使用，请先停止该进程。`,
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = { release(): void };

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'anxin.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (readOwner(lockPath)?.pid === process.pid) unlinkSync(lockPath);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(lockPath);
      if (owner && owner.host === os.hostname() && !isAlive(owner.pid)) {
        // Stale lock from a process that died without cleaning up: take it over once.
        unlinkSync(lockPath);
        continue;
      }
      throw new DataDirLockedError(dataDir, owner?.pid ?? -1);
    }
  }
  throw new DataDirLockedError(dataDir, readOwner(lockPath)?.pid ?? -1);
}

function readOwner(lockPath: string): { pid: number; host: string } | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; host: string };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
