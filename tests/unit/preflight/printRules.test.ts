import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { checkPages } from '../../../src/preflight/checkPages.ts';
import { inspectPdfDocument } from '../../../src/preflight/inspectPdf.ts';
import { drawElsewhere } from '../../../src/render/drawElsewhere.ts';
import { pdfkitBytes } from '../../helpers/pdfkitBytes.ts';

/** A card-sized print file (boxes set) that breaks every ink rule and declares nothing. */
function brokenPrintFile(): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, info: { CreationDate: new Date(0) } });
  doc.addPage({ size: [195.59, 266.46], margin: 0 });
  const data = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  data.BleedBox = [0, 0, 195.59, 266.46];
  data.TrimBox = [8.504, 8.504, 187.087, 257.953];
  doc.rect(0, 0, 195.59, 100).fill([100, 100, 100, 100]); // 400 % ink
  doc.rect(0, 100, 195.59, 166.46).fill([100, 80, 0, 0]); // a two-ink band
  doc.fillColor([0, 0, 0, 100]).fontSize(10).text('black, knocking out', 30, 40, { lineBreak: false });
  doc.fillColor([0, 0, 0, 0]).fontSize(6.5).text('small white text', 30, 150, { lineBreak: false });
  return pdfkitBytes(doc);
}

/**
 * Two print pages naming the same form XObject, which holds 400 % ink and black text that knocks out:
 * page 1 places it twice, page 2 lists it among its resources and never places it.
 */
function printFileWithForm(): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, info: { CreationDate: new Date(0) } });
  const internal = doc as unknown as { ref(data: Record<string, unknown>): { data: Record<string, unknown>; write(chunk: string | Uint8Array): void; end(): void }; page: { xobjects: Record<string, unknown> }; addContent(op: string): void };
  const addPage = () => {
    doc.addPage({ size: [195.59, 266.46], margin: 0 });
    const data = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
    data.BleedBox = [0, 0, 195.59, 266.46];
    data.TrimBox = [8.504, 8.504, 187.087, 257.953];
  };
  addPage();
  const form = internal.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, 195.59, 100] });
  form.data.Resources = drawElsewhere(doc, { widthPt: 195.59, heightPt: 100 }, (chunk) => form.write(chunk), () => {
    doc.rect(0, 0, 195.59, 40).fill([100, 100, 100, 100]);
    doc.fillColor([0, 0, 0, 100]).fontSize(10).text('black, knocking out', 30, 60, { lineBreak: false });
  });
  form.end();
  for (const y of [0, 120]) {
    internal.page.xobjects.Fm = form;
    doc.save().translate(0, y);
    internal.addContent('/Fm Do');
    doc.restore();
  }
  addPage();
  internal.page.xobjects.Fm = form;
  return pdfkitBytes(doc);
}

describe('preflight: what a print shop checks on a print file', () => {
  it('follows a form XObject wherever a page places it: each placement counts, a form only listed does not', async () => {
    const { pages, document } = await inspectPdfDocument(await printFileWithForm());
    const ink = checkPages(pages, { bleedMm: 3, safeMm: 4 }, document).findings.filter((f) => /ink|knock/.test(f.message)).map((f) => `page ${f.page}: ${f.severity}: ${f.message}`);
    expect(ink).toEqual(['page 1: error: ink coverage of 400 %, above 300 %', 'page 1: warning: 2 black text run(s) knock out instead of overprinting']);
    // placed at its place: the second placement's rectangle 120 pt lower on the page (PDF y up)
    const rects = pages[0]!.paints!.filter((p) => p.kind === 'rect').map((p) => Math.round(p.box!.y1 * 100) / 100);
    expect(rects).toEqual([266.46, 146.46]);
  });

  it('finds a file that is not PDF/X-4, has no output intent, too much ink, knocked-out black and small reversed text', async () => {
    const { pages, document } = await inspectPdfDocument(await brokenPrintFile());
    const messages = checkPages(pages, { bleedMm: 3, safeMm: 4 }, document).findings.map((f) => `${f.severity}: ${f.message}`);
    expect(messages).toContain('error: not declared PDF/X-4 (no GTS_PDFXVersion)');
    expect(messages).toContainEqual(expect.stringMatching(/^error: no PDF\/X output intent/));
    expect(messages).toContain('error: ink coverage of 400 %, above 300 %');
    expect(messages).toContain('warning: 1 black text run(s) knock out instead of overprinting');
    expect(messages).toContain('warning: white text of 6.5 pt on a colour of 2 inks: below 8 pt it fills in when the plates are off');
  });
});
