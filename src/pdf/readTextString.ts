import { PdfName, PdfString, type PdfValue } from './pdfValues.ts';

/** PDFDocEncoding where it differs from Latin-1 (Annex D.2): 0x18–0x1F and 0x80–0xA0. */
const PDF_DOC = new Map<number, number>([
  [0x18, 0x02d8], [0x19, 0x02c7], [0x1a, 0x02c6], [0x1b, 0x02d9], [0x1c, 0x02dd], [0x1d, 0x02db], [0x1e, 0x02da], [0x1f, 0x02dc],
  [0x80, 0x2022], [0x81, 0x2020], [0x82, 0x2021], [0x83, 0x2026], [0x84, 0x2014], [0x85, 0x2013], [0x86, 0x0192], [0x87, 0x2044],
  [0x88, 0x2039], [0x89, 0x203a], [0x8a, 0x2212], [0x8b, 0x2030], [0x8c, 0x201e], [0x8d, 0x201c], [0x8e, 0x201d], [0x8f, 0x2018],
  [0x90, 0x2019], [0x91, 0x201a], [0x92, 0x2122], [0x93, 0xfb01], [0x94, 0xfb02], [0x95, 0x0141], [0x96, 0x0152], [0x97, 0x0160],
  [0x98, 0x0178], [0x99, 0x017d], [0x9a, 0x0131], [0x9b, 0x0142], [0x9c, 0x0153], [0x9d, 0x0161], [0x9e, 0x017e], [0xa0, 0x20ac],
]);

/**
 * A text string (7.9.2.2) as JavaScript text: UTF-16BE after the bytes FE FF, UTF-8 after EF BB BF
 * (PDF 2.0), else PDFDocEncoding. A name gives its text; other values undefined.
 */
export function readTextString(value: PdfValue | undefined): string | undefined {
  if (value instanceof PdfName) return value.name;
  if (!(value instanceof PdfString)) return undefined;
  const b = value.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < b.length; i += 2) text += String.fromCharCode(((b[i] as number) << 8) | (b[i + 1] as number));
    return text;
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return Buffer.from(b.subarray(3)).toString('utf8');
  return Array.from(b, (c) => String.fromCharCode(PDF_DOC.get(c) ?? c)).join('');
}

/**
 * A date string `D:YYYYMMDDHHmmSSOHH'mm` (7.9.4) as a Date; every part after the year may be left out
 * (month and day default to 1, the rest to 0, the offset to UT). Undefined if it is no such date.
 */
export function readDate(value: PdfValue | undefined): Date | undefined {
  const text = readTextString(value);
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?/.exec(text ?? '');
  if (!m) return undefined;
  const n = (i: number, fallback: number) => (m[i] === undefined ? fallback : Number(m[i]));
  const utc = Date.UTC(n(1, 0), n(2, 1) - 1, n(3, 1), n(4, 0), n(5, 0), n(6, 0));
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  return new Date(utc - sign * (n(8, 0) * 60 + n(9, 0)) * 60_000);
}
