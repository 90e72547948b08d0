/**
 * One renderer process of the PDF pool (render-pool.ts): compiles Typst templates to PDF with the
 * CJK fonts shipped through npm (@embedpdf/fonts-sc: Noto Sans Hans, OFL), never a system font.
 * It lives in its own process because the compiler's memory grows with every document and only
 * a process exit frees it (STACK.md, "PDF notices"): the pool retires it after a few hundred.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync } from 'node:fs';
import { fontFiles } from './fonts.js';
import type { ChildReply, ChildRequest } from './render-protocol.js';

const fonts = fontFiles().map((file) => readFileSync(file));
/** One compiler per workspace (a template's root; its `/…` imports resolve there). */
const compilers = new Map<string, NodeCompiler>();

function compilerFor(workspace: string): NodeCompiler {
  let compiler = compilers.get(workspace);
  if (!compiler) {
    compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs: fonts }] });
    compilers.set(workspace, compiler);
  }
  return compiler;
}

function render(request: ChildRequest): Buffer {
  const compiler = compilerFor(request.workspace);
  try {
    const result = compiler.compile({ mainFilePath: request.mainFile, inputs: request.inputs });
    const doc = result.result;
    if (!doc) throw new Error(describe(result.takeDiagnostics()) || 'the template produced no document');
    return compiler.pdf(doc);
  } finally {
    // Without it every document's intermediate results stay cached (memory grows per document).
    // Keeping what the last 10 compilations used (the library's own advice for a tool that does not
    // watch files) spares re-laying-out the template's fixed parts: 6.0-6.4 ms a document against
    // 6.8-6.9 with evictCache(0), and no more memory over 300 documents (+135-139 MB against
    // +163-168 MB; measured 2026-12-07, endorsement v2) — the process is retired after a few hundred anyway.
    compiler.evictCache(10);
  }
}

/** The compiler's diagnostics as one line: `path: message; …`. */
function describe(diagnostics: { shortDiagnostics: Array<{ message?: string; path?: string }> } | null): string {
  return (diagnostics?.shortDiagnostics ?? []).map((d) => `${d.path ? `${d.path}: ` : ''}${d.message ?? ''}`).join('; ');
}

process.on('message', (message: ChildRequest) => {
  let reply: ChildReply;
  try {
    reply = { id: message.id, ok: true, pdf: render(message) };
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply);
});
// The parent went away (or retired this process): nothing more will come.
process.on('disconnect', () => process.exit(0));
process.send!({ id: 0, ok: true, ready: true } satisfies ChildReply);
