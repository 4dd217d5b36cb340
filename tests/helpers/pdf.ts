import fs from 'node:fs';
import { rasterisePdf } from '../../src/output/rasterisePdf.ts';
import { formatObject } from '../../src/pdf/formatObject.ts';
import { PdfFile } from '../../src/pdf/pdfFile.ts';
import { nameOf, PdfRef, PdfStream } from '../../src/pdf/pdfValues.ts';
import { readPages, readRectangle } from '../../src/pdf/readPages.ts';
import { readDate, readTextString } from '../../src/pdf/readTextString.ts';
import { readXref } from '../../src/pdf/readXref.ts';

/**
 * Readers of the PDFs that need nothing but Node: kaartwerk's own PDF reader (src/pdf) for the
 * structure (pages, boxes, fonts, streams, the document info), pdf.js for the text as a viewer extracts it, and the preview renderer for pixels. The
 * poppler and qpdf tools in tools.ts give a second opinion where they are installed.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;
const pdfjs = () => (pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const bytesOf = (pdf: string) => new Uint8Array(fs.readFileSync(pdf));
const load = (pdf: string) => new PdfFile(bytesOf(pdf));

export async function pageCount(pdf: string): Promise<number> {
  return readPages(load(pdf)).length;
}

export interface PageBoxes { media: number[]; trim: number[]; bleed: number[] }

/** MediaBox, TrimBox and BleedBox of every page as [x0, y0, x1, y1] (a missing box falls back as in a viewer: to the CropBox, then the MediaBox). */
export async function pageBoxes(pdf: string): Promise<PageBoxes[]> {
  const doc = load(pdf);
  const corners = (b: { x0: number; y0: number; x1: number; y1: number } | undefined) => (b ? [b.x0, b.y0, b.x1, b.y1] : []);
  return readPages(doc).map(({ dict, inherited }) => {
    const media = readRectangle(doc, inherited.MediaBox);
    const crop = readRectangle(doc, inherited.CropBox) ?? media;
    return { media: corners(media), trim: corners(readRectangle(doc, dict.get('TrimBox')) ?? crop), bleed: corners(readRectangle(doc, dict.get('BleedBox')) ?? crop) };
  });
}

/** The document's Title and CreationDate from its Info dictionary. */
export async function documentInfo(pdf: string): Promise<{ title?: string; creationDate?: Date }> {
  const doc = load(pdf);
  const info = doc.dict(doc.trailer.get('Info'));
  return { title: readTextString(doc.resolve(info?.get('Title'))), creationDate: readDate(doc.resolve(info?.get('CreationDate'))) };
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
  const doc = load(pdf);
  const seen = new Map<unknown, FontInfo>();
  for (const page of readPages(doc)) {
    for (const value of doc.dict(doc.dict(page.inherited.Resources)?.get('Font'))?.entries.values() ?? []) {
      const font = doc.dict(value);
      const key = value instanceof PdfRef ? value.toString() : font;
      if (!font || seen.has(key)) continue;
      const descendant = doc.dict(doc.array(font.get('DescendantFonts'))?.[0]);
      const descriptor = doc.dict((descendant ?? font).get('FontDescriptor'));
      const name = nameOf(doc.resolve(font.get('BaseFont'))) ?? '';
      seen.set(key, {
        name,
        type: nameOf(doc.resolve((descendant ?? font).get('Subtype'))) ?? '',
        embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(k) ?? false),
        subset: /^[A-Z]{6}\+/.test(name),
        toUnicode: font.has('ToUnicode'),
      });
    }
  }
  return [...seen.values()];
}

/** Every object of the file as text, streams decoded (what `qpdf --qdf` shows), to look for colour operators. */
export async function uncompressed(pdf: string): Promise<string> {
  const doc = load(pdf);
  return doc.objectNumbers().map((num) => {
    const object = doc.object(num);
    if (!(object instanceof PdfStream)) return `${num} 0 obj\n${formatObject(object)}`;
    let data: string;
    try {
      data = Buffer.from(doc.decode(object)).toString('latin1');
    } catch (e) {
      data = `(not decoded: ${(e as Error).message})`;
    }
    return `${num} 0 obj\n${formatObject(object.dict)}\nstream\n${data}\nendstream`;
  }).join('\nendobj\n');
}

/**
 * What is wrong with the file's structure, if anything (an empty list: nothing): the cross-reference
 * (table or stream) points at every object where it is, every stream decodes, pdf.js reads every page.
 */
export async function structureProblems(pdf: string): Promise<string[]> {
  const bytes = bytesOf(pdf);
  const text = Buffer.from(bytes).toString('latin1');
  const problems: string[] = [];
  try {
    for (const [num, entry] of readXref(bytes).entries) {
      if (entry.kind === 'offset' && !new RegExp(`^${num}\\s+${entry.gen}\\s+obj\\b`).test(text.slice(entry.offset, entry.offset + 40))) {
        problems.push(`object ${num}: xref offset ${entry.offset} does not point at it`);
      }
    }
    const doc = new PdfFile(bytes);
    for (const num of doc.objectNumbers()) {
      try {
        const object = doc.object(num);
        if (object instanceof PdfStream) doc.decode(object);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        problems.push(message.startsWith(`object ${num}:`) ? message : `object ${num}: ${message}`);
      }
    }
  } catch (e) {
    problems.push(`structure: ${e instanceof Error ? e.message : String(e)}`);
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
