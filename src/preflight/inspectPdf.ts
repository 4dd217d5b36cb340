import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { tokenizeContent } from './tokenizeContent.ts';

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
}

/** Reads the facts of every page: structure with pdf-lib, text positions with pdf.js. */
export async function inspectPdf(bytes: Uint8Array): Promise<PageFacts[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const pages = pdf.getPages().map((page, i): PageFacts => {
    const node = page.node;
    const facts: PageFacts = {
      number: i + 1,
      mediaBox: toBox(page.getMediaBox()),
      trimBox: node.get(PDFName.of('TrimBox')) ? toBox(page.getTrimBox()) : undefined,
      bleedBox: node.get(PDFName.of('BleedBox')) ? toBox(page.getBleedBox()) : undefined,
      fonts: [],
      rgbUses: [],
      lineWidths: [],
      text: [],
    };
    const resources = node.Resources();
    scanResources(pdf, resources, facts, new Set());
    for (const stream of contentStreams(pdf, node.get(PDFName.of('Contents')))) scanContent(stream, pdf, resources, facts);
    return facts;
  });
  await addTextRuns(bytes, pages);
  return pages;
}

function toBox(b: { x: number; y: number; width: number; height: number }): PdfBox {
  return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
}

function contentStreams(pdf: PDFDocument, contents: PDFObject | undefined): Uint8Array[] {
  const value = contents instanceof PDFRef ? pdf.context.lookup(contents) : contents;
  if (value instanceof PDFArray) return value.asArray().flatMap((item) => contentStreams(pdf, item));
  if (value instanceof PDFStream) return [decode(value)];
  return [];
}

function decode(stream: PDFStream): Uint8Array {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
}

function lookupDict(pdf: PDFDocument, value: PDFObject | undefined): PDFDict | undefined {
  const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
  return resolved instanceof PDFDict ? resolved : undefined;
}

/** Fonts, colour spaces and images of a resource dictionary, following form XObjects. */
function scanResources(pdf: PDFDocument, resources: PDFDict | undefined, facts: PageFacts, seen: Set<PDFDict>): void {
  if (!resources || seen.has(resources)) return;
  seen.add(resources);
  const fonts = lookupDict(pdf, resources.get(PDFName.of('Font')));
  for (const [, ref] of fonts?.entries() ?? []) {
    const font = lookupDict(pdf, ref);
    if (font) facts.fonts.push(describeFont(pdf, font));
  }
  const spaces = lookupDict(pdf, resources.get(PDFName.of('ColorSpace')));
  for (const [name, space] of spaces?.entries() ?? []) {
    if (isRgbSpace(pdf, space)) facts.rgbUses.push(`colour space ${name.asString()} is RGB`);
  }
  const xobjects = lookupDict(pdf, resources.get(PDFName.of('XObject')));
  for (const [name, ref] of xobjects?.entries() ?? []) {
    const xobject = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref;
    if (!(xobject instanceof PDFStream)) continue;
    const subtype = xobject.dict.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Image') && isRgbSpace(pdf, xobject.dict.get(PDFName.of('ColorSpace')))) {
      facts.rgbUses.push(`image ${name.asString()} is RGB`);
    }
    if (subtype === PDFName.of('Form')) {
      const formResources = lookupDict(pdf, xobject.dict.get(PDFName.of('Resources')));
      scanResources(pdf, formResources, facts, seen);
      scanContent(decode(xobject), pdf, formResources, facts);
    }
  }
}

function describeFont(pdf: PDFDocument, font: PDFDict): FontUse {
  const subtype = font.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '?';
  const name = font.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?';
  if (subtype === 'Type3') return { name, subtype, embedded: true };
  let descriptorOwner = font;
  if (subtype === 'Type0') {
    const descendants = font.get(PDFName.of('DescendantFonts'));
    const array = descendants instanceof PDFRef ? pdf.context.lookup(descendants) : descendants;
    const first = array instanceof PDFArray ? lookupDict(pdf, array.get(0)) : undefined;
    if (first) descriptorOwner = first;
  }
  const descriptor = lookupDict(pdf, descriptorOwner.get(PDFName.of('FontDescriptor')));
  const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.get(PDFName.of(key)) !== undefined);
  return { name, subtype, embedded };
}

function isRgbSpace(pdf: PDFDocument, space: PDFObject | undefined): boolean {
  const value = space instanceof PDFRef ? pdf.context.lookup(space) : space;
  if (value === undefined) return false;
  if (value instanceof PDFName) return value === PDFName.of('DeviceRGB') || value === PDFName.of('CalRGB');
  if (value instanceof PDFArray) {
    const family = value.get(0);
    if (family === PDFName.of('CalRGB')) return true;
    if (family === PDFName.of('ICCBased')) {
      const profile = value.get(1);
      const stream = profile instanceof PDFRef ? pdf.context.lookup(profile) : profile;
      const components = stream instanceof PDFStream ? stream.dict.get(PDFName.of('N')) : undefined;
      return components instanceof PDFNumber && components.asNumber() === 3;
    }
    // Indexed, Separation and DeviceN are RGB if their base or alternate space is
    if (family === PDFName.of('Indexed')) return isRgbSpace(pdf, value.get(1));
    if (family === PDFName.of('Separation') || family === PDFName.of('DeviceN')) return isRgbSpace(pdf, value.get(2));
  }
  return false;
}

function scanContent(bytes: Uint8Array, pdf: PDFDocument, resources: PDFDict | undefined, facts: PageFacts): void {
  const spaces = lookupDict(pdf, resources?.get(PDFName.of('ColorSpace')));
  let operands: string[] = [];
  for (const token of tokenizeContent(bytes)) {
    if (token.type === 'operand') {
      operands.push(token.value);
      continue;
    }
    const op = token.value;
    if (op === 'rg' || op === 'RG') facts.rgbUses.push(`operator ${op} (${operands.join(' ')})`);
    if ((op === 'cs' || op === 'CS') && operands[0]) {
      const name = operands[0].slice(1);
      if (name === 'DeviceRGB' || (spaces && isRgbSpace(pdf, spaces.get(PDFName.of(name))))) facts.rgbUses.push(`operator ${op} ${operands[0]}`);
    }
    if (op === 'w' && operands[0] !== undefined) facts.lineWidths.push(Number(operands[0]));
    operands = [];
  }
}

/** Text with its box, from pdf.js: origin at the baseline, extended by typical ascender and descender. */
async function addTextRuns(bytes: Uint8Array, pages: PageFacts[]): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
