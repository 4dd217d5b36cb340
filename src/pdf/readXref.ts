import { decodeStream } from './decodeStream.ts';
import { PdfParser } from './pdfParser.ts';
import { nameOf, numberOf, PdfDict, PdfReadError, PdfStream, type PdfValue } from './pdfValues.ts';

/** Where an object is: at a byte offset, inside an object stream, or deleted (free). */
export type XrefEntry =
  | { kind: 'offset'; offset: number; gen: number }
  | { kind: 'compressed'; stream: number; index: number }
  | { kind: 'free' };

export interface Xref { entries: Map<number, XrefEntry>; trailer: PdfDict }

/**
 * The cross-reference of the file (7.5.4, 7.5.8): from `startxref` at the end, each section, newest
 * first, through /Prev (incremental updates) and /XRefStm (hybrid files); a newer entry for an object
 * wins over an older one. Classic tables and cross-reference streams alike.
 */
export function readXref(bytes: Uint8Array): Xref {
  const entries = new Map<number, XrefEntry>();
  const trailer = new PdfDict();
  const seen = new Set<number>();
  const pending: number[] = [findStartxref(bytes)];
  while (pending.length) {
    const at = pending.shift() as number;
    if (seen.has(at)) continue; // a /Prev loop
    seen.add(at);
    const section = readSection(bytes, at);
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry);
    for (const [key, value] of section.trailer.entries) if (!trailer.has(key) && key !== 'Prev' && key !== 'XRefStm') trailer.set(key, value);
    const hybrid = numberOf(section.trailer.get('XRefStm'));
    const prev = numberOf(section.trailer.get('Prev'));
    pending.unshift(...[hybrid, prev].filter((n): n is number => n !== undefined));
  }
  if (!trailer.has('Root')) throw new PdfReadError('the trailer names no document catalog (/Root)');
  return { entries, trailer };
}

/** The offset after the last `startxref`, which the file's last lines hold. */
function findStartxref(bytes: Uint8Array): number {
  const tailStart = Math.max(0, bytes.length - 2048);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.length - tailStart).toString('latin1');
  const match = /startxref\s+(\d+)(?![\s\S]*startxref)/.exec(tail);
  if (!match) throw new PdfReadError('no startxref at the end of the file: it is cut off or damaged');
  return Number(match[1]);
}

function readSection(bytes: Uint8Array, at: number): Xref {
  if (at >= bytes.length) throw new PdfReadError(`the cross-reference offset ${at} lies beyond the end of the file (${bytes.length} bytes)`);
  const parser = new PdfParser(bytes, at);
  if (parser.acceptKeyword('xref')) return readTable(parser);
  parser.pos = at;
  let value: PdfValue;
  try {
    value = parser.parseIndirectObject().value;
  } catch {
    throw new PdfReadError(`no cross-reference table or stream at byte ${at}, where startxref or /Prev points`);
  }
  if (!(value instanceof PdfStream) || nameOf(value.dict.get('Type')) !== 'XRef') {
    throw new PdfReadError(`the object at byte ${at}, where the cross-reference should be, is not an /XRef stream`);
  }
  return { entries: readXrefStream(value), trailer: value.dict };
}

/** A classic table: subsections `first count`, then `offset gen n|f` per object, then `trailer << >>`. */
function readTable(parser: PdfParser): Xref {
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    if (parser.acceptKeyword('trailer')) break;
    const first = Number(parser.readKeyword());
    const count = Number(parser.readKeyword());
    if (!Number.isInteger(first) || !Number.isInteger(count)) parser.fail('a damaged cross-reference table');
    for (let i = 0; i < count; i++) {
      const offset = Number(parser.readKeyword());
      const gen = Number(parser.readKeyword());
      const kind = parser.readKeyword();
      if (!Number.isInteger(offset) || !Number.isInteger(gen) || (kind !== 'n' && kind !== 'f')) parser.fail(`a damaged cross-reference entry for object ${first + i}`);
      if (!entries.has(first + i)) entries.set(first + i, kind === 'n' ? { kind: 'offset', offset, gen } : { kind: 'free' });
    }
  }
  const trailer = parser.parseValue();
  if (!(trailer instanceof PdfDict)) parser.fail('a trailer that is not a dictionary');
  return { entries, trailer };
}

/** The rows of a cross-reference stream: /W field widths, /Index ranges (default: 0 to /Size). */
function readXrefStream(stream: PdfStream): Map<number, XrefEntry> {
  const data = decodeStream(stream);
  const widths = (stream.dict.get('W') as PdfValue[] | undefined)?.map((w) => numberOf(w) ?? 0) ?? [];
  if (widths.length !== 3) throw new PdfReadError('a cross-reference stream without three /W widths');
  const [w0 = 0, w1 = 0, w2 = 0] = widths;
  const index = (stream.dict.get('Index') as PdfValue[] | undefined)?.map((n) => numberOf(n) ?? 0) ?? [0, numberOf(stream.dict.get('Size')) ?? 0];
  const entries = new Map<number, XrefEntry>();
  const field = (at: number, width: number) => {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + (data[at + i] ?? 0);
    return value;
  };
  let at = 0;
  for (let r = 0; r + 1 < index.length; r += 2) {
    const first = index[r] ?? 0;
    for (let i = 0; i < (index[r + 1] ?? 0); i++, at += w0 + w1 + w2) {
      if (at + w0 + w1 + w2 > data.length) throw new PdfReadError('a cross-reference stream shorter than its /Index says');
      const type = w0 === 0 ? 1 : field(at, w0); // a type field of width 0 means type 1
      const a = field(at + w0, w1);
      const b = field(at + w0 + w1, w2);
      if (entries.has(first + i)) continue;
      if (type === 1) entries.set(first + i, { kind: 'offset', offset: a, gen: b });
      else if (type === 2) entries.set(first + i, { kind: 'compressed', stream: a, index: b });
      else if (type === 0) entries.set(first + i, { kind: 'free' }); // other types: to be ignored (7.5.8.3)
    }
  }
  return entries;
}
