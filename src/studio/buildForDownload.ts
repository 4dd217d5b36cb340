import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { BuildOptions } from '../model/Project.ts';
import type { ManifestEntry } from '../model/Output.ts';
import { buildProject } from '../pipeline.ts';
import { checkPages } from '../preflight/checkPages.ts';
import { inspectPdfDocument } from '../preflight/inspectPdf.ts';

export type Purpose = 'print-shop' | 'office' | 'poster-printer';

export interface BuiltFile {
  path: string;
  purpose: Purpose;
  kind: ManifestEntry['kind'];
  deck: string;
  lang: string;
  pages: number;
  bytes: number;
  /** The preflight verdict: passes, or what a print shop would reject. */
  preflight: { ok: boolean; problems: string[] };
}

export interface Download {
  diagnostics: Diagnostic[];
  editionDir?: string;
  files: BuiltFile[];
  ms: number;
}

const PURPOSE: Record<ManifestEntry['kind'], Purpose> = { cards: 'print-shop', sheets: 'office', tiles: 'office', poster: 'poster-printer' };

/** How to print each kind of file, for the page and for the zip. */
export const INSTRUCTIONS: Record<Purpose, { title: string; text: string }> = {
  'print-shop': {
    title: 'For the print shop or card printer',
    text: 'Send these files as they are. Each page is one card face with 3 mm bleed, front then back of every card, in CMYK (PDF/X-4, FOGRA39). Ask for poker-size cards (63 × 88 mm) unless the file says otherwise.',
  },
  office: {
    title: 'For the office printer',
    text: 'Card sheets: print double-sided on A4 and choose "flip on the long edge"; then cut along the crop marks. Poster tiles: print single-sided at 100 % (no "fit to page"); cut each page on its dashed line and glue it over its neighbour, the cut edge on the solid line. The first page shows how the tiles fit.',
  },
  'poster-printer': {
    title: 'For the poster printer',
    text: 'A2 posters (420 × 594 mm) with 3 mm bleed, in CMYK (PDF/X-4, FOGRA39). Send them as they are; ask for A2, trimmed.',
  },
};

/** Builds the whole edition as `kaartwerk build` does, and checks every file as a print shop would. */
export async function buildForDownload(options: BuildOptions): Promise<Download> {
  const started = performance.now();
  const result = await buildProject(options);
  if (result.diagnostics.some((d) => d.severity === 'error') || !result.manifest || !result.outDir || !result.editionId) {
    return { diagnostics: result.diagnostics, files: [], ms: Math.round(performance.now() - started) };
  }
  const editionDir = path.join(result.outDir, result.editionId);
  // this build's files only: the manifest also keeps files of earlier builds (another selection)
  const built = new Set([...result.files.map((f) => f.path), ...(result.unchanged ?? [])]);
  const files: BuiltFile[] = [];
  for (const entry of result.manifest.files.filter((f) => built.has(f.path))) {
    const bytes = fs.readFileSync(path.join(editionDir, entry.path));
    let preflight: BuiltFile['preflight'];
    try {
      const { pages, document } = await inspectPdfDocument(bytes);
      const summary = checkPages(pages, { bleedMm: 3 }, document);
      const problems = summary.findings.filter((f) => f.severity === 'error').map((f) => `${f.page ? `page ${f.page}: ` : ''}${f.message}`);
      preflight = { ok: problems.length === 0, problems };
    } catch (e) {
      preflight = { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
    }
    files.push({ path: entry.path, purpose: PURPOSE[entry.kind], kind: entry.kind, deck: entry.deck, lang: entry.languages[0] ?? '', pages: entry.pages, bytes: entry.bytes, preflight });
  }
  return { diagnostics: result.diagnostics, editionDir, files, ms: Math.round(performance.now() - started) };
}

/** A fixed date in every zip entry: the same files give the same zip. */
const ZIP_DATE = new Date(2000, 0, 1);

/** One zip of the built files, in folders by purpose, with the printing instructions and the fit report. */
export function zipDownload(download: Download, editionName: string): Uint8Array {
  const tree: Zippable = {};
  const folder: Record<Purpose, string> = { 'print-shop': 'for the print shop', office: 'for the office printer', 'poster-printer': 'for the poster printer' };
  const lines = [`${editionName}: print files`, ''];
  for (const purpose of Object.keys(INSTRUCTIONS) as Purpose[]) {
    const mine = download.files.filter((f) => f.purpose === purpose);
    if (!mine.length) continue;
    lines.push(INSTRUCTIONS[purpose].title, INSTRUCTIONS[purpose].text, '');
    for (const file of mine) {
      const name = `${folder[purpose]}/${file.path}`;
      tree[name] = [fs.readFileSync(path.join(download.editionDir!, file.path)), { level: 6, mtime: ZIP_DATE }];
      lines.push(`  ${name}  ${file.preflight.ok ? '(preflight: passes)' : `(preflight: ${file.preflight.problems.length} problem(s))`}`);
    }
    lines.push('');
  }
  tree['how to print.txt'] = [new TextEncoder().encode(lines.join('\r\n')), { level: 6, mtime: ZIP_DATE }];
  const report = path.join(download.editionDir!, 'fit-report.txt');
  if (fs.existsSync(report)) tree['fit-report.txt'] = [fs.readFileSync(report), { level: 6, mtime: ZIP_DATE }];
  return zipSync(tree);
}
