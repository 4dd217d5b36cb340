/**
 * The values of the PDF object syntax (ISO 32000-1, 7.3): null, booleans and numbers are JavaScript's
 * own; names, strings, references, dictionaries and streams get a class each, arrays are arrays.
 */
export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

/** A name such as /Type, its #xx escapes decoded (`name` holds it without the slash). */
export class PdfName {
  constructor(readonly name: string) {}
}

/** A literal `( )` or hexadecimal `< >` string: bytes, escapes decoded. */
export class PdfString {
  constructor(readonly bytes: Uint8Array, readonly hex = false) {}
}

/** An indirect reference `12 0 R`. */
export class PdfRef {
  constructor(readonly num: number, readonly gen: number) {}
  toString(): string {
    return `${this.num} ${this.gen} R`;
  }
}

/** A dictionary; an entry whose value is null counts as absent (7.3.7), so it is not kept. */
export class PdfDict {
  readonly entries = new Map<string, PdfValue>();
  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  set(key: string, value: PdfValue): void {
    if (value === null) this.entries.delete(key);
    else this.entries.set(key, value);
  }
}

/** A stream: its dictionary and its bytes as stored in the file (still encoded, see decodeStream). */
export class PdfStream {
  constructor(readonly dict: PdfDict, readonly raw: Uint8Array) {}
}

/** A file that cannot be read, with a reason a person can act on (not a parser's stack). */
export class PdfReadError extends Error {
  override name = 'PdfReadError';
}

/** The name's text if the value is a name, else undefined. */
export const nameOf = (value: PdfValue | undefined): string | undefined => (value instanceof PdfName ? value.name : undefined);

/** The number if the value is one, else undefined. */
export const numberOf = (value: PdfValue | undefined): number | undefined => (typeof value === 'number' ? value : undefined);
