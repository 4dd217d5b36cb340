import zlib from 'node:zlib';
import { applyPredictor } from './applyPredictor.ts';
import { decodeLzw } from './decodeLzw.ts';
import { numberOf, PdfDict, PdfName, PdfReadError, type PdfStream, type PdfValue } from './pdfValues.ts';

/** Short names of filters allowed in inline images, also met in streams. */
const ALIASES: Record<string, string> = { Fl: 'FlateDecode', LZW: 'LZWDecode', AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode', RL: 'RunLengthDecode' };

/**
 * A stream's bytes with its filters undone, in order (7.4). Filters for images only (DCT, JPX, CCITT,
 * JBIG2) are not read: none of preflight's checks needs image pixels.
 * @param resolve follows an indirect reference (a /Filter or /DecodeParms may be one)
 */
export function decodeStream(stream: PdfStream, resolve: (value: PdfValue | undefined) => PdfValue | undefined = (v) => v): Uint8Array {
  const filters = listOf(resolve(stream.dict.get('Filter'))).map((f) => resolve(f));
  const params = listOf(resolve(stream.dict.get('DecodeParms')));
  let data = stream.raw;
  filters.forEach((filter, i) => {
    const name = filter instanceof PdfName ? (ALIASES[filter.name] ?? filter.name) : '?';
    const param = resolve(params[i]);
    data = applyFilter(name, data, param instanceof PdfDict ? param : undefined);
  });
  return data;
}

const listOf = (value: PdfValue | undefined): PdfValue[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

function applyFilter(name: string, data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  if (name === 'FlateDecode') return applyPredictor(inflate(data), params);
  if (name === 'LZWDecode') return applyPredictor(decodeLzw(data, numberOf(params?.get('EarlyChange')) ?? 1), params);
  if (name === 'ASCIIHexDecode') return asciiHex(data);
  if (name === 'ASCII85Decode') return ascii85(data);
  if (name === 'RunLengthDecode') return runLength(data);
  throw new PdfReadError(`the stream filter /${name} is not supported`);
}

function inflate(data: Uint8Array): Uint8Array {
  try {
    // a sync flush at the end: a stream whose checksum is missing or cut short still gives what it holds
    return zlib.inflateSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch (e) {
    throw new PdfReadError(`a FlateDecode stream does not inflate (${(e as Error).message})`);
  }
}

function asciiHex(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const digits = text.slice(0, text.includes('>') ? text.indexOf('>') : undefined).replace(/\s+/g, '');
  if (/[^0-9a-fA-F]/.test(digits)) throw new PdfReadError('an ASCIIHexDecode stream with a character that is not a hex digit');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1').replace(/\s+/g, '');
  const body = text.slice(text.startsWith('<~') ? 2 : 0, text.includes('~>') ? text.indexOf('~>') : undefined);
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else {
      const digit = ch.charCodeAt(0) - 33;
      if (digit < 0 || digit > 84) throw new PdfReadError(`an ASCII85Decode stream with the character '${ch}'`);
      group.push(digit);
      if (group.length === 5) flush(5);
    }
  }
  if (group.length) flush(group.length);
  return Uint8Array.from(out);
}

function runLength(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < data.length; ) {
    const n = data[i++] as number;
    if (n === 128) break;
    if (n < 128) {
      for (let k = 0; k <= n && i < data.length; k++) out.push(data[i++] as number);
    } else {
      const byte = data[i++] ?? 0;
      for (let k = 0; k < 257 - n; k++) out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
