import fs from 'node:fs';
import { type PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { rasterisePdf } from '../../src/output/rasterisePdf.ts';

/**
 * Readers of the PDFs that need nothing but Node: pdf-lib for the structure (pages, boxes, fonts,
 * streams), pdf.js for the text as a viewer extracts it, and the preview renderer for pixels. The
 * poppler and qpdf tools in tools.ts give a second opinion where they are installed.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;
const pdfjs = () => (pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const bytesOf = (pdf: string) => new Uint8Array(fs.readFileSync(pdf));
const load = (pdf: string) => PDFDocument.load(bytesOf(pdf), { updateMetadata: false });

export async function pageCount(pdf: string): Promise<number> {
  return (await load(pdf)).getPageCount();
}

export interface PageBoxes { media: number[]; trim: number[]; bleed: number[] }

/** MediaBox, TrimBox and BleedBox of every page as [x0, y0, x1, y1] (a missing box falls back as in a viewer). */
export async function pageBoxes(pdf: string): Promise<PageBoxes[]> {
  const corners = (b: { x: number; y: number; width: number; height: number }) => [b.x, b.y, b.x + b.width, b.y + b.height];
  return (await load(pdf)).getPages().map((page) => ({ media: corners(page.getMediaBox()), trim: corners(page.getTrimBox()), bleed: corners(page.getBleedBox()) }));
}

export interface Word { text: string; x0: number; y0: number; x1: number; y1: number }

interface TextLine { text: string; x0: number; x1: number; baselineY: number; sizePt: number; ascent: number; descent: number }

/** Every text run pdf.js finds, per page, with its place (points, origin top-left, as pdftotext gives it). */
async function textRuns(pdf: string): Promise<TextLine[][]> {
  const lib = await pdfjs();
  const doc = await lib.getDocument({ data: bytesOf(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: TextLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , top = 0] = page.view;
      const content = await page.getTextContent();
      const runs: TextLine[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const style = content.styles[item.fontName];
        runs.push({ text: item.str, x0: e, x1: e + item.width, baselineY: top - f, sizePt: Math.hypot(a, b), ascent: style?.ascent ?? 0.8, descent: style?.descent ?? -0.2 });
      }
      pages.push(runs);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The text of every page, one run a line, in drawing order (a column is not interleaved with its neighbour). */
export async function pagesText(pdf: string): Promise<string[]> {
  return (await textRuns(pdf)).map((runs) => runs.map((r) => r.text).join('\n'));
}

export async function pageText(pdf: string, page: number): Promise<string> {
  return (await pagesText(pdf))[page - 1] ?? '';
}

/**
 * Every word with its box, per page: from the font's ascent above the baseline to its descent below
 * it, as `pdftotext -bbox` measures. A run's first and last word end where the run does; words inside
 * a run are placed by their share of its characters (pdf.js gives runs, not glyphs), which is close,
 * not exact.
 */
export async function wordBoxes(pdf: string): Promise<Word[][]> {
  return (await textRuns(pdf)).map((runs) => runs.flatMap((run) => {
    const y0 = run.baselineY - run.ascent * run.sizePt;
    const y1 = run.baselineY - run.descent * run.sizePt;
    const perChar = (run.x1 - run.x0) / Math.max(1, run.text.length);
    // at the run's ends exact (start 0 is x0, the full length is x1), inside by share of characters
    return [...run.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x0: run.x0 + (m.index ?? 0) * perChar, x1: run.x0 + ((m.index ?? 0) + m[0].length) * perChar, y0, y1 }));
  }));
}

export interface FontInfo { name: string; type: string; embedded: boolean; subset: boolean; toUnicode: boolean }

/** Every font the pages use (as pdffonts lists them): embedded, subset (`ABCDEF+` prefix), with a ToUnicode map. */
export async function fonts(pdf: string): Promise<FontInfo[]> {
  const doc = await load(pdf);
  const seen = new Map<string, FontInfo>();
  const dict = (o: PDFObject | undefined) => {
    const v = o instanceof PDFRef ? doc.context.lookup(o) : o;
    return v instanceof PDFDict ? v : undefined;
  };
  for (const page of doc.getPages()) {
    const fontDict = dict(dict(page.node.get(PDFName.of('Resources')))?.get(PDFName.of('Font')));
    for (const [, value] of fontDict?.entries() ?? []) {
      const key = value.toString();
      const font = dict(value);
      if (!font || seen.has(key)) continue;
      const descendant = dict((font.lookup(PDFName.of('DescendantFonts')) as PDFArray | undefined)?.get(0));
      const descriptor = dict((descendant ?? font).get(PDFName.of('FontDescriptor')));
      const name = (font.get(PDFName.of('BaseFont'))?.toString() ?? '').replace(/^\//, '');
      seen.set(key, {
        name,
        type: (descendant ?? font).get(PDFName.of('Subtype'))?.toString().replace(/^\//, '') ?? '',
        embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(PDFName.of(k)) ?? false),
        subset: /^[A-Z]{6}\+/.test(name),
        toUnicode: font.has(PDFName.of('ToUnicode')),
      });
    }
  }
  return [...seen.values()];
}

/** Every object of the file as text, streams decoded (what `qpdf --qdf` shows), to look for colour operators. */
export async function uncompressed(pdf: string): Promise<string> {
  const doc = await load(pdf);
  const parts: string[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      parts.push(`${ref} obj\n${object.dict.toString()}\nstream\n${Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')}\nendstream`);
    } else parts.push(`${ref} obj\n${object.toString()}`);
  }
  return parts.join('\nendobj\n');
}

/**
 * What is wrong with the file's structure, if anything (an empty list: nothing): the cross-reference
 * table points at every object where it is, every stream decodes, pdf-lib and pdf.js read every page.
 */
export async function structureProblems(pdf: string): Promise<string[]> {
  const bytes = bytesOf(pdf);
  const text = Buffer.from(bytes).toString('latin1');
  const problems: string[] = [];
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN);
  if (!Number.isInteger(startxref) || !text.startsWith('xref', startxref)) problems.push(`startxref ${startxref} does not point at an xref table`);
  else {
    const table = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(startxref));
    const first = Number(table?.[1]);
    const count = Number(table?.[2]);
    const rows = text.slice(startxref + (table?.[0].length ?? 0)).split(/\r?\n|\r/).map((r) => r.trim()).slice(0, count);
    rows.forEach((row, i) => {
      const [offset, generation, kind] = row.split(/\s+/);
      if (kind !== 'n') return;
      const at = Number(offset);
      if (!new RegExp(`^${first + i}\\s+${Number(generation)}\\s+obj\\b`).test(text.slice(at, at + 40))) problems.push(`object ${first + i}: xref offset ${at} does not point at it`);
    });
  }
  try {
    const doc = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFRawStream)) continue;
      try {
        decodePDFRawStream(object).decode();
      } catch (e) {
        problems.push(`stream ${ref}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } catch (e) {
    problems.push(`pdf-lib: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const lib = await pdfjs();
    const doc = await lib.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: true }).promise;
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getOperatorList();
    await doc.destroy();
  } catch (e) {
    problems.push(`pdf.js: ${e instanceof Error ? e.message : String(e)}`);
  }
  return problems;
}

/** One page as pixels (RGBA), drawn in-process by the preview renderer. */
export async function renderPage(pdf: string, page: number, dpi: number): Promise<{ width: number; height: number; data: Uint8ClampedArray; png: () => Promise<Buffer> }> {
  const [raster] = await rasterisePdf(bytesOf(pdf), { dpi, pages: [page] });
  if (!raster) throw new Error(`${pdf} has no page ${page}`);
  return { width: raster.widthPx, height: raster.heightPx, data: raster.rgba(), png: raster.png };
}

/** Text compared without line breaks, hyphens and spaces: what survives any line breaking. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00ad\-‐]+/g, '');
}
