import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfFile } from '../../../src/pdf/pdfFile.ts';
import { nameOf, type PdfDict, PdfName, PdfRef, type PdfStream } from '../../../src/pdf/pdfValues.ts';
import { readPages, readRectangle } from '../../../src/pdf/readPages.ts';
import { readDate, readTextString } from '../../../src/pdf/readTextString.ts';
import { readXref } from '../../../src/pdf/readXref.ts';
import { appendUpdate, buildPdf, onePage } from './buildPdf.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('a file with a classic cross-reference table', () => {
  it('finds every object where the table says, and the page', () => {
    const pdf = new PdfFile(onePage());
    expect(pdf.objectNumbers()).toEqual([1, 2, 3, 4]);
    expect(nameOf(pdf.catalog.get('Type'))).toBe('Catalog');
    const [page] = readPages(pdf);
    expect(readRectangle(pdf, page?.inherited.MediaBox)).toEqual({ x0: 0, y0: 0, x1: 200, y1: 300 });
    expect(text(pdf.decode(pdf.stream(page?.dict.get('Contents')) as PdfStream))).toBe('0 0 1 RG');
    expect(pdf.object(99)).toBe(null); // not in the table: null (7.3.10)
  });

  it('reads an incremental update: the newest version of an object wins, the others stay as they were', () => {
    const base = onePage('/MediaBox [0 0 200 300]', 'old');
    const updated = appendUpdate(base, { 4: '<< /Length 3 >>\nstream\nnew\nendstream', 5: '(added)' }, 6);
    const pdf = new PdfFile(updated);
    expect(text(pdf.decode(pdf.object(4) as PdfStream))).toBe('new');
    expect(readTextString(pdf.object(5))).toBe('added');
    expect(nameOf((pdf.object(2) as PdfDict).get('Type'))).toBe('Pages');
    expect(pdf.objectNumbers()).toEqual([1, 2, 3, 4, 5]);
    // a second update on the first: three sections, read through two /Prev links
    const twice = new PdfFile(appendUpdate(updated, { 5: '(again)' }, 6));
    expect(readTextString(twice.object(5))).toBe('again');
    expect(text(twice.decode(twice.object(4) as PdfStream))).toBe('new');
  });

  it('a stream /Length held in another object', () => {
    const pdf = new PdfFile(buildPdf(['<< /Type /Catalog >>', '<< /Length 3 0 R >>\nstream\nabc)\nendstream', '4']));
    expect(text(pdf.decode(pdf.object(2) as PdfStream))).toBe('abc)');
  });
});

