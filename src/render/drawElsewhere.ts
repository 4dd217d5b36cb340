/** A chunk of a content stream as pdfkit writes it. */
export type ContentChunk = string | Uint8Array;

/** The resources a drawing used, by their PDF names (Font, XObject, ExtGState, Pattern, ColorSpace); only those it used. */
export type UsedResources = Record<string, Record<string, unknown>>;

interface PdfKitDrawing {
  page: unknown;
  _ctm: number[];
}

const RESOURCE_NAMES: Record<string, string> = { fonts: 'Font', xobjects: 'XObject', ext_gstates: 'ExtGState', patterns: 'Pattern', colorSpaces: 'ColorSpace' };

/**
 * Runs `draw` with pdfkit's drawing sent to `write` instead of the page: the stream of a form XObject.
 * pdfkit draws on the page in hand (`doc.page`: its stream, its resources, its height for text), so for
 * the time of `draw` a stand-in page takes its place, as svg-to-pdfkit does for its own groups; the
 * coordinates start from the form's own origin (CTM identity). Gives back the resources the drawing
 * named, which the form must carry.
 */
export function drawElsewhere(document: PDFKit.PDFDocument, size: { widthPt: number; heightPt: number }, write: (chunk: ContentChunk) => void, draw: () => void): UsedResources {
  const doc = document as unknown as PdfKitDrawing;
  const page = doc.page;
  const ctm = doc._ctm;
  const own: Record<string, Record<string, unknown>> = { fonts: {}, xobjects: {}, ext_gstates: {}, patterns: {}, colorSpaces: {} };
  doc.page = { width: size.widthPt, height: size.heightPt, annotations: [], markings: [], ...own, write };
  doc._ctm = [1, 0, 0, 1, 0, 0];
  try {
    draw();
  } finally {
    doc.page = page;
    doc._ctm = ctm;
  }
  const used: UsedResources = {};
  for (const [key, name] of Object.entries(RESOURCE_NAMES)) {
    if (Object.keys(own[key]!).length) used[name] = own[key]!;
  }
  return used;
}
