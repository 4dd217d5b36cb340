import { decodeName, PdfLexer } from './pdfLexer.ts';
import { PdfDict, PdfName, PdfReadError, PdfRef, PdfStream, PdfString, type PdfValue } from './pdfValues.ts';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const INTEGER = /^\d+$/;

/** An indirect object read from the file: `num gen obj … endobj`. */
export interface IndirectObject { num: number; gen: number; value: PdfValue }

/** Parses PDF objects (7.3) from a position of the file's bytes. */
export class PdfParser extends PdfLexer {
  /**
   * @param streamLength resolves a stream's /Length when it is an indirect reference (undefined: not
   *   known, the stream then ends at the keyword endstream)
   */
  constructor(bytes: Uint8Array, pos = 0, private readonly streamLength: (ref: PdfRef) => number | undefined = () => undefined) {
    super(bytes, pos);
  }

  /** One direct object at the position (after white space); `n g R` is read as a reference. */
  parseValue(): PdfValue {
    this.skipSpace();
    const start = this.pos;
    const c = this.peek();
    if (c === undefined) this.fail('the file ends where an object was expected');
    if (c === 0x2f) {
      this.pos++;
      return new PdfName(decodeName(this.readRegular()));
    }
    if (c === 0x28) return new PdfString(this.readLiteralString());
    if (c === 0x3c && this.peek(1) === 0x3c) return this.parseDict();
    if (c === 0x3c) return new PdfString(this.readHexString(), true);
    if (c === 0x5b) return this.parseArray();
    const word = this.readKeyword();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (NUMBER.test(word)) return INTEGER.test(word) ? this.referenceOr(Number(word)) : Number(word);
    return this.fail(word ? `unexpected '${word}' where an object was expected` : `unexpected '${String.fromCharCode(c ?? 0)}' where an object was expected`, start);
  }

  /** `num gen R` when the integer just read starts one, else the integer itself. */
  private referenceOr(num: number): PdfValue {
    const saved = this.pos;
    const gen = this.readKeyword();
    if (INTEGER.test(gen) && this.acceptKeyword('R')) return new PdfRef(num, Number(gen));
    this.pos = saved;
    return num;
  }

  private parseArray(): PdfValue[] {
    const start = this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x5d) {
        this.pos++;
        return items;
      }
      if (this.peek() === undefined) this.fail('an array that is not closed', start);
      items.push(this.parseValue());
    }
  }

  private parseDict(): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const dict = new PdfDict();
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x3e && this.peek(1) === 0x3e) {
        this.pos += 2;
        return dict;
      }
      if (this.peek() === undefined) this.fail('a dictionary that is not closed', start);
      const key = this.parseValue();
      if (!(key instanceof PdfName)) this.fail('a dictionary key that is not a name', start);
      dict.set(key.name, this.parseValue());
    }
  }

  /** The indirect object at the position: `num gen obj`, its value (a stream with its bytes), `endobj`. */
  parseIndirectObject(): IndirectObject {
    const start = this.pos;
    const num = this.readKeyword();
    const gen = this.readKeyword();
    if (!INTEGER.test(num) || !INTEGER.test(gen) || !this.acceptKeyword('obj')) this.fail('no object', start);
    let value = this.parseValue();
    if (value instanceof PdfDict && this.acceptKeyword('stream')) value = new PdfStream(value, this.streamData(value));
    this.acceptKeyword('endobj'); // some writers leave it out; what follows is another object or the xref
    return { num: Number(num), gen: Number(gen), value };
  }

  /** A stream's bytes, the position just past the keyword `stream` (7.3.8.1). */
  private streamData(dict: PdfDict): Uint8Array {
    if (this.peek() === 0x0d) this.pos++;
    if (this.peek() === 0x0a) this.pos++;
    const start = this.pos;
    const declared = dict.get('Length');
    const length = typeof declared === 'number' ? declared : declared instanceof PdfRef ? this.streamLength(declared) : undefined;
    if (length !== undefined && length >= 0 && start + length <= this.bytes.length) {
      this.pos = start + length;
      if (this.acceptKeyword('endstream')) return this.bytes.subarray(start, start + length);
    }
    // no /Length, or a wrong one: the data ends at the keyword endstream, less the line end before it
    const end = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).indexOf('endstream', start, 'latin1');
    if (end < 0) throw new PdfReadError(`a stream without 'endstream' at byte ${start}`);
    let dataEnd = end;
    if (this.bytes[dataEnd - 1] === 0x0a) dataEnd--;
    if (this.bytes[dataEnd - 1] === 0x0d) dataEnd--;
    this.pos = end + 'endstream'.length;
    return this.bytes.subarray(start, Math.max(start, dataEnd));
  }
}
