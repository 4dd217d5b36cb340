import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { rgbToCmyk } from '../colour/toCmyk.ts';
import { currentDiskCache, type DiskCache } from '../cache/diskCache.ts';
import { mendToUnicode } from './mendToUnicode.ts';
import { type ContentChunk, drawElsewhere } from './drawElsewhere.ts';
import { useShapedRuns } from './shapedLines.ts';
import { cacheFontSubsets } from './subsetCache.ts';
import { subsetsMakeNoGlyphs } from './subsetsMakeNoGlyphs.ts';
import { writeStreams } from './writeStreams.ts';
import { VERSION } from '../version.ts';
import { declarePdfx, tagFontSubsets } from './pdfx.ts';
import type { LogoAsset } from '../model/Logo.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import { placeFrameForm, repeatedFrames } from './frameForms.ts';
import type { Box, Page, PageDocument } from '../model/Page.ts';
import { visibleItems } from './visibleItems.ts';
import type { FontSet } from '../model/Project.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { Mark } from '../model/Deck.ts';


export const PRODUCER = `kaartwerk ${VERSION}`;

/** What the document ids derive from when the caller has no content hash at hand. */
function digestDocument(document: PageDocument): string {
  return createHash('sha256').update(JSON.stringify(document, (key, value: unknown) => (key === 'source' ? undefined : value instanceof Uint8Array ? value.byteLength : value))).digest('hex');
}

/**
 * Draws the pages with pdfkit: CMYK only, subset fonts embedded, TrimBox and BleedBox on each page,
 * black text overprinting. A print file (`document.printFile`) declares PDF/X-4 with the press profile
 * as output intent; every file carries the same XMP metadata. `contentId` (the build's content hash)
 * fixes the document ids, so rebuilding the same input gives the same bytes. Shaped words, font subsets
 * and large compressed streams are kept in `options.cache` (by default the disk cache of the project
 * being built, see currentDiskCache; `null` for none) between runs: the bytes are the same with or
 * without it. `flushCache` (a render worker: it has no end of command that writes its cache, and is
 * ended at once when the build is done) writes what this document added (its subsets, the fonts' grown
 * words) when it is drawn.
 */
export function renderPdf(document: PageDocument, fonts: FontSet, options: { contentId?: string; cache?: DiskCache | null; flushCache?: boolean } = {}): Promise<Buffer> {
  // the date the plan decided (SOURCE_DATE_EPOCH or a fixed one): the same input gives the same bytes
  const date = new Date(document.date);
  const contentId = options.contentId ?? digestDocument(document);
  const doc = new PDFDocument({
    autoFirstPage: false,
    // no default font: pdfkit would read and parse Helvetica's metrics for every document (~1 ms each),
    // and every text is set in the edition's own fonts, registered below
    font: null as unknown as string,
    compress: true,
    pdfVersion: '1.6',
    lang: document.lang,
    info: { Title: document.title, ...(document.author ? { Author: document.author } : {}), Producer: PRODUCER, Creator: PRODUCER, CreationDate: date, ModDate: date },
  });
  const cache = options.cache === undefined ? currentDiskCache() : (options.cache ?? undefined);
  writeStreams(doc, cache);
  declarePdfx(doc, { title: document.title, author: document.author, producer: PRODUCER, date, contentId, printFile: document.printFile === true });
  // the fontkit fonts parsed once by validate, shared by every document: their tables are decoded once,
  // and each string is shaped once per process (or read from the cache), not once per document
  const keepShapedRuns: (() => void)[] = [];
  for (const face of Object.values(fonts)) {
    doc.registerFont(face.role, face.font as unknown as string);
    doc.font(face.role);
    keepShapedRuns.push(useShapedRuns((doc as unknown as { _font: Parameters<typeof useShapedRuns>[0] })._font, face.font, cache));
  }
  cacheFontSubsets(doc, cache);
  subsetsMakeNoGlyphs(doc);
  // "All" is the PDF name of the registration colour: it prints on every plate.
  (doc as unknown as { addSpotColor(name: string, c: number, m: number, y: number, k: number): void }).addSpotColor('All', 100, 100, 100, 100);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const repeated = repeatedFrames(document.pages);
  for (const page of document.pages) drawPage(doc, page, repeated);
  for (const keep of keepShapedRuns) keep();
  tagFontSubsets(doc, contentId);
  mendToUnicode(doc);
  doc.end();
  if (options.flushCache) cache?.flush();
  return done;
}

