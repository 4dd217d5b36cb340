import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './project.ts';

/** Independent readers of the PDFs: poppler and qpdf, as a print shop's tools would read them. */
export function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PageBoxes { media: number[]; trim: number[]; bleed: number[] }

/** MediaBox, TrimBox and BleedBox of every page, from `pdfinfo -box`. */
export function pageBoxes(pdf: string, pages: number): PageBoxes[] {
  const result: PageBoxes[] = [];
  for (let p = 1; p <= pages; p++) {
    const out = tool('pdfinfo', '-box', '-f', String(p), '-l', String(p), pdf);
    const box = (name: string) => (new RegExp(`Page\\s+${p} ${name}:\\s+([\\d.\\s-]+)`).exec(out)?.[1] ?? '').trim().split(/\s+/).map(Number);
    result.push({ media: box('MediaBox'), trim: box('TrimBox'), bleed: box('BleedBox') });
  }
  return result;
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))?.[1]);
}

/** The text of one page as pdftotext reads it. */
export function pageText(pdf: string, page: number): string {
  return tool('pdftotext', '-f', String(page), '-l', String(page), '-layout', pdf, '-');
}

export interface Word { text: string; x0: number; y0: number; x1: number; y1: number }

/** Every word with its box (points, origin top-left), per page, from `pdftotext -bbox`. */
export function wordBoxes(pdf: string): Word[][] {
  const html = tool('pdftotext', '-bbox', pdf, '-');
  return html.split('<page ').slice(1).map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] ?? '' })));
}

/** The uncompressed content of the file (qpdf --qdf), to look for colour operators. */
export function uncompressed(pdf: string): string {
  const out = path.join(tempDir('qdf-'), 'out.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, out]);
  return fs.readFileSync(out, 'latin1');
}

/** Text compared without line breaks, hyphens and spaces: what survives any line breaking. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00ad\-‐]+/g, '');
}
