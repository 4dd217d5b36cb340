import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../../src/pdf/decodeStream.ts';
import { PdfParser } from '../../../src/pdf/pdfParser.ts';
import type { PdfStream } from '../../../src/pdf/pdfValues.ts';

/** A stream object from its dictionary's text and its raw bytes. */
function stream(dict: string, raw: Uint8Array | string): PdfStream {
  const data = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : Buffer.from(raw);
  const file = Buffer.concat([Buffer.from(`1 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj')]);
  return new PdfParser(file).parseIndirectObject().value as PdfStream;
}
const decoded = (s: PdfStream) => [...decodeStream(s)];

describe('stream filters', () => {
  it('FlateDecode, also under its short name and as a one-element array', () => {
    const deflated = zlib.deflateSync(Buffer.from('0 0 1 0 k 10 10 50 50 re f'));
    expect(Buffer.from(decodeStream(stream('/Filter /FlateDecode', deflated))).toString()).toBe('0 0 1 0 k 10 10 50 50 re f');
    expect(Buffer.from(decodeStream(stream('/Filter [/Fl]', deflated))).toString()).toBe('0 0 1 0 k 10 10 50 50 re f');
    expect(Buffer.from(decodeStream(stream('', 'as it is'))).toString()).toBe('as it is');
  });

  it('a Flate stream cut short gives what it holds; one that is not zlib data says so', () => {
    const deflated = zlib.deflateSync(Buffer.from('a'.repeat(1000)));
    expect(decodeStream(stream('/Filter /FlateDecode', deflated.subarray(0, deflated.length - 4))).length).toBe(1000); // checksum missing
    expect(() => decodeStream(stream('/Filter /FlateDecode', 'not zlib'))).toThrow(/^a FlateDecode stream does not inflate \(/);
  });

  it('PNG predictors: Sub, Up, Average, Paeth and None, row by row, bytes wrapping at 256', () => {
    const rows = [1, 1, 2, 3, 2, 1, 1, 1, 3, 0, 0, 0, 4, 5, 0, 0, 0, 9, 9, 9, 1, 200, 100, 0];
    const s = stream('/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 3 >>', zlib.deflateSync(Uint8Array.from(rows)));
    expect(decoded(s)).toEqual([1, 3, 6, 2, 4, 7, 1, 2, 4, 6, 6, 6, 9, 9, 9, 200, 44, 44]);
  });

  it('Paeth picks the byte above when it and the one above-left are equally near', () => {
    const s = stream('/Filter /FlateDecode /DecodeParms << /Predictor 14 /Columns 2 >>', zlib.deflateSync(Uint8Array.from([0, 2, 0, 4, 1, 0])));
    expect(decoded(s)).toEqual([2, 0, 3, 0]);
  });

  it('PNG predictor with several bytes a pixel (Colors 3): Sub takes the same colour of the pixel before', () => {
    const s = stream('/Filter /FlateDecode /DecodeParms << /Predictor 11 /Colors 3 /Columns 2 >>', zlib.deflateSync(Uint8Array.from([1, 10, 20, 30, 1, 2, 3])));
    expect(decoded(s)).toEqual([10, 20, 30, 11, 22, 33]);
  });

  it('the TIFF predictor 2 for 8-bit components', () => {
    const s = stream('/Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 3 >>', zlib.deflateSync(Uint8Array.from([10, 1, 1, 20, 2, 2])));
    expect(decoded(s)).toEqual([10, 11, 12, 20, 22, 24]);
  });

  it('ASCIIHexDecode, ASCII85Decode (with z and a short last group) and RunLengthDecode', () => {
    expect(Buffer.from(decodeStream(stream('/Filter /ASCIIHexDecode', '48 65 6C\n6c 6F 7>'))).toString('latin1')).toBe('Hellop');
    expect(Buffer.from(decodeStream(stream('/Filter /ASCII85Decode', '<~9jqo^z9jqo~>'))).toString('latin1')).toBe('Man \0\0\0\0Man');
    expect(Buffer.from(decodeStream(stream('/Filter /RunLengthDecode', '\x02abc\xfex\x80ignored'))).toString('latin1')).toBe('abcxxx');
  });

  it('LZWDecode: the example of the PDF reference, and the code width growing past 9 bits', () => {
    const example = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(Buffer.from(decodeStream(stream('/Filter /LZWDecode', example))).toString('latin1')).toBe('-----A---B');
    expect(Buffer.from(decodeStream(stream('/Filter /LZW /DecodeParms << /EarlyChange 1 >>', example))).toString('latin1')).toBe('-----A---B');
    // 6000 bytes of little repetition fill the table past 511 and 1023 entries: 10- and 11-bit codes
    const text = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(33 + ((i * i + 7 * i) % 89))).join('');
    expect(Buffer.from(decodeStream(stream('/Filter /LZWDecode', lzwEncode(Buffer.from(text, 'latin1'))))).toString('latin1')).toBe(text);
  });

  it('filters in a chain, applied in order', () => {
    const hex = `${zlib.deflateSync(Buffer.from('BT /F1 12 Tf ET')).toString('hex')}>`;
    expect(Buffer.from(decodeStream(stream('/Filter [/ASCIIHexDecode /FlateDecode]', hex))).toString()).toBe('BT /F1 12 Tf ET');
  });

  it('a filter for image data only is named, not guessed at', () => {
    expect(() => decodeStream(stream('/Filter /DCTDecode', '\xff\xd8'))).toThrow('the stream filter /DCTDecode is not supported');
  });
});

/** LZW as the PDF reference writes it (EarlyChange 1, a clear code first, no table reset), to check the decoder against. */
function lzwEncode(input: Uint8Array): Uint8Array {
  const table = new Map<string, number>(Array.from({ length: 256 }, (_, i) => [String.fromCharCode(i), i]));
  let next = 258;
  let width = 9;
  let bits = '';
  const emit = (code: number) => {
    bits += code.toString(2).padStart(width, '0');
  };
  emit(256);
  let word = '';
  for (const byte of input) {
    const extended = word + String.fromCharCode(byte);
    if (table.has(extended)) {
      word = extended;
      continue;
    }
    emit(table.get(word) as number);
    table.set(extended, next++);
    if (next + 1 > 1 << width && width < 12) width++;
    word = String.fromCharCode(byte);
  }
  if (word) emit(table.get(word) as number);
  emit(257);
  bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  return Uint8Array.from(bits.match(/.{8}/g) ?? [], (b) => Number.parseInt(b, 2));
}
