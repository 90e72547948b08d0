// The bare side of bench/notices.bench.ts, in a process of its own: the PDF library alone — one
// compiler, the same fonts and template — rendering the documents the product rendered, in a loop.
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { fontFiles } from '../server/src/platform/pdf/fonts.js';

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { workspace: string; mainFile: string; data: string[] };
const compiler = NodeCompiler.create({ workspace: job.workspace, fontArgs: [{ fontBlobs: fontFiles().map((f) => readFileSync(f)) }] });
const render = (data: string) => {
  const result = compiler.compile({ mainFilePath: job.mainFile, inputs: { data } });
  if (!result.result) throw new Error('the template did not compile');
  const pdf = compiler.pdf(result.result);
  compiler.evictCache(10); // the library's own advice for a tool that is not watching files
  return pdf;
};
render(job.data[0]!); // the fonts loaded and the template parsed once before the clock starts, as in a warm server
const started = performance.now();
for (const data of job.data) render(data);
process.send!({ ms: performance.now() - started });
process.disconnect();
