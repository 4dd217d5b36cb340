import type { Frame } from '../model/Frame.ts';
import type { Page } from '../model/Page.ts';
import { drawElsewhere } from './drawElsewhere.ts';
import { boundsOf } from './visibleItems.ts';

interface Ref { data: Record<string, unknown>; write(chunk: string | Uint8Array): void; end(): void }
interface PdfKitForms {
  ref(data: Record<string, unknown>): Ref;
  page: { xobjects: Record<string, unknown> };
  spotColors: Record<string, { id: string }>;
  addContent(op: string): void;
}

/** Frames placed more than once in a document: the back of a deck behind every card, a poster on each of its tiles. */
export function repeatedFrames(pages: readonly Page[]): Set<Frame> {
  const seen = new Set<Frame>();
  const repeated = new Set<Frame>();
  for (const page of pages) {
    for (const { frame } of page.placements) (seen.has(frame) ? repeated : seen).add(frame);
  }
  return repeated;
}

// per document, like the logos' forms
const framesDrawn = new WeakMap<PDFKit.PDFDocument, Map<Frame, { name: string; ref: Ref }>>();

/**
 * Places `frame` (at the current origin) as a form XObject of the document, drawn by `draw` the first
 * time: a back printed behind 27 cards is drawn once per file and placed 27 times, a poster once for all
 * its tiles (each tile clips it). The file is smaller and quicker to make; the page looks the same. The
 * form's box holds the frame with its bleed and everything drawn in it, so it cuts nothing off.
 */
export function placeFrameForm(document: PDFKit.PDFDocument, frame: Frame, draw: () => void): void {
  const doc = document as unknown as PdfKitForms;
  let forms = framesDrawn.get(document);
  if (!forms) framesDrawn.set(document, (forms = new Map()));
  let form = forms.get(frame);
  if (!form) {
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: formBox(frame) });
    const used = drawElsewhere(document, frame, (chunk) => ref.write(chunk), draw);
    // the spot colours (registration) go with every page's resources, as pdfkit does at the end of a page
    const spaces: Record<string, unknown> = { ...used.ColorSpace };
    for (const colour of Object.values(doc.spotColors)) spaces[colour.id] = colour;
    ref.data.Resources = { ...used, ...(Object.keys(spaces).length ? { ColorSpace: spaces } : {}) };
    ref.end();
    forms.set(frame, (form = { name: `Frame${forms.size + 1}`, ref }));
  }
  doc.page.xobjects[form.name] = form.ref;
  doc.addContent(`/${form.name} Do`);
}

/** The frame with its bleed and the bounds of every item, in the frame's own coordinates. */
function formBox(frame: Frame): number[] {
  let [x0, y0, x1, y1] = [-frame.bleedPt, -frame.bleedPt, frame.widthPt + frame.bleedPt, frame.heightPt + frame.bleedPt];
  for (const item of frame.items) {
    const box = boundsOf(item);
    [x0, y0, x1, y1] = [Math.min(x0, box.x), Math.min(y0, box.y), Math.max(x1, box.x + box.w), Math.max(y1, box.y + box.h)];
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [round(x0), round(y0), round(x1), round(y1)];
}