describe('a file with a cross-reference stream and object streams (qpdf --object-streams=generate)', () => {
  const pdf = new PdfFile(fs.readFileSync(path.join(import.meta.dirname, 'files/object-streams.pdf')));

  it('reads the cross-reference stream as qpdf --show-xref lists it (PNG Up predictor, /W [1 2 1])', () => {
    const { entries } = readXref(pdf.bytes);
    expect(entries.get(1)).toEqual({ kind: 'offset', offset: 15, gen: 0 });
    expect(entries.get(2)).toEqual({ kind: 'compressed', stream: 1, index: 0 });
    expect(entries.get(14)).toEqual({ kind: 'compressed', stream: 1, index: 12 });
    expect(entries.get(16)).toEqual({ kind: 'offset', offset: 770, gen: 0 });
    expect(entries.get(17)).toEqual({ kind: 'offset', offset: 917, gen: 0 });
    expect(entries.get(0)).toEqual({ kind: 'free' });
  });

  it('reads the objects packed in the object stream and those outside it', () => {
    // the catalog (4) and the info (10) are packed in object stream 1; the content streams are not
    expect(text(pdf.bytes.subarray(0, 8))).toBe('%PDF-1.5');
    expect(nameOf(pdf.catalog.get('Type'))).toBe('Catalog');
    expect(pdf.trailer.get('Root')).toEqual(new PdfRef(4, 0));
    expect(pdf.objectNumbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it('the pages with their boxes and contents, the title in UTF-16 and the date', () => {
    const pages = readPages(pdf);
    expect(pages).toHaveLength(2);
    expect(readRectangle(pdf, pages[0]?.inherited.MediaBox)).toEqual({ x0: 0, y0: 0, x1: 195.59, y1: 266.46 });
    expect(readRectangle(pdf, pages[0]?.dict.get('TrimBox'))).toEqual({ x0: 8.504, y0: 8.504, x1: 187.087, y1: 257.953 });
    expect(pages[1]?.dict.get('TrimBox')).toBeUndefined();
    const content = text(pdf.decode(pdf.stream(pages[0]?.dict.get('Contents')) as PdfStream));
    expect(content).toContain('20 20 50 50 re\n/DeviceCMYK cs\n0 1 1 0 scn');
    const info = pdf.dict(pdf.trailer.get('Info'));
    expect(readTextString(pdf.resolve(info?.get('Title')))).toBe('Kaart — één');
    expect(readDate(pdf.resolve(info?.get('CreationDate')))?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    const font = pdf.dict(pdf.dict(pdf.dict(pages[0]?.inherited.Resources)?.get('Font'))?.entries.values().next().value);
    expect(font?.get('BaseFont')).toEqual(new PdfName('Helvetica'));
  });
});

describe('a cross-reference stream written by hand', () => {
  it('a type field of width 0 makes every row type 1; /Index names the objects the rows are for', () => {
    let file = '%PDF-1.5\n';
    const catalogAt = file.length;
    file += '1 0 obj << /Type /Catalog /Note (one) >> endobj\n';
    const xrefAt = file.length;
    const rows = String.fromCharCode(catalogAt >> 8, catalogAt & 255, xrefAt >> 8, xrefAt & 255);
    file += `2 0 obj << /Type /XRef /Size 3 /Index [1 2] /W [0 2 0] /Root 1 0 R /Length 4 >> stream\n${rows}\nendstream endobj\nstartxref\n${xrefAt}\n%%EOF\n`;
    const pdf = new PdfFile(Buffer.from(file, 'latin1'));
    expect(readTextString(pdf.catalog.get('Note'))).toBe('one');
    expect(readXref(pdf.bytes).entries.get(2)).toEqual({ kind: 'offset', offset: xrefAt, gen: 0 });
  });
});

/** Object 1 packed in object stream 2 (uncompressed, by hand), found through the xref stream 3. */
function packedCatalog(packed: string): Buffer {
  let file = '%PDF-1.5\n';
  const streamAt = file.length;
  const body = `1 0 ${packed}`;
  file += `2 0 obj << /Type /ObjStm /N 1 /First 4 /Length ${body.length} >> stream\n${body}\nendstream endobj\n`;
  const xrefAt = file.length;
  const row = (type: number, a: number, b: number) => String.fromCharCode(type, a >> 8, a & 255, b);
  const rows = row(0, 0, 255) + row(2, 2, 0) + row(1, streamAt, 0) + row(1, xrefAt, 0);
  file += `3 0 obj << /Type /XRef /Size 4 /W [1 2 1] /Root 1 0 R /Length ${rows.length} >> stream\n${rows}\nendstream endobj\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(file, 'latin1');
}

describe('an object stream written by hand', () => {
  it('gives the objects packed in it', () => {
    expect(readTextString(new PdfFile(packedCatalog('<< /Type /Catalog /Note (packed) >>')).catalog.get('Note'))).toBe('packed');
  });

  it('a damaged object inside it is named with its object stream', () => {
    expect(() => new PdfFile(packedCatalog('<< /Type /Catalog /Note (packed >>')).catalog).toThrow('object stream 2: a string that is not closed at byte 28 of its decoded data');
  });
});

describe('files that cannot be read say why', () => {
  const open = (bytes: Buffer) => () => new PdfFile(bytes);
  const good = onePage().toString('latin1');

  it('a startxref that points at nothing, a damaged table, an offset beyond the end, no startxref', () => {
    const startxref = Number(/startxref\n(\d+)/.exec(good)?.[1]);
    expect(open(Buffer.from(good.replace(`startxref\n${startxref}`, 'startxref\n20'), 'latin1'))).toThrow('no cross-reference table or stream at byte 20, where startxref or /Prev points');
    expect(open(Buffer.from(good.replace('0000000000 65535 f', '0000000000 65535 x'), 'latin1'))).toThrow(/^a damaged cross-reference entry for object 0 at byte \d+$/);
    expect(open(Buffer.from(good.replace(`startxref\n${startxref}`, 'startxref\n99999'), 'latin1'))).toThrow('the cross-reference offset 99999 lies beyond the end of the file');
    expect(open(Buffer.from(good.replace(/startxref[\s\S]*$/, ''), 'latin1'))).toThrow('no startxref at the end of the file: it is cut off or damaged');
  });

  it('a table entry that points at the wrong place: named when the object is read', () => {
    const offset = /^(\d{10}) 00000 n/m.exec(good.slice(good.indexOf('xref')))?.[1] as string;
    const shifted = new PdfFile(Buffer.from(good.replace(`${offset} 00000 n`, `${String(Number(offset) + 3).padStart(10, '0')} 00000 n`), 'latin1'));
    expect(() => shifted.catalog).toThrow(`object 1: the cross-reference points at byte ${Number(offset) + 3}, where no object starts`);
    const swapped = new PdfFile(Buffer.from(good.replace(`${offset} 00000 n`, xrefOffsetOf(good, 2)), 'latin1'));
    expect(() => swapped.catalog).toThrow(`object 1: the cross-reference points at byte ${good.indexOf('2 0 obj')}, where object 2 starts`);
  });

  it('an encrypted file, a file that is no PDF', () => {
    const encrypted = buildPdf(['<< /Type /Catalog >>', '<< /Filter /Standard /V 2 /R 3 >>'], '/Encrypt 2 0 R ');
    expect(open(encrypted)).toThrow('the PDF is encrypted; save it without a password or restrictions, then check it again');
    expect(open(Buffer.from('GIF89a and so on'))).toThrow('not a PDF file (no %PDF- header)');
  });
});

function xrefOffsetOf(file: string, num: number): string {
  return `${String(file.indexOf(`${num} 0 obj`)).padStart(10, '0')} 00000 n`;
}