/** Page boxes in thousandths of a point, all rounded the same way, so each nests inside the one around it. */
const round = (n: number) => Math.round(n * 1000) / 1000;

function drawPage(doc: PDFKit.PDFDocument, page: Page, repeated: ReadonlySet<Frame>): void {
  const media = { x: 0, y: 0, w: round(page.widthPt), h: round(page.heightPt) };
  doc.addPage({ size: [media.w, media.h], margin: 0 });
  // pdfkit writes only the MediaBox; the others are set on the page dictionary (PDF coordinates, y up).
  const data = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  const bleed = page.bleedBox && pdfBox(page.bleedBox, page.heightPt, pdfBox(media, media.h));
  if (bleed) data.BleedBox = bleed;
  if (page.trimBox) data.TrimBox = pdfBox(page.trimBox, page.heightPt, bleed ?? pdfBox(media, media.h));
  for (const placement of page.placements) {
    doc.save();
    const c = placement.clip;
    doc.rect(c.x, c.y, c.w, c.h).clip();
    doc.translate(placement.x, placement.y);
    if (placement.scale !== undefined && placement.scale !== 1) doc.scale(placement.scale);
    if (placement.rotate) doc.rotate(placement.rotate);
    const { frame } = placement;
    if (repeated.has(frame)) placeFrameForm(doc, frame, () => {
      for (const item of frame.items) drawItem(doc, item);
    });
    else for (const item of visibleItems(placement)) drawItem(doc, item);
    doc.restore();
  }
  for (const item of page.items) drawItem(doc, item);
}

/** A box in PDF coordinates (y up), rounded, and held inside `outer` (a rounding may not step outside). */
function pdfBox(box: Box, pageHeight: number, outer?: number[]): number[] {
  const r = [round(box.x), round(pageHeight - box.y - box.h), round(box.x + box.w), round(pageHeight - box.y)];
  if (!outer) return r;
  return [Math.max(r[0]!, outer[0]!), Math.max(r[1]!, outer[1]!), Math.min(r[2]!, outer[2]!), Math.min(r[3]!, outer[3]!)];
}

function colour(c: Cmyk): PDFKit.Mixins.ColorValue {
  // registration: all four inks at 100 % means the registration separation, not rich black
  return c.every((v) => v === 100) ? 'All' : ([...c] as PDFKit.Mixins.ColorValue);
}

function drawItem(doc: PDFKit.PDFDocument, item: FrameItem): void {
  switch (item.kind) {
    case 'rect':
      doc.rect(item.x, item.y, item.w, item.h);
      if (item.fill && item.stroke) doc.lineWidth(item.lineWidthPt ?? 0.5).fillAndStroke(colour(item.fill), colour(item.stroke));
      else if (item.fill) doc.fill(colour(item.fill));
      else if (item.stroke) doc.lineWidth(item.lineWidthPt ?? 0.5).stroke(colour(item.stroke));
      return;
    case 'line':
      doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidthPt);
      if (item.dash) doc.dash(item.dash[0], { space: item.dash[1] });
      doc.stroke(colour(item.stroke));
      if (item.dash) doc.undash();
      return;
    case 'mark':
      drawMark(doc, item.shape, item.cx, item.cy, item.sizePt);
      // the ring is the one outlined mark: it stays apart from the filled circle in black and white
      if (item.shape === 'ring') doc.lineWidth(item.sizePt * 0.18).stroke(colour(item.fill));
      else doc.fill(colour(item.fill));
      return;
    case 'image':
      drawImage(doc, item.image, item.x, item.y, item.w, item.h);
      return;
    case 'path':
      // pdfkit reads the SVG path data itself; the scale puts it in points, the line width is set
      // in the path's own units so that it comes out at lineWidthPt
      doc.save().translate(item.x, item.y).scale(item.scale).path(item.d);
      if (item.stroke) doc.lineWidth((item.lineWidthPt ?? 0.5) / item.scale).lineJoin('round').lineCap('round');
      if (item.fill && item.stroke) doc.fillAndStroke(colour(item.fill), colour(item.stroke));
      else if (item.fill) doc.fill(colour(item.fill));
      else if (item.stroke) doc.stroke(colour(item.stroke));
      doc.restore();
      return;
    case 'text': {
      // black text overprints: it prints on top of the band or back, so no white gap shows if the
      // plates are slightly off
      const overprint = isPureBlack(item.colour);
      if (overprint) {
        doc.save();
        setOverprint(doc);
      }
      // textWidth: pdfkit measures a text (every word laid out again) only to underline, strike or link
      // it, none of which a card does; given, that pass is skipped (~40 ms of a full build's profile)
      // (pdfkit 0.20 reads it; its types do not list it)
      const options: PDFKit.Mixins.TextOptions & { textWidth: number } = { lineBreak: false, baseline: 'alphabetic', textWidth: 0, ...(item.trackingPt ? { characterSpacing: item.trackingPt } : {}) };
      doc.font(item.font).fontSize(item.sizePt).fillColor(colour(item.colour)).text(item.text, item.x, item.y, options);
      if (overprint) doc.restore();
      return;
    }
  }
}

