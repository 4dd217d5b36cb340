import { PdfReadError } from './pdfValues.ts';

/** White-space characters of PDF (7.2.2): NUL, TAB, LF, FF, CR, SPACE. */
export const isWhite = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/** Delimiters: ( ) < > [ ] { } / % */
export const isDelimiter = (c: number | undefined): boolean =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;

/** Regular characters: everything that is neither white space nor a delimiter (and not past the end). */
export const isRegular = (c: number | undefined): boolean => c !== undefined && !isWhite(c) && !isDelimiter(c);

const hexValue = (c: number | undefined): number => {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
};

/** A name's characters after the slash, #xx escapes decoded (7.3.5); the bytes are read as UTF-8. */
export function decodeName(raw: Uint8Array): string {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as number;
    const hi = hexValue(raw[i + 1]);
    const lo = hexValue(raw[i + 2]);
    if (c === 0x23 && hi >= 0 && lo >= 0) {
      out.push(hi * 16 + lo);
      i += 2;
    } else out.push(c);
  }
  return Buffer.from(out).toString('utf8');
}

/** \n \r \t \b \f \( \) \\ and the byte each stands for. */
const SIMPLE_ESCAPES = new Map([[0x6e, 0x0a], [0x72, 0x0d], [0x74, 0x09], [0x62, 0x08], [0x66, 0x0c], [0x28, 0x28], [0x29, 0x29], [0x5c, 0x5c]]);

/** Reads bytes of one file from a position: white space, comments, keywords, numbers, strings. */
export class PdfLexer {
  constructor(readonly bytes: Uint8Array, public pos = 0) {}

  fail(message: string, at = this.pos): never {
    throw new PdfReadError(`${message} at byte ${at}`);
  }

  peek(offset = 0): number | undefined {
    return this.bytes[this.pos + offset];
  }

  /** Skips white space and comments (a % up to the end of its line). */
  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** The run of regular characters at the position (a keyword, number or the body of a name). */
  readRegular(): Uint8Array {
    const start = this.pos;
    while (isRegular(this.bytes[this.pos])) this.pos++;
    return this.bytes.subarray(start, this.pos);
  }

  /** The keyword at the position (after white space), or '' when something else is there. */
  readKeyword(): string {
    this.skipSpace();
    return Buffer.from(this.readRegular()).toString('latin1');
  }

  /** True, and past it, when the keyword at the position (after white space) is `word`. */
  acceptKeyword(word: string): boolean {
    const saved = this.pos;
    if (this.readKeyword() === word) return true;
    this.pos = saved;
    return false;
  }

  /** A literal string, the position on its `(` (7.3.4.2): balanced parentheses, escapes, line ends as LF. */
  readLiteralString(): Uint8Array {
    const b = this.bytes;
    const start = this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++] as number;
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) return Uint8Array.from(out);
      if (c === 0x0d) {
        if (b[this.pos] === 0x0a) this.pos++;
        out.push(0x0a);
      } else if (c === 0x5c) this.readEscape(out);
      else out.push(c);
    }
    return this.fail('a string that is not closed', start);
  }

  private readEscape(out: number[]): void {
    const b = this.bytes;
    const c = b[this.pos++];
    if (c === undefined) return;
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) out.push(simple);
    else if (c >= 0x30 && c <= 0x37) {
      let code = c - 0x30;
      for (let n = 0; n < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; n++) code = code * 8 + ((b[this.pos++] as number) - 0x30);
      out.push(code & 0xff);
    } else if (c === 0x0d) {
      if (b[this.pos] === 0x0a) this.pos++; // a backslash before a line end continues the line
    } else if (c !== 0x0a) out.push(c); // an unknown escape: the backslash is ignored
  }

  /** A hexadecimal string, the position on its `<` (7.3.4.3): white space ignored, an odd last digit is followed by 0. */
  readHexString(): Uint8Array {
    const b = this.bytes;
    const start = this.pos++;
    const out: number[] = [];
    let high = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === 0x3e) {
        if (high >= 0) out.push(high * 16);
        return Uint8Array.from(out);
      }
      if (isWhite(c)) continue;
      const v = hexValue(c);
      if (v < 0) this.fail('a hexadecimal string with a character that is not a hex digit', this.pos - 1);
      if (high < 0) high = v;
      else {
        out.push(high * 16 + v);
        high = -1;
      }
    }
    return this.fail('a hexadecimal string that is not closed', start);
  }
}
