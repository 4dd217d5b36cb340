import { PdfFile } from '../pdf/pdfFile.ts';
import { decodeName } from '../pdf/pdfLexer.ts';
import { nameOf, numberOf, type PdfDict, PdfName, PdfStream, type PdfValue } from '../pdf/pdfValues.ts';
import { readPages, readRectangle } from '../pdf/readPages.ts';
import { readTextString } from '../pdf/readTextString.ts';
import { type Token, tokenizeContent } from './tokenizeContent.ts';
import { type Matrix, type PaintNames, tracePaint, type Paint } from './tracePaint.ts';
import { importEsm } from '../input/importEsm.ts';

export interface PdfBox { x0: number; y0: number; x1: number; y1: number }

export interface TextRun { text: string; box: PdfBox; sizePt: number }

export interface FontUse { name: string; subtype: string; embedded: boolean }

/** What preflight needs to know of one page, read from the PDF (PDF coordinates: points, y up). */
export interface PageFacts {
  number: number;
  mediaBox: PdfBox;
  trimBox?: PdfBox;
  bleedBox?: PdfBox;
  fonts: FontUse[];
  /** How RGB enters the page, if it does: an operator, a colour space, an image. */
  rgbUses: string[];
  /** Every line width set on the page (the `w` operator). */
  lineWidths: number[];
  text: TextRun[];
  /** Process-colour paint in drawing order: filled rectangles, other paths, text (see tracePaint). */
  paints?: Paint[];
}

/** What the document declares for print: its PDF/X version and output intent. */
export interface DocumentFacts {
  /** GTS_PDFXVersion of the Info dictionary, or pdfxid:GTS_PDFXVersion of the XMP. */
  pdfxVersion?: string;
  outputIntent?: { subtype: string; condition?: string; profileComponents?: number };
}

/** Reads the facts of every page: structure with our PDF reader (src/pdf), text positions with pdf.js. */
export async function inspectPdf(bytes: Uint8Array): Promise<PageFacts[]> {
  return (await inspectPdfDocument(bytes)).pages;
}

/** The facts of every page and of the document as a whole. */
export async function inspectPdfDocument(bytes: Uint8Array): Promise<{ pages: PageFacts[]; document: DocumentFacts }> {
  const pdf = new PdfFile(bytes);
  const pages = readPages(pdf).map((page, i): PageFacts => {
    const facts: PageFacts = {
      number: i + 1,
      mediaBox: readRectangle(pdf, page.inherited.MediaBox) ?? { x0: 0, y0: 0, x1: 612, y1: 792 }, // a page without one: US Letter, as viewers take it
      trimBox: readRectangle(pdf, page.dict.get('TrimBox')),
      bleedBox: readRectangle(pdf, page.dict.get('BleedBox')),
      fonts: [],
      rgbUses: [],
      lineWidths: [],
      text: [],
      paints: [],
    };
    const resources = pdf.dict(page.inherited.Resources);
    scanResources(pdf, resources, facts, new Set());
    for (const stream of contentStreams(pdf, page.dict.get('Contents'))) scanContent(stream, pdf, resources, facts);
    return facts;
  });
  await addTextRuns(bytes, pages);
  return { pages, document: describeDocument(pdf) };
}

function describeDocument(pdf: PdfFile): DocumentFacts {
  const facts: DocumentFacts = {};
  const info = pdf.dict(pdf.trailer.get('Info'));
  facts.pdfxVersion = readTextString(pdf.resolve(info?.get('GTS_PDFXVersion')));
  const metadata = pdf.stream(pdf.catalog.get('Metadata'));
  if (!facts.pdfxVersion && metadata) {
    const xmp = Buffer.from(pdf.decode(metadata)).toString('utf8');
    facts.pdfxVersion = /<pdfxid:GTS_PDFXVersion>([^<]+)</.exec(xmp)?.[1] ?? /pdfxid:GTS_PDFXVersion="([^"]+)"/.exec(xmp)?.[1];
  }
  for (const item of pdf.array(pdf.catalog.get('OutputIntents')) ?? []) {
    const intent = pdf.dict(item);
    const subtype = readTextString(pdf.resolve(intent?.get('S')));
    if (!intent || !subtype) continue;
    const profile = pdf.stream(intent.get('DestOutputProfile'));
    const condition = readTextString(pdf.resolve(intent.get('OutputConditionIdentifier')));
    facts.outputIntent = { subtype, condition, profileComponents: numberOf(pdf.resolve(profile?.dict.get('N'))) };
    if (subtype === 'GTS_PDFX') break;
  }
  return facts;
}

/** The decoded bytes of a page's /Contents: one stream or an array of them. */
function contentStreams(pdf: PdfFile, contents: PdfValue | undefined): Uint8Array[] {
  const value = pdf.resolve(contents);
  if (Array.isArray(value)) return value.flatMap((item) => contentStreams(pdf, item));
  if (value instanceof PdfStream) return [pdf.decode(value)];
  return [];
}

/** Fonts, colour spaces and images of a resource dictionary, following form XObjects. */
function scanResources(pdf: PdfFile, resources: PdfDict | undefined, facts: PageFacts, seen: Set<PdfDict>): void {
  if (!resources || seen.has(resources)) return;
  seen.add(resources);
  for (const [, ref] of pdf.dict(resources.get('Font'))?.entries ?? []) {
    const font = pdf.dict(ref);
    if (font) facts.fonts.push(describeFont(pdf, font));
  }
  for (const [name, space] of pdf.dict(resources.get('ColorSpace'))?.entries ?? []) {
    if (isRgbSpace(pdf, space)) facts.rgbUses.push(`colour space /${name} is RGB`);
  }
  for (const [name, ref] of pdf.dict(resources.get('XObject'))?.entries ?? []) {
    const xobject = pdf.stream(ref);
    if (!xobject) continue;
    const subtype = nameOf(pdf.resolve(xobject.dict.get('Subtype')));
    if (subtype === 'Image' && isRgbSpace(pdf, xobject.dict.get('ColorSpace'))) facts.rgbUses.push(`image /${name} is RGB`);
    if (subtype === 'Form') {
      const formResources = pdf.dict(xobject.dict.get('Resources'));
      scanResources(pdf, formResources, facts, seen);
      scanOperators(tokenizeContent(pdf.decode(xobject)), pdf, formResources ?? resources, facts);
    }
  }
}

