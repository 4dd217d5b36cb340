import { PdfReadError } from './pdfValues.ts';

/**
 * LZWDecode (7.4.4.2): codes of 9 to 12 bits, 256 clears the table, 257 ends the data. With
 * EarlyChange 1 (the default) the code width grows one code earlier than the table needs.
 */
export function decodeLzw(data: Uint8Array, earlyChange = 1): Uint8Array {
  const out: number[] = [];
  let table: number[][] = [];
  const reset = () => {
    table = Array.from({ length: 258 }, (_, i) => (i < 256 ? [i] : []));
  };
  reset();
  let width = 9;
  let bitBuffer = 0;
  let bits = 0;
  let previous: number[] | undefined;
  for (const byte of data) {
    bitBuffer = (bitBuffer << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (bitBuffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      bitBuffer &= (1 << bits) - 1;
      if (code === 257) return Uint8Array.from(out);
      if (code === 256) {
        reset();
        width = 9;
        previous = undefined;
        continue;
      }
      const known = table[code];
      let entry: number[];
      if (known && (code < 256 || known.length)) entry = known;
      else if (previous && code === table.length) entry = [...previous, previous[0] as number];
      else throw new PdfReadError(`an LZWDecode stream with the unknown code ${code}`);
      out.push(...entry);
      if (previous) table.push([...previous, entry[0] as number]);
      previous = entry;
      if (table.length + earlyChange >= 1 << width && width < 12) width++;
    }
  }
  return Uint8Array.from(out);
}
