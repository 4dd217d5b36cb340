/**
 * npm run bench: the full default edition against a raw-pdfkit baseline that draws the same pages with
 * the same fonts and no pipeline, in the same process; then a generated 600-card deck.
 * Prints medians of RUNS runs, peak memory, and last the line `ratio: X` (build ÷ baseline).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { Page } from '../src/model/Page.ts';
import { buildProject, checkProject, imposeProject } from '../src/pipeline.ts';
import type { BuildOptions } from '../src/model/Project.ts';
import { makeLargeDeck } from './makeLargeDeck.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-bench-'));
const options = (over: Partial<BuildOptions> = {}): BuildOptions => ({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, outDir: scratch, ...over });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The pages of every output file of the default edition, as the pipeline imposes them. */
function pagesOfEdition(): { pages: Page[] }[] {
  const checked = checkProject(options());
  return imposeProject(checked, options()).files.map((f) => ({ pages: f.document.pages }));
}

/** The baseline: the same pages drawn straight with pdfkit — fonts, text runs, rectangles, lines — no pipeline. */
function drawRaw(docs: { pages: Page[] }[], fonts: Record<string, Buffer>): Promise<number> {
  let bytes = 0;
  return Promise.all(docs.map(({ pages }) => new Promise<void>((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: true });
    for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
    doc.on('data', (c: Buffer) => { bytes += c.length; });
    doc.on('end', () => resolve());
    for (const page of pages) {
      doc.addPage({ size: [page.widthPt, page.heightPt], margin: 0 });
      for (const placement of page.placements) {
        doc.save().translate(placement.x, placement.y);
        for (const item of placement.frame.items) {
          if (item.kind === 'rect' && item.fill) doc.rect(item.x, item.y, item.w, item.h).fill([...item.fill]);
          if (item.kind === 'line') doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidthPt).stroke([...item.stroke]);
          if (item.kind === 'text') doc.font(item.font).fontSize(item.sizePt).fillColor([...item.colour]).text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic' });
        }
        doc.restore();
      }
    }
    doc.end();
  }))).then(() => bytes);
}

async function main(): Promise<void> {
  const fonts = { regular: fs.readFileSync(path.join(root, 'fonts/NotoSans-Regular.ttf')), bold: fs.readFileSync(path.join(root, 'fonts/NotoSans-Bold.ttf')), italic: fs.readFileSync(path.join(root, 'fonts/NotoSans-Italic.ttf')) };
  const docs = pagesOfEdition();
  const pageCount = docs.reduce((n, d) => n + d.pages.length, 0);
  // warm up both, then alternate so that both see the same machine state
  await buildProject(options());
  await drawRaw(docs, fonts);
  const build: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    build.push(await time(() => buildProject(options())));
    baseline.push(await time(() => drawRaw(docs, fonts)));
  }
  const large = makeLargeDeck(600);
  const largeRuns: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    largeRuns.push(await time(() => buildProject({ ...options(), root: large, outDir: path.join(large, 'output') })));
  }
  const b = median(build);
  const r = median(baseline);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const l = median(largeRuns);
  console.log(`default edition: ${docs.length} files, ${pageCount} pages`);
  console.log(`build (full pipeline, written):  median ${b.toFixed(0)} ms over ${RUNS} runs`);
  console.log(`baseline (raw pdfkit, same pages): median ${r.toFixed(0)} ms over ${RUNS} runs`);
  console.log(`600-card deck (nl, cards + A4 sheets): median ${l.toFixed(0)} ms, ${(l / 600).toFixed(2)} ms per card`);
  console.log(`peak memory: ${peakMb.toFixed(0)} MB`);
  console.log(`ratio: ${(b / r).toFixed(2)}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(large, { recursive: true, force: true });
}

await main();
