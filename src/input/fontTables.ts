import type { Font } from 'fontkit';

/** Where a table sits in the font file, as fontkit's table directory gives it. */
export interface TableEntry { offset: number; length: number }

/** The parts of a fontkit font that its typings leave out: the table directory and the file's bytes. */
interface ParsedFont { directory?: { tables?: Record<string, TableEntry | undefined> }; stream?: { buffer?: Uint8Array } }

/** The font's table directory, by tag ('glyf', 'GPOS', 'CFF '…); empty when fontkit has none. */
export function tableDirectory(font: Font): Record<string, TableEntry | undefined> {
  return (font as unknown as ParsedFont).directory?.tables ?? {};
}

/** The bytes of one table of the font's file, undefined when it has none or the directory points outside the file. */
export function tableBytes(font: Font, tag: string): Uint8Array | undefined {
  const table = tableDirectory(font)[tag];
  const bytes = (font as unknown as ParsedFont).stream?.buffer;
  if (!table || !bytes || table.offset + table.length > bytes.length) return undefined;
  return bytes.subarray(table.offset, table.offset + table.length);
}
