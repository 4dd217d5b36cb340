import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { tokenizeContent } from './tokenizeContent.ts';
import { tracePaint, type Paint } from './tracePaint.ts';

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

/** Reads the facts of every page: structure with pdf-lib, text positions with pdf.js. */
export async function inspectPdf(bytes: Uint8Array): Promise<PageFacts[]> {
  return (await inspectPdfDocument(bytes)).pages;
}

/** The facts of every page and of the document as a whole. */
export async function inspectPdfDocument(bytes: Uint8Array): Promise<{ pages: PageFacts[]; document: DocumentFacts }> {
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
      paints: [],
    };
    const resources = node.Resources();
    scanResources(pdf, resources, facts, new Set());
    for (const stream of contentStreams(pdf, node.get(PDFName.of('Contents')))) scanContent(stream, pdf, resources, facts);
    return facts;
  });
  await addTextRuns(bytes, pages);
  return { pages, document: describeDocument(pdf) };
}

function text(value: PDFObject | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return value.toString().replace(/^\//, '');
}

function describeDocument(pdf: PDFDocument): DocumentFacts {
  const facts: DocumentFacts = {};
  const info = lookupDict(pdf, pdf.context.trailerInfo.Info);
  facts.pdfxVersion = text(info?.lookup(PDFName.of('GTS_PDFXVersion')));
  const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!facts.pdfxVersion && metadata instanceof PDFStream) {
    facts.pdfxVersion = /<pdfxid:GTS_PDFXVersion>([^<]+)</.exec(Buffer.from(decode(metadata)).toString('utf8'))?.[1]
      ?? /pdfxid:GTS_PDFXVersion="([^"]+)"/.exec(Buffer.from(decode(metadata)).toString('utf8'))?.[1];
  }
  const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'));
  if (intents instanceof PDFArray) {
    for (const item of intents.asArray()) {
      const intent = lookupDict(pdf, item);
      const subtype = text(intent?.get(PDFName.of('S')));
      if (!intent || !subtype) continue;
      const profile = intent.lookup(PDFName.of('DestOutputProfile'));
      const components = profile instanceof PDFStream ? profile.dict.get(PDFName.of('N')) : undefined;
      facts.outputIntent = { subtype, condition: text(intent.lookup(PDFName.of('OutputConditionIdentifier'))), profileComponents: components instanceof PDFNumber ? components.asNumber() : undefined };
      if (subtype === 'GTS_PDFX') break;
    }
  }
  return facts;
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
  const states = lookupDict(pdf, resources?.get(PDFName.of('ExtGState')));
  const tokens = tokenizeContent(bytes);
  (facts.paints ??= []).push(...tracePaint(tokens, (name) => {
    const state = lookupDict(pdf, states?.get(PDFName.of(name)));
    const flag = (key: string) => {
      const v = state?.lookup(PDFName.of(key));
      return v instanceof PDFBool ? v.asBoolean() : undefined;
    };
    return { fill: flag('op'), stroke: flag('OP') };
  }));
  let operands: string[] = [];
  for (const token of tokens) {
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
