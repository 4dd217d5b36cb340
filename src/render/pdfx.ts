import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PRESS_CONDITION, pressProfileBytes } from '../colour/pressProfile.ts';

/**
 * PDF/X-4 for pdfkit: the output intent with the press profile, the XMP packet a print shop's preflight
 * reads (PDF/X version, document and instance ids, dates, title, author, producer, trapping), Trapped in
 * the Info dictionary. Ids come from the content, so two builds of the same input stay byte-identical.
 */
export interface DocumentMeta {
  title: string;
  author?: string;
  producer: string;
  date: Date;
  /** A digest of what the file is made from: the document and instance ids derive from it. */
  contentId: string;
  printFile: boolean;
}

interface PdfKitInternals {
  _root: { data: Record<string, unknown>; constructor: unknown };
  ref(data?: unknown): { data: Record<string, unknown>; compress?: boolean; write(b: Uint8Array): void; end(b?: Uint8Array): void };
  info: Record<string, unknown>;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

/** A PDF name that pdfkit writes as such where it would otherwise write a string (Info values). */
function pdfName(doc: PdfKitInternals, name: string): unknown {
  const Abstract = Object.getPrototypeOf((doc._root.constructor as { prototype: object }).prototype).constructor as new () => object;
  const value = new Abstract();
  Object.defineProperty(value, 'toString', { value: () => `/${name}` });
  return value;
}

let deflated: { of: Uint8Array; bytes: Buffer } | undefined;
/** The press profile as pdfkit would compress it (zlib's default level). */
function deflatedProfile(): Buffer {
  if (deflated?.of !== pressProfileBytes) deflated = { of: pressProfileBytes, bytes: deflateSync(pressProfileBytes) };
  return deflated.bytes;
}

export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Call before the first page is drawn. */
export function declarePdfx(document: PDFKit.PDFDocument, meta: DocumentMeta): void {
  const doc = document as unknown as PdfKitInternals;
  doc.info.Trapped = pdfName(doc, 'False');
  if (meta.printFile) {
    doc.info.GTS_PDFXVersion = 'PDF/X-4';
    const profile = doc.ref({ N: 4 });
    // compressed once per process, not once per print file (~6 ms each); written as pdfkit writes a
    // stream it compresses itself: Length, then Filter
    profile.compress = false;
    profile.write(deflatedProfile());
    profile.data.Filter = 'FlateDecode';
    profile.end();
    const intent = doc.ref({
      Type: 'OutputIntent',
      S: 'GTS_PDFX',
      OutputConditionIdentifier: new String(PRESS_CONDITION.identifier),
      OutputCondition: new String(PRESS_CONDITION.info),
      Info: new String(PRESS_CONDITION.profileName),
      RegistryName: new String(PRESS_CONDITION.registry),
      DestOutputProfile: profile,
    });
    intent.end();
    doc._root.data.OutputIntents = [intent];
  }
  const date = `${meta.date.toISOString().split('.')[0]}Z`;
  const documentId = uuidFrom(`document ${meta.contentId}`);
  const instanceId = uuidFrom(`instance ${meta.contentId} ${meta.title}`);
  // replaces pdfkit's own packet, which neither escapes the title nor carries the PDF/X entries
  doc._addInfo = () => doc.appendXML(`<rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"${meta.printFile ? '\n    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"' : ''}>
  <dc:format>application/pdf</dc:format>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>${meta.author ? `
  <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>` : ''}
  <xmp:CreateDate>${date}</xmp:CreateDate>
  <xmp:ModifyDate>${date}</xmp:ModifyDate>
  <xmp:MetadataDate>${date}</xmp:MetadataDate>
  <xmp:CreatorTool>${xml(meta.producer)}</xmp:CreatorTool>
  <pdf:Producer>${xml(meta.producer)}</pdf:Producer>
  <pdf:Trapped>False</pdf:Trapped>
  <xmpMM:DocumentID>${documentId}</xmpMM:DocumentID>
  <xmpMM:InstanceID>${instanceId}</xmpMM:InstanceID>
  <xmpMM:VersionID>1</xmpMM:VersionID>
  <xmpMM:RenditionClass>default</xmpMM:RenditionClass>${meta.printFile ? `
  <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>` : ''}
</rdf:Description>`);
}

/**
 * Subset tags distinct per font subset: pdfkit derives every tag from the font's resource name
 * (`CZZZZZ+`, `DZZZZZ+` in every file), so two files' subsets collide when a shop merges them. The tag
 * here is six letters from a digest of the font, the glyphs of the subset and the document.
 */
export function tagFontSubsets(document: PDFKit.PDFDocument, contentId: string): void {
  const families = (document as unknown as { _fontFamilies: Record<string, { id: string; font?: { postscriptName?: string }; subset?: { glyphs?: number[] } }> })._fontFamilies;
  for (const font of Object.values(families)) {
    if (!font.subset?.glyphs) continue;
    const digest = createHash('sha256').update(`${contentId}\n${font.font?.postscriptName ?? ''}\n${font.subset.glyphs.join(',')}`).digest();
    // pdfkit makes the tag from characters 1–6 of the id, each plus 17: 'A' comes from '0'
    font.id = `${font.id[0] ?? 'F'}${[...digest.subarray(0, 6)].map((b) => String.fromCharCode(48 + (b % 26))).join('')}`;
  }
}
