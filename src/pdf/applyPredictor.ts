import { numberOf, PdfReadError, type PdfDict } from './pdfValues.ts';

/**
 * Undoes the predictor of a Flate or LZW stream (7.4.4.4): PNG predictors (10–15, a filter byte before
 * each row) and the TIFF predictor 2 for 8-bit components. Cross-reference streams use PNG Up (12).
 */
export function applyPredictor(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = numberOf(params?.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  const colors = numberOf(params?.get('Colors')) ?? 1;
  const bits = numberOf(params?.get('BitsPerComponent')) ?? 8;
  const columns = numberOf(params?.get('Columns')) ?? 1;
  const bytesPerPixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  if (predictor === 2) {
    if (bits !== 8) throw new PdfReadError(`the TIFF predictor with ${bits}-bit components is not supported`);
    const out = Uint8Array.from(data);
    for (let row = 0; row < out.length; row += rowLength) {
      for (let i = row + bytesPerPixel; i < Math.min(row + rowLength, out.length); i++) out[i] = ((out[i] as number) + (out[i - bytesPerPixel] as number)) & 0xff;
    }
    return out;
  }
  if (predictor < 10) throw new PdfReadError(`predictor ${predictor} is not supported`);
  return undoPng(data, rowLength, bytesPerPixel);
}

function undoPng(data: Uint8Array, rowLength: number, bpp: number): Uint8Array {
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const at = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const x = data[src + i] as number;
      const left = i >= bpp ? (out[at + i - bpp] as number) : 0;
      const up = r > 0 ? (out[at + i - rowLength] as number) : 0;
      const upLeft = r > 0 && i >= bpp ? (out[at + i - rowLength - bpp] as number) : 0;
      let value: number;
      if (type === 0) value = x;
      else if (type === 1) value = x + left;
      else if (type === 2) value = x + up;
      else if (type === 3) value = x + ((left + up) >> 1);
      else if (type === 4) value = x + paeth(left, up, upLeft);
      else throw new PdfReadError(`a PNG predictor row of unknown type ${type}`);
      out[at + i] = value & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