const isPureBlack = (c: Cmyk) => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 100;

// per document (a build makes it and drops it when its bytes are out): no bound needed
const overprintStates = new WeakMap<PDFKit.PDFDocument, unknown>();

/** Overprint on (fill and stroke) with mode 1: the 0 % inks of black leave the colours below alone. */
function setOverprint(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { ref(data: Record<string, unknown>): { end(): void }; page: { ext_gstates: Record<string, unknown> }; addContent(op: string): void };
  let state = overprintStates.get(doc);
  if (!state) {
    const ref = internal.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
    ref.end();
    overprintStates.set(doc, (state = ref));
  }
  internal.page.ext_gstates.GSop = state;
  internal.addContent('/GSop gs');
}

/** The category shapes, all drawn to the same visual weight in a square of `size`. */
function drawMark(doc: PDFKit.PDFDocument, shape: Mark, cx: number, cy: number, size: number): void {
  const r = size / 2;
  const polygon = (points: [number, number][]) => doc.polygon(...points.map(([x, y]) => [cx + x * r, cy + y * r] as [number, number]));
  switch (shape) {
    case 'circle': doc.circle(cx, cy, r * 0.95); return;
    case 'square': doc.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7); return;
    case 'triangle': polygon([[0, -1], [1, 0.8], [-1, 0.8]]); return;
    case 'diamond': polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]); return;
    case 'star': polygon(Array.from({ length: 10 }, (_, i) => {
      const angle = -Math.PI / 2 + (i * Math.PI) / 5;
      const radius = i % 2 ? 0.45 : 1;
      return [Math.cos(angle) * radius, Math.sin(angle) * radius] as [number, number];
    })); return;
    case 'ring': doc.circle(cx, cy, r * 0.8); return;
    case 'hexagon': polygon(Array.from({ length: 6 }, (_, i) => {
      const angle = (i * Math.PI) / 3;
      return [Math.cos(angle), Math.sin(angle) * 0.95] as [number, number];
    })); return;
    case 'cross': {
      // a filled plus sign (arms a third of its width): reads apart from the ring and the square in black and white
      const [a, e] = [0.34, 0.95];
      polygon([[-a, -e], [a, -e], [a, -a], [e, -a], [e, a], [a, a], [a, e], [-a, e], [-a, a], [-e, a], [-e, -a], [-a, -a]]);
      return;
    }
    case 'none': return;
  }
}

// per document, like overprintStates
const rasterObjects = new WeakMap<PDFKit.PDFDocument, Map<LogoAsset, { label: string; ref: unknown }>>();

/**
 * A logo. SVG is drawn as vectors with every colour turned into CMYK through the press profile on the
 * way; a raster logo, already CMYK, becomes one DeviceCMYK image object per document (pdfkit itself only
 * embeds RGB or grey images), with its transparency as a soft mask.
 */
