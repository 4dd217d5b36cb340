import { type PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './pdfValues.ts';

/** Characters a name must escape as #xx: white space, delimiters, #, and anything outside ! to ~ (7.3.5). */
const NAME_ESCAPE = /[^!-~]|[()<>[\]{}/%#]/g;

/** A value written back in PDF syntax on one line (a stream as its dictionary only), to read or search. */
export function formatObject(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (value instanceof PdfName) return `/${value.name.replace(NAME_ESCAPE, (c) => [...Buffer.from(c, 'utf8')].map((b) => `#${b.toString(16).padStart(2, '0')}`).join(''))}`;
  if (value instanceof PdfString) {
    return value.hex ? `<${Buffer.from(value.bytes).toString('hex')}>` : `(${Buffer.from(value.bytes).toString('latin1').replace(/[()\\]/g, '\\$&')})`;
  }
  if (value instanceof PdfRef) return value.toString();
  if (Array.isArray(value)) return `[${value.map(formatObject).join(' ')}]`;
  const dict = value instanceof PdfStream ? value.dict : (value as PdfDict);
  return `<< ${[...dict.entries].map(([key, v]) => `${formatObject(new PdfName(key))} ${formatObject(v)}`).join(' ')} >>`;
}