function describeFont(pdf: PdfFile, font: PdfDict): FontUse {
  const subtype = nameOf(pdf.resolve(font.get('Subtype'))) ?? '?';
  const name = nameOf(pdf.resolve(font.get('BaseFont'))) ?? '?';
  if (subtype === 'Type3') return { name, subtype, embedded: true };
  const descendant = subtype === 'Type0' ? pdf.dict(pdf.array(font.get('DescendantFonts'))?.[0]) : undefined;
  const descriptor = pdf.dict((descendant ?? font).get('FontDescriptor'));
  const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(key));
  return { name, subtype, embedded };
}

function isRgbSpace(pdf: PdfFile, space: PdfValue | undefined): boolean {
  const value = pdf.resolve(space);
  if (value instanceof PdfName) return value.name === 'DeviceRGB' || value.name === 'CalRGB';
  if (!Array.isArray(value)) return false;
  const family = nameOf(pdf.resolve(value[0]));
  if (family === 'CalRGB') return true;
  if (family === 'ICCBased') return numberOf(pdf.resolve(pdf.stream(value[1])?.dict.get('N'))) === 3;
  // Indexed, Separation and DeviceN are RGB if their base or alternate space is
  if (family === 'Indexed') return isRgbSpace(pdf, value[1]);
  if (family === 'Separation' || family === 'DeviceN') return isRgbSpace(pdf, value[2]);
  return false;
}

/**
 * A page's content: its operators (RGB, line widths) and, followed into its forms, its paint. The forms'
 * operators are read once each by scanResources; their paint is traced wherever a `Do` places them.
 */
function scanContent(bytes: Uint8Array, pdf: PdfFile, resources: PdfDict | undefined, facts: PageFacts): void {
  const tokens = tokenizeContent(bytes);
  (facts.paints ??= []).push(...tracePaint(tokens, paintNames(pdf, resources, new Map())));
  scanOperators(tokens, pdf, resources, facts);
}

/** The graphics states and form XObjects of a resource dictionary, for tracePaint; each form's content decoded once. */
function paintNames(pdf: PdfFile, resources: PdfDict | undefined, decoded: Map<PdfStream, Token[]>): PaintNames {
  const states = pdf.dict(resources?.get('ExtGState'));
  const xobjects = pdf.dict(resources?.get('XObject'));
  return {
    overprintOf(name) {
      const state = pdf.dict(states?.get(name));
      const flag = (key: string) => {
        const v = pdf.resolve(state?.get(key));
        return typeof v === 'boolean' ? v : undefined;
      };
      return { fill: flag('op'), stroke: flag('OP') };
    },
    formOf(name) {
      const form = pdf.stream(xobjects?.get(name));
      if (!form || nameOf(pdf.resolve(form.dict.get('Subtype'))) !== 'Form') return undefined;
      let tokens = decoded.get(form);
      if (!tokens) decoded.set(form, (tokens = tokenizeContent(pdf.decode(form))));
      const matrix = pdf.array(form.dict.get('Matrix'))?.map((v) => numberOf(pdf.resolve(v)) ?? 0);
      // a form without resources of its own uses those of the page
      const own = pdf.dict(form.dict.get('Resources')) ?? resources;
      return { tokens, matrix: matrix?.length === 6 ? (matrix as Matrix) : [1, 0, 0, 1, 0, 0], names: paintNames(pdf, own, decoded) };
    },
  };
}

/** RGB operators and colour spaces, and line widths, of one content stream. */
function scanOperators(tokens: readonly Token[], pdf: PdfFile, resources: PdfDict | undefined, facts: PageFacts): void {
  const spaces = pdf.dict(resources?.get('ColorSpace'));
  let operands: string[] = [];
  for (const token of tokens) {
    if (token.type === 'operand') {
      operands.push(token.value);
      continue;
    }
    const op = token.value;
    if (op === 'rg' || op === 'RG') facts.rgbUses.push(`operator ${op} (${operands.join(' ')})`);
    if ((op === 'cs' || op === 'CS') && operands[0]) {
      const name = decodeName(Buffer.from(operands[0].slice(1), 'latin1'));
      if (name === 'DeviceRGB' || (spaces && isRgbSpace(pdf, spaces.get(name)))) facts.rgbUses.push(`operator ${op} ${operands[0]}`);
    }
    if (op === 'w' && operands[0] !== undefined) facts.lineWidths.push(Number(operands[0]));
    operands = [];
  }
}

/** Text with its box, from pdf.js: origin at the baseline, extended by typical ascender and descender. */
async function addTextRuns(bytes: Uint8Array, pages: PageFacts[]): Promise<void> {
  const pdfjs = await importEsm<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    for (const facts of pages) {
      const page = await doc.getPage(facts.number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        const sizePt = Math.hypot(a ?? 0, b ?? 0) || item.height;
        facts.text.push({
          text: item.str,
          sizePt,
          box: { x0: e ?? 0, y0: (f ?? 0) - 0.22 * sizePt, x1: (e ?? 0) + item.width, y1: (f ?? 0) + 0.72 * sizePt },
        });
      }
    }
  } finally {
    await doc.destroy();
  }
}
