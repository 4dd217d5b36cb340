/**
 * Preview thumbnails two ways, on the PDFs of a built edition: in-process (pdf.js on a Skia canvas, what
 * `--preview` does) and with poppler's pdftoppm (what it did before). Used by bench.ts for the time,
 * and by `node --import tsx bench/previews.ts DIR` to compare the pictures deck by deck.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { rasterisePdf } from '../src/output/rasterisePdf.ts';

export const CARD_DPI = 40;
export const POSTER_DPI = 12;

/** The files `--preview` draws: every print-shop card file and every A2 poster under `editionDir`. */
export function previewSources(editionDir: string): { file: string; dpi: number }[] {
  const result: { file: string; dpi: number }[] = [];
  for (const lang of fs.readdirSync(editionDir).filter((d) => fs.statSync(path.join(editionDir, d)).isDirectory() && d !== 'preview').sort()) {
    for (const name of fs.readdirSync(path.join(editionDir, lang)).sort()) {
      if (name.endsWith('.cards.pdf')) result.push({ file: path.join(editionDir, lang, name), dpi: CARD_DPI });
      if (name.endsWith('.a2.pdf')) result.push({ file: path.join(editionDir, lang, name), dpi: POSTER_DPI });
    }
  }
  return result;
}

export function hasPdftoppm(): boolean {
  return spawnSync('pdftoppm', ['-v']).status === 0;
}

/** Every page as PNG files `page-N.png` in `dir`, as writePreviews draws them. */
export async function inProcess(file: string, dpi: number, dir: string): Promise<void> {
  const pages = await rasterisePdf(fs.readFileSync(file), { dpi });
  const digits = String(pages.length).length;
  await Promise.all(pages.map(async (p) => fs.writeFileSync(path.join(dir, `page-${String(p.number).padStart(digits, '0')}.png`), await p.png())));
}

/** The same with pdftoppm, as writePreviews did before (one process per PDF). */
export function withPdftoppm(file: string, dpi: number, dir: string): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'page')]);
}

/** Share of pixels that differ (pixelmatch, threshold 0.1) between two PNG files of one size. */
export function pixelDifference(a: string, b: string): number {
  const x = PNG.sync.read(fs.readFileSync(a));
  const y = PNG.sync.read(fs.readFileSync(b));
  if (x.width !== y.width || x.height !== y.height) return 1;
  return pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold: 0.1 }) / (x.width * x.height);
}

async function compare(editionDir: string, keepDir: string): Promise<void> {
  console.log('file                                   pages  differing pixels (mean, worst page)');
  for (const { file, dpi } of previewSources(editionDir)) {
    const name = path.relative(editionDir, file).replace(/\.pdf$/, '').replaceAll('/', '-');
    const ours = path.join(keepDir, name, 'pdfjs');
    const theirs = path.join(keepDir, name, 'poppler');
    fs.mkdirSync(ours, { recursive: true });
    fs.mkdirSync(theirs, { recursive: true });
    await inProcess(file, dpi, ours);
    withPdftoppm(file, dpi, theirs);
    const pngs = fs.readdirSync(ours).sort();
    const diffs = pngs.map((png) => pixelDifference(path.join(ours, png), path.join(theirs, png)));
    const mean = diffs.reduce((s, d) => s + d, 0) / diffs.length;
    const worst = Math.max(...diffs);
    console.log(`${name.padEnd(38)} ${String(pngs.length).padStart(5)}  ${(100 * mean).toFixed(2).padStart(6)} %, ${(100 * worst).toFixed(2).padStart(6)} % (${pngs[diffs.indexOf(worst)]})`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [editionDir, keepDir = fs.mkdtempSync('/tmp/kaartwerk-previews-')] = process.argv.slice(2);
  if (!editionDir) throw new Error('usage: node --import tsx bench/previews.ts OUTPUT/EDITION [KEEP_DIR]');
  await compare(editionDir, keepDir);
  console.log(`pictures in ${keepDir}`);
}
