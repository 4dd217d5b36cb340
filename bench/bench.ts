/**
 * npm run bench: every figure of issue 15's point 6 against a baseline measured in the same run —
 * the full default edition and a generated 600-card deck against raw pdfkit drawing the same pages;
 * a save in `kaartwerk watch` (the real watcher) to its PDFs written, and to its thumbnail with
 * `--preview`; cold `check` and `build` in fresh processes, compiled against tsx, and with the layout cache
 * (empty, after a one-card edit, nothing changed); peak memory.
 * Prints medians of RUNS runs, a table of figure, target and baseline, and last `ratio: X` (build ÷ baseline).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Page } from '../src/model/Page.ts';
import { buildProject, checkProject, imposeProject } from '../src/pipeline.ts';
import { startColourEngine } from '../src/colour/colourEngine.ts';
import type { BuildOptions } from '../src/model/Project.ts';
import { makeLargeDeck } from './makeLargeDeck.ts';
import { visibleItems } from '../src/render/visibleItems.ts';
import { hasPdftoppm, inProcess, previewSources, withPdftoppm } from './previews.ts';
import { copyProject, watchLatency } from './watchLatency.ts';
import { cachedRuns, coldRuns, ensureCompiled } from './coldRuns.ts';

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
function pagesOfEdition(over: Partial<BuildOptions> = {}, keep: (file: { path: string }) => boolean = () => true): { pages: Page[] }[] {
  const checked = checkProject(options(over));
  return imposeProject(checked).filter(keep).map((f) => ({
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

/** Build and baseline alternated `runs` times after a warm-up of each, so that both see the same machine. */
async function alternate(runs: number, build: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<{ build: number; baseline: number }> {
  await build();
  await baseline();
  const b: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await time(build));
    r.push(await time(baseline));
  }
  return { build: median(b), baseline: median(r) };
}

