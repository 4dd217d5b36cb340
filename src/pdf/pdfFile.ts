import { decodeStream } from './decodeStream.ts';
import { PdfParser } from './pdfParser.ts';
import { numberOf, PdfDict, PdfReadError, PdfRef, PdfStream, type PdfValue } from './pdfValues.ts';
import { readXref, type Xref } from './readXref.ts';

/**
 * A PDF file opened for reading: objects are parsed when first asked for, through the cross-reference
 * (see readXref), and kept. Encrypted files are refused: their strings and streams cannot be read
 * without decrypting them.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  private readonly xref: Xref;
  private readonly objects = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, PdfValue[]>();
  private readonly reading = new Set<number>();

  constructor(readonly bytes: Uint8Array) {
    if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new PdfReadError('not a PDF file (no %PDF- header)');
    this.xref = readXref(bytes);
    this.trailer = this.xref.trailer;
    if (this.trailer.has('Encrypt')) throw new PdfReadError('the PDF is encrypted; save it without a password or restrictions, then check it again');
  }

  /** The document catalog (/Root of the trailer). */
  get catalog(): PdfDict {
    const root = this.dict(this.trailer.get('Root'));
    if (!root) throw new PdfReadError('the document catalog (/Root) is missing');
    return root;
  }

  /** The numbers of every object in use, in order. */
  objectNumbers(): number[] {
    return [...this.xref.entries].filter(([, e]) => e.kind !== 'free').map(([num]) => num).sort((a, b) => a - b);
  }

  /** Indirect object `num`; null when the cross-reference does not have it (7.3.10). */
  object(num: number): PdfValue {
    if (this.objects.has(num)) return this.objects.get(num) as PdfValue;
    if (this.reading.has(num)) throw new PdfReadError(`object ${num} refers to itself while it is read`);
    this.reading.add(num);
    try {
      const value = this.readObject(num);
      this.objects.set(num, value);
      return value;
    } finally {
      this.reading.delete(num);
    }
  }

  private readObject(num: number): PdfValue {
    const entry = this.xref.entries.get(num);
    if (!entry || entry.kind === 'free') return null;
    if (entry.kind === 'compressed') return this.objectStream(entry.stream)[entry.index] ?? null;
    const parser = new PdfParser(this.bytes, entry.offset, (ref) => numberOf(this.resolve(ref)));
    let found: { num: number; gen: number; value: PdfValue };
    try {
      found = parser.parseIndirectObject();
    } catch (e) {
      const reason = e instanceof PdfReadError && !e.message.startsWith('no object') ? `: ${e.message}` : '';
      throw new PdfReadError(`object ${num}: the cross-reference points at byte ${entry.offset}, where no object starts${reason}`);
    }
    if (found.num !== num) throw new PdfReadError(`object ${num}: the cross-reference points at byte ${entry.offset}, where object ${found.num} starts`);
    return found.value;
  }

  /** The objects packed in object stream `num` (7.5.7): N pairs `number offset`, offsets from /First. */
  private objectStream(num: number): PdfValue[] {
    const cached = this.objectStreams.get(num);
    if (cached) return cached;
    const stream = this.object(num);
    if (!(stream instanceof PdfStream)) throw new PdfReadError(`object stream ${num} is missing`);
    const data = this.decode(stream);
    const count = numberOf(stream.dict.get('N')) ?? 0;
    const first = numberOf(stream.dict.get('First')) ?? 0;
    const header = new PdfParser(data);
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) {
      header.readKeyword();
      offsets.push(Number(header.readKeyword()));
    }
    try {
      const values = offsets.map((offset) => new PdfParser(data, first + offset).parseValue());
      this.objectStreams.set(num, values);
      return values;
    } catch (e) {
      throw new PdfReadError(`object stream ${num}: ${(e as Error).message} of its decoded data`);
    }
  }

  /** The value, references followed to what they point at. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    let v = value;
    for (let hops = 0; v instanceof PdfRef; hops++) {
      if (hops > 32) throw new PdfReadError(`a chain of references from ${value} does not end`);
      v = this.object(v.num);
    }
    return v;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const v = this.resolve(value);
    return v instanceof PdfDict ? v : undefined;
  }

  array(value: PdfValue | undefined): PdfValue[] | undefined {
    const v = this.resolve(value);
    return Array.isArray(v) ? v : undefined;
  }

  stream(value: PdfValue | undefined): PdfStream | undefined {
    const v = this.resolve(value);
    return v instanceof PdfStream ? v : undefined;
  }

  /** A stream's bytes with its filters undone. */
  decode(stream: PdfStream): Uint8Array {
    return decodeStream(stream, (v) => this.resolve(v));
  }
}
