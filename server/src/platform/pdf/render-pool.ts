import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildReply, ChildRequest } from './render-protocol.js';

/**
 * PDFs from Typst templates (notices: 批单, 退保说明确认书 …), rendered in a small pool of child
 * processes. Why processes: the compiler's memory grows ~1-2 MB per document and only a process
 * exit frees it (STACK.md "PDF notices"), so each child is retired after `recycleAfter` documents;
 * and a compile never stalls the server's event loop. Data reaches a template as `sys.inputs`
 * (strings; JSON for structured data): a template is never text built from data.
 */
export interface PdfRenderer {
  /** The PDF of `mainFile` (absolute, inside `workspace`) with `inputs`; PdfRenderError when it does not compile. */
  render(job: RenderJob): Promise<Buffer>;
  /** Ends every child (shutdown). */
  close(): Promise<void>;
  /** Children started so far and documents rendered (tests, the benchmark). */
  stats(): { started: number; rendered: number; live: number };
}

export type RenderJob = { workspace: string; mainFile: string; inputs: Record<string, string> };

/** `template`: the template does not compile with this data (its author's to fix); `renderer`: the process failed (worth another try). */
export class PdfRenderError extends Error {
  constructor(message: string, readonly fault: 'template' | 'renderer' = 'renderer') {
    super(`the PDF could not be rendered: ${message}`);
  }
}

export type PdfRendererOptions = {
  /** Children at most (default 2: this product runs on small office machines). */
  size?: number;
  /** Documents a child renders before it is retired (its memory freed). */
  recycleAfter?: number;
  /** A render longer than this ends its child and fails. */
  timeoutMs?: number;
  /** An idle child ends after this long. */
  idleMs?: number;
};

/** The renderer processes' niceness (0 normal … 19 lowest). */
const RENDER_NICENESS = 10;

type Pending = { resolve(pdf: Buffer): void; reject(error: Error): void; timer: NodeJS.Timeout };
type Worker = { child: ChildProcess; ready: Promise<void>; busy: boolean; rendered: number; retiring: boolean; pending: Map<number, Pending>; idle?: NodeJS.Timeout };
type Queued = { job: RenderJob; resolve(pdf: Buffer): void; reject(error: Error): void };

/** The child's script: the compiled .js beside this file, or the .ts source under tsx (tests, `npm run dev`). */
function childScript(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { file: path.join(path.dirname(here), 'render-child.ts'), execArgv: ['--import', 'tsx'] };
  return { file: path.join(path.dirname(here), 'render-child.js'), execArgv: [] };
}

/** Is `file` an absolute path inside `workspace`? (Typst resolves nothing outside it.) */
export function insideWorkspace(workspace: string, file: string): boolean {
  if (!path.isAbsolute(workspace) || !path.isAbsolute(file)) return false;
  const rel = path.relative(workspace, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function createPdfRenderer(opts: PdfRendererOptions = {}): PdfRenderer {
  const size = opts.size ?? 2;
  const recycleAfter = opts.recycleAfter ?? 300;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const idleMs = opts.idleMs ?? 60_000;
  const workers = new Set<Worker>();
  const queue: Queued[] = [];
  let nextId = 1;
  let started = 0;
  let rendered = 0;
  let closed = false;

  function start(): Worker {
    const { file, execArgv } = childScript();
    // stderr is the server's own (a crash's trace lands in its log); no pipe keeps an idle server from exiting.
    const child = fork(file, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    started++;
    // Renders yield the CPU to the server: on a busy two-core machine its event loop keeps answering requests.
    try {
      if (child.pid) os.setPriority(child.pid, RENDER_NICENESS);
    } catch {
      // not allowed here (a container without CAP_SYS_NICE): the renders run at the server's priority
    }
    let markReady!: () => void;
    let failReady!: (e: Error) => void;
    const worker: Worker = {
      child, busy: false, rendered: 0, retiring: false, pending: new Map(),
      ready: new Promise<void>((resolve, reject) => ((markReady = resolve), (failReady = reject))),
    };
    worker.ready.catch(() => undefined); // a failed start is reported to the job waiting for it
    child.on('message', (reply: ChildReply) => {
      if ('ready' in reply) return markReady();
      const p = worker.pending.get(reply.id);
      if (!p) return;
      worker.pending.delete(reply.id);
      clearTimeout(p.timer);
      if (reply.ok) p.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      else p.reject(new PdfRenderError(reply.error, 'template'));
    });
    child.on('exit', (code, signal) => {
      workers.delete(worker);
      const error = new PdfRenderError(`the renderer process ended (${signal ?? code})`);
      failReady(error);
      for (const p of worker.pending.values()) {
        clearTimeout(p.timer);
        p.reject(error);
      }
      worker.pending.clear();
      pump();
    });
    child.on('error', () => undefined); // 'exit' follows and reports
    workers.add(worker);
    return worker;
  }

  /** An idle child keeps neither the process alive nor its memory for long. */
  function park(worker: Worker) {
    worker.child.channel?.unref();
    worker.child.unref();
    worker.idle = setTimeout(() => retire(worker), idleMs);
    worker.idle.unref();
  }

  function retire(worker: Worker) {
    worker.retiring = true;
    if (!worker.busy && worker.child.connected) worker.child.disconnect(); // the child exits on disconnect
  }

  function pump() {
    while (queue.length && !closed) {
      let worker = [...workers].find((w) => !w.busy && !w.retiring);
      if (!worker && [...workers].filter((w) => !w.retiring).length < size) worker = start();
      if (!worker) return;
      run(worker, queue.shift()!);
    }
  }

  function run(worker: Worker, item: Queued) {
    worker.busy = true;
    if (worker.idle) clearTimeout(worker.idle);
    worker.child.ref();
    worker.child.channel?.ref();
    const id = nextId++;
    const done = () => {
      worker.busy = false;
      worker.rendered++;
      rendered++;
      if (worker.rendered >= recycleAfter) retire(worker);
      else if (!queue.length) park(worker);
      pump();
    };
    worker.ready.then(
      () => {
        const timer = setTimeout(() => {
          worker.pending.delete(id);
          item.reject(new PdfRenderError(`no answer within ${timeoutMs} ms`));
          worker.child.kill('SIGKILL');
        }, timeoutMs);
        worker.pending.set(id, {
          timer,
          resolve: (pdf) => (done(), item.resolve(pdf)),
          reject: (error) => (done(), item.reject(error)),
        });
        worker.child.send({ id, ...item.job } satisfies ChildRequest);
      },
      (error: Error) => item.reject(error),
    );
  }

  return {
    render(job) {
      if (closed) return Promise.reject(new PdfRenderError('the renderer is closed'));
      if (!insideWorkspace(job.workspace, job.mainFile)) return Promise.reject(new PdfRenderError(`${job.mainFile} is not an absolute path inside ${job.workspace}`, 'template'));
      if (!existsSync(job.mainFile)) return Promise.reject(new PdfRenderError(`no template file ${job.mainFile}`, 'template'));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const q of queue.splice(0)) q.reject(new PdfRenderError('the renderer is closed'));
      await Promise.all(
        [...workers].map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
              w.child.once('exit', () => resolve());
              w.child.kill('SIGTERM');
            }),
        ),
      );
    },
    stats: () => ({ started, rendered, live: workers.size }),
  };
}