function drawImage(doc: PDFKit.PDFDocument, image: LogoAsset, x: number, y: number, w: number, h: number): void {
  if (image.kind === 'svg') {
    // drawn once per document into a form XObject, then placed by reference: a logo on every back
    // costs one small `Do` per back, not its whole drawing again
    const form = svgForm(doc, image);
    const internal = doc as unknown as { page: { xobjects: Record<string, unknown> }; addContent(op: string): void };
    internal.page.xobjects[form.label] = form.ref;
    doc.save();
    doc.transform(w / form.widthPt, 0, 0, h / form.heightPt, x, y);
    internal.addContent(`/${form.label} Do`);
    doc.restore();
    return;
  }
  const internal = doc as unknown as {
    ref(data: Record<string, unknown>): { end(chunk: Buffer): void };
    page: { xobjects: Record<string, unknown> };
    addContent(op: string): void;
  };
  let objects = rasterObjects.get(doc);
  if (!objects) rasterObjects.set(doc, (objects = new Map()));
  let entry = objects.get(image);
  if (!entry) {
    const dictionary: Record<string, unknown> = { Type: 'XObject', Subtype: 'Image', Width: image.widthPx, Height: image.heightPx, BitsPerComponent: 8, ColorSpace: 'DeviceCMYK' };
    if (image.alpha) {
      // transparency as a soft mask: the logo's background stays the colour it is printed on
      const mask = internal.ref({ Type: 'XObject', Subtype: 'Image', Width: image.widthPx, Height: image.heightPx, BitsPerComponent: 8, ColorSpace: 'DeviceGray' });
      mask.end(Buffer.from(image.alpha));
      dictionary.SMask = mask;
    }
    const ref = internal.ref(dictionary);
    ref.end(Buffer.from(image.cmyk));
    entry = { label: `Logo${objects.size + 1}`, ref };
    objects.set(image, entry);
  }
  internal.page.xobjects[entry.label] = entry.ref;
  doc.save();
  doc.transform(w, 0, 0, -h, x, y + h);
  internal.addContent(`/${entry.label} Do`);
  doc.restore();
}

/** The size an SVG logo is drawn at inside its form (points); placements scale it to their box. */
const FORM_HEIGHT_PT = 100;
// per document, like overprintStates
const svgForms = new WeakMap<PDFKit.PDFDocument, Map<LogoAsset, { label: string; ref: unknown; widthPt: number; heightPt: number }>>();
/**
 * The drawing of an SVG logo, made once per process: its content stream and the graphics states it
 * names. A logo whose drawing needs other resources (svg-to-pdfkit's own groups) is drawn per document.
 * Keyed by the logo object, which validate makes for each build from the file's bytes: a changed logo is
 * a new object, and the drawing goes with the frames that hold it (at most the layout caches' bound).
 */
const svgDrawings = new WeakMap<LogoAsset, { chunks: ContentChunk[]; states: Record<string, Record<string, unknown>> } | null>();

/**
 * The SVG logo as a form XObject of this document, made on first use: svg-to-pdfkit draws into the form's
 * stream instead of the page (it does the same for its own groups), its colours turned into CMYK on the
 * way. The drawing is kept for the next document, which only copies it.
 */
function svgForm(doc: PDFKit.PDFDocument, image: Extract<LogoAsset, { kind: 'svg' }>) {
  let forms = svgForms.get(doc);
  if (!forms) svgForms.set(doc, (forms = new Map()));
  const known = forms.get(image);
  if (known) return known;
  interface Ref { data: Record<string, unknown>; write(chunk: ContentChunk): void; end(): void }
  const internal = doc as unknown as { ref(data?: Record<string, unknown>): Ref };
  const widthPt = FORM_HEIGHT_PT * image.aspect;
  const heightPt = FORM_HEIGHT_PT;
  const resources = internal.ref();
  const ref = internal.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, widthPt, heightPt], Resources: resources });
  const drawn = svgDrawings.get(image);
  if (drawn) {
    for (const chunk of drawn.chunks) ref.write(chunk);
    const states: Record<string, Ref> = {};
    for (const [name, data] of Object.entries(drawn.states)) {
      const state = internal.ref({ ...data });
      state.end();
      states[name] = state;
    }
    if (Object.keys(states).length) resources.data.ExtGState = states;
  } else {
    const chunks: ContentChunk[] = [];
    const used = drawElsewhere(doc, { widthPt, heightPt }, (chunk) => {
      chunks.push(chunk);
      ref.write(chunk);
    }, () => SVGtoPDF(doc, image.svg, 0, 0, {
      width: widthPt,
      height: heightPt,
      preserveAspectRatio: 'xMidYMid meet',
      colorCallback: (c) => (c ? [rgbToCmyk(c[0][0] ?? 0, c[0][1] ?? 0, c[0][2] ?? 0), c[1]] : c),
      warningCallback: () => undefined,
    }));
    Object.assign(resources.data, used);
    const onlyStates = Object.keys(used).every((name) => name === 'ExtGState');
    const states = Object.fromEntries(Object.entries((used.ExtGState ?? {}) as Record<string, Ref>).map(([name, state]) => [name, state.data]));
    svgDrawings.set(image, onlyStates ? { chunks, states } : null);
  }
  resources.end();
  ref.end();
  const form = { label: `LogoForm${forms.size + 1}`, ref, widthPt, heightPt };
  forms.set(image, form);
  return form;
}
