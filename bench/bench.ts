/**
 * npm run bench: the full default edition against a raw-pdfkit baseline that draws the same pages with
 * the same fonts and no pipeline, in the same process; then a generated 600-card deck.
 * Prints medians of RUNS runs, peak memory, and last the line `ratio: X` (build ÷ baseline).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Page } from '../src/model/Page.ts';
import { buildProject, checkProject, imposeProject } from '../src/pipeline.ts';
import type { BuildOptions } from '../src/model/Project.ts';
import { makeLargeDeck } from './makeLargeDeck.ts';
import { affectedSelection } from '../src/cli/affectedSelection.ts';
import { visibleItems } from '../src/render/visibleItems.ts';
import { hasPdftoppm, inProcess, previewSources, withPdftoppm } from './previews.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-bench-'));
// force: a full build renders every file (the edit-loop measure below is the incremental one)
const options = (over: Partial<BuildOptions> = {}): BuildOptions => ({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, outDir: scratch, force: true, ...over });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The pages of every output file of the default edition as the pipeline imposes them, reduced to what shows. */
function pagesOfEdition(): { pages: Page[] }[] {
  const checked = checkProject(options());
  return imposeProject(checked, options()).files.map((f) => ({
    pages: f.document.pages.map((page) => ({
      ...page,
      placements: page.placements.map((p) => ({ ...p, frame: { ...p.frame, items: visibleItems(p) } })),
    })),
  }));
}

/**
 * The baseline: the same pages drawn straight with pdfkit, one document after another, with the same
 * fonts parsed once — text runs, rectangles, lines, marks as squares — and nothing else: no YAML, no
 * validation, no layout, no imposition, no files written.
 */
async function drawRaw(docs: { pages: Page[] }[], fonts: Record<string, Font>): Promise<number> {
  let bytes = 0;
  for (const { pages } of docs) {
    await new Promise<void>((resolve) => {
      const doc = new PDFDocument({ autoFirstPage: false, compress: true });
      for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as unknown as string);
      doc.on('data', (c: Buffer) => { bytes += c.length; });
      doc.on('end', () => resolve());
      for (const page of pages) {
        doc.addPage({ size: [page.widthPt, page.heightPt], margin: 0 });
        for (const placement of page.placements) {
          doc.save().rect(placement.clip.x, placement.clip.y, placement.clip.w, placement.clip.h).clip().translate(placement.x, placement.y);
          if (placement.scale) doc.scale(placement.scale);
          for (const item of placement.frame.items) {
            if (item.kind === 'rect' && item.fill) doc.rect(item.x, item.y, item.w, item.h).fill([...item.fill]);
            if (item.kind === 'rect' && item.stroke) doc.rect(item.x, item.y, item.w, item.h).lineWidth(item.lineWidthPt ?? 0.5).stroke([...item.stroke]);
            if (item.kind === 'mark') doc.rect(item.cx - item.sizePt / 2, item.cy - item.sizePt / 2, item.sizePt, item.sizePt).fill([...item.fill]);
            if (item.kind === 'line') doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidthPt).stroke([...item.stroke]);
            if (item.kind === 'text') doc.font(item.font).fontSize(item.sizePt).fillColor([...item.colour]).text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic' });
          }
          doc.restore();
        }
        for (const item of page.items) {
          if (item.kind === 'line') doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidthPt).stroke([...item.stroke]);
        }
      }
      doc.end();
    });
  }
  return bytes;
}

async function main(): Promise<void> {
  const font = (file: string) => fontkit.create(fs.readFileSync(path.join(root, 'fonts', file))) as Font;
  const fonts = { regular: font('NotoSans-Regular.ttf'), bold: font('NotoSans-Bold.ttf'), italic: font('NotoSans-Italic.ttf') };
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
  // the edit loop: one card's translation saved, rebuilt as watch rebuilds it (narrowed, incremental)
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-edit-'));
  for (const part of ['cards', 'layouts', 'editions', 'fonts', 'glossary']) fs.cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  const editOptions = options({ root: copy, outDir: path.join(copy, 'output'), force: false });
  await buildProject(editOptions);
  const en = path.join(copy, 'cards/swan/en.yaml');
  const original = fs.readFileSync(en, 'utf8');
  const edits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const edited = original.replace(/(  alternatieven:\n    text: )(.*)/, `$1$2 (${i})`);
    if (edited === original) throw new Error('bench: the card to edit was not found');
    fs.writeFileSync(en, edited);
    const selection = affectedSelection([en], [path.join(copy, 'cards')], (deck) => (deck === 'swan' ? ['swan'] : []));
    edits.push(await time(() => buildProject({ ...editOptions, ...selection })));
  }
  fs.rmSync(copy, { recursive: true, force: true });
  const b = median(build);
  const r = median(baseline);
  // memory of a build as a user runs it: one full build in a fresh process
  const once = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/buildOnce.ts')], { cwd: root, encoding: 'utf8' })) as { ms: number; peakMb: number };
  // preview thumbnails of every card face and poster (what --preview draws), in-process against pdftoppm
  const sources = previewSources(path.join(scratch, 'default'));
  const previewPages = { count: 0 };
  const drawAll = async (draw: (file: string, dpi: number, dir: string) => unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-thumbs-'));
    for (const { file, dpi } of sources) {
      const target = fs.mkdtempSync(path.join(dir, 'f-'));
      await draw(file, dpi, target);
    }
    previewPages.count = fs.readdirSync(dir).reduce((n, f) => n + fs.readdirSync(path.join(dir, f)).length, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const poppler = hasPdftoppm();
  await drawAll(inProcess);
  if (poppler) await drawAll(withPdftoppm);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await time(() => drawAll(inProcess)));
    if (poppler) theirs.push(await time(() => drawAll(withPdftoppm)));
  }
  const l = median(largeRuns);
  console.log(`default edition: ${docs.length} files, ${pageCount} pages`);
  console.log(`build (full pipeline, written):  median ${b.toFixed(0)} ms over ${RUNS} runs`);
  console.log(`baseline (raw pdfkit, same pages): median ${r.toFixed(0)} ms over ${RUNS} runs`);
  console.log(`one-card edit (a translation saved, rebuilt as watch does): median ${median(edits).toFixed(0)} ms`);
  console.log(`600-card deck (nl, cards + A4 sheets): median ${l.toFixed(0)} ms, ${(l / 600).toFixed(2)} ms per card`);
  console.log(`one build in a fresh process (fonts parsed, nothing cached): ${once.ms.toFixed(0)} ms, peak memory ${once.peakMb.toFixed(0)} MB`);
  const p = median(ours);
  console.log(`previews (${sources.length} files, ${previewPages.count} thumbnails), in-process (pdf.js + Skia): median ${p.toFixed(0)} ms`);
  if (poppler) {
    const q = median(theirs);
    console.log(`previews with pdftoppm, one process per file as before: median ${q.toFixed(0)} ms`);
    console.log(`preview ratio (in-process ÷ pdftoppm): ${(p / q).toFixed(2)}`);
  } else console.log('previews with pdftoppm: not measured (pdftoppm not found; poppler-utils has it)');
  console.log(`ratio: ${(b / r).toFixed(2)}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(large, { recursive: true, force: true });
}

await main();