async function main(): Promise<void> {
  const font = (file: string) => fontkit.create(fs.readFileSync(path.join(root, 'fonts', file))) as Font;
  const fonts = { regular: font('NotoSans-Regular.ttf'), bold: font('NotoSans-Bold.ttf'), italic: font('NotoSans-Italic.ttf') };
  const rows: [string, string, string, string][] = [];
  const ms = (x: number) => `${x.toFixed(0)} ms`;

  // the full default edition, every file rendered, against raw pdfkit drawing the same pages
  const docs = pagesOfEdition();
  const pageCount = docs.reduce((n, d) => n + d.pages.length, 0);
  const full = await alternate(RUNS, () => buildProject(options()), () => drawRaw(docs, fonts));
  console.log(`default edition: ${docs.length} files, ${pageCount} pages`);
  console.log(`build (full pipeline, written):  median ${ms(full.build)} over ${RUNS} runs`);
  console.log(`baseline (raw pdfkit, same pages): median ${ms(full.baseline)} over ${RUNS} runs`);
  rows.push(['full edition in-process (every file rendered)', ms(full.build), '—', `raw pdfkit ${ms(full.baseline)} (${(full.build / full.baseline).toFixed(2)}×)`]);

  // a generated 600-card deck, cards and A4 sheets, against raw pdfkit drawing its pages
  const large = makeLargeDeck(600);
  const largeOptions = { root: large, outDir: path.join(large, 'output') };
  const largeDocs = pagesOfEdition(largeOptions);
  const big = await alternate(Math.max(3, Math.ceil(RUNS / 2)), () => buildProject(options(largeOptions)), () => drawRaw(largeDocs, fonts));
  fs.rmSync(large, { recursive: true, force: true });
  const perCard = big.build / 600;
  const perCardRaw = big.baseline / 600;
  console.log(`600-card deck (nl, cards + A4 sheets): median ${ms(big.build)}, ${perCard.toFixed(2)} ms per card; raw pdfkit ${ms(big.baseline)}, ${perCardRaw.toFixed(2)} ms per card; ratio ${(perCard / perCardRaw).toFixed(2)}`);
  rows.push(['600-card deck, per card', `${perCard.toFixed(2)} ms (${(perCard / perCardRaw).toFixed(2)}×)`, '≤ 1.5× raw pdfkit', `raw pdfkit ${perCardRaw.toFixed(2)} ms`]);

  // a save in `kaartwerk watch`: the real watcher on a copy, to the PDFs written (and thumbnails drawn)
  const watched = await watchLatency(options({ force: false }), RUNS, false);
  // what the save made the watcher write (the deck's cards and sheets in that language)
  const rewritten = watched.line.replace(/^rebuilt (.*) in \d+ ms$/, '$1').split(', ');
  const edited = pagesOfEdition({}, (f) => rewritten.includes(f.path));
  await drawRaw(edited, fonts);
  const editedRaw: number[] = [];
  for (let i = 0; i < RUNS; i++) editedRaw.push(await time(() => drawRaw(edited, fonts)));
  const watchMs = median(watched.ms);
  console.log(`watch: save to written: ${ms(watchMs)} (median of ${watched.ms.length} saves; ${watched.line})`);
  console.log(`watch baseline: raw pdfkit drawing the ${edited.length} files the save rewrote: ${ms(median(editedRaw))}`);
  rows.push(['watch: save to written', ms(watchMs), '≤ 150 ms', `raw pdfkit drawing the files it rewrote: ${ms(median(editedRaw))}`]);
  const previewed = await watchLatency(options({ force: false }), RUNS, true);
  const previewMs = median(previewed.ms);
  console.log(`watch --preview: save to thumbnail written: ${ms(previewMs)} (median of ${previewed.ms.length} saves)`);
  rows.push(['watch --preview: save to thumbnail', ms(previewMs), '≤ 300 ms', `without --preview ${ms(watchMs)}`]);

  // as a user runs them: fresh processes, compiled dist/ against the sources through tsx
  ensureCompiled(root);
  const check = coldRuns(root, ['check'], RUNS);
  const build = coldRuns(root, ['build', '--force', '--out', path.join(scratch, 'cold')], RUNS);
  console.log(`cold check (layout cache off): ${ms(check.compiledMs)} compiled, ${ms(check.sourcesMs)} through tsx; node alone starts in ${ms(check.nodeMs)}`);
  console.log(`cold build (layout cache off): ${ms(build.compiledMs)} compiled, ${ms(build.sourcesMs)} through tsx; peak memory ${build.peakMb.toFixed(0)} MB (${build.plainPeakMb.toFixed(0)} MB without the bin's Node options)`);
  rows.push(['cold `kaartwerk check`, no cache', ms(check.compiledMs), '≤ 500 ms', `through tsx ${ms(check.sourcesMs)}; node alone ${ms(check.nodeMs)}`]);
  rows.push(['cold `kaartwerk build` (every file), no cache', ms(build.compiledMs), '≤ 1200 ms', `through tsx ${ms(build.sourcesMs)}`]);
  rows.push(['peak memory of the cold build', `${build.peakMb.toFixed(0)} MB`, '≤ 180 MB', `without --max-semi-space-size=4 ${build.plainPeakMb.toFixed(0)} MB; check ${check.peakMb.toFixed(0)} MB`]);

  // the same with the layout cache on disk, on a copy whose one card is edited before the 'after an edit' runs
  const copy = copyProject(root);
  const enFile = path.join(copy, 'cards/swan/en.yaml');
  const enText = fs.readFileSync(enFile, 'utf8');
  const editOneCard = (i: number) => fs.writeFileSync(enFile, enText.replace(/( {2}alternatieven:\n {4}text: )(.*)/, `$1$2 (${i})`));
  const cachedCheck = cachedRuns(root, ['check', '--root', copy], RUNS, editOneCard);
  const cachedBuild = cachedRuns(root, ['build', '--root', copy, '--force', '--out', path.join(scratch, 'cached')], RUNS, editOneCard);
  // a build as typed, without --force: only the files whose content changed are drawn (its 'empty' runs
  // find the last run's files in place, so they are no first build and are not shown)
  const plainBuild = cachedRuns(root, ['build', '--root', copy, '--out', path.join(scratch, 'plain')], RUNS, editOneCard);
  fs.rmSync(copy, { recursive: true, force: true });
  const cacheLine = (what: string, c: { emptyMs: number; editedMs: number; unchangedMs: number }) =>
    `${what} with the layout cache: ${ms(c.emptyMs)} empty (first run), ${ms(c.editedMs)} after a one-card edit, ${ms(c.unchangedMs)} nothing changed`;
  console.log(cacheLine('cold check', cachedCheck));
  console.log(`${cacheLine('cold build', cachedBuild)}; peak memory ${cachedBuild.peakMb.toFixed(0)} MB`);
  console.log(`cold build without --force (the files that changed): ${ms(plainBuild.editedMs)} after a one-card edit, ${ms(plainBuild.unchangedMs)} nothing changed`);
  rows.push(['cold `kaartwerk check`, layout cache after a one-card edit', ms(cachedCheck.editedMs), '≤ 500 ms', `empty cache ${ms(cachedCheck.emptyMs)}; nothing changed ${ms(cachedCheck.unchangedMs)}; no cache ${ms(check.compiledMs)}`]);
  // with nothing changed, check is answered by its memo: its inputs hashed again, nothing parsed or laid out
  rows.push(['cold `kaartwerk check`, nothing changed (the check\'s memo)', ms(cachedCheck.unchangedMs), '≤ 500 ms', `after a one-card edit ${ms(cachedCheck.editedMs)}; no cache ${ms(check.compiledMs)}; node alone ${ms(check.nodeMs)}`]);
  rows.push(['cold `kaartwerk build` (every file), layout cache after a one-card edit', ms(cachedBuild.editedMs), '≤ 1200 ms', `empty cache ${ms(cachedBuild.emptyMs)}; nothing changed ${ms(cachedBuild.unchangedMs)}; no cache ${ms(build.compiledMs)}`]);
  rows.push(['cold `kaartwerk build` (the files that changed), layout cache after a one-card edit', ms(plainBuild.editedMs), '—', `nothing changed ${ms(plainBuild.unchangedMs)}; every file (--force) ${ms(cachedBuild.editedMs)}`]);
  rows.push(['peak memory of the cold build with the layout cache', `${cachedBuild.peakMb.toFixed(0)} MB`, '≤ 180 MB', `without the cache ${build.peakMb.toFixed(0)} MB`]);

  if (process.env.BENCH_PREVIEWS !== '0') await benchPreviews();

  console.log('\nmeasure | figure | target | baseline (same run)');
  for (const row of rows) console.log(row.join(' | '));
  console.log(`ratio: ${(full.build / full.baseline).toFixed(2)}`);
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** Preview thumbnails of every card face and poster (what --preview draws), in-process against pdftoppm. */
async function benchPreviews(): Promise<void> {
  await buildProject(options());
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
  const p = median(ours);
  console.log(`previews (${sources.length} files, ${previewPages.count} thumbnails), in-process (pdf.js + Skia): median ${p.toFixed(0)} ms`);
  if (poppler) {
    const q = median(theirs);
    console.log(`previews with pdftoppm, one process per file as before: median ${q.toFixed(0)} ms`);
    console.log(`preview ratio (in-process ÷ pdftoppm): ${(p / q).toFixed(2)}`);
  } else console.log('previews with pdftoppm: not measured (pdftoppm not found; poppler-utils has it)');
}

await startColourEngine();
await main();
