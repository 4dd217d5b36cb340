import { describe, expect, it } from 'vitest';
import { PdfFile } from '../../../src/pdf/pdfFile.ts';
import { nameOf } from '../../../src/pdf/pdfValues.ts';
import { readPages, readRectangle } from '../../../src/pdf/readPages.ts';
import { buildPdf } from './buildPdf.ts';

/** A page tree two levels deep: the root gives MediaBox, Resources and Rotate; the middle node overrides Rotate. */
const tree = () => new PdfFile(buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 /MediaBox [0 0 500 700] /Resources << /Font << /F1 6 0 R >> >> /Rotate 90 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [10 20 110 220] /TrimBox [90 200 30 40] >>',
  '<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 7 0 R] /Count 2 /Rotate 180 >>',
  '<< /Type /Page /Parent 4 0 R /Resources << >> >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  '<< /Type /Page /Parent 4 0 R /CropBox [1 2 3 4] >>',
]));

describe('the page tree', () => {
  it('lists the pages in order, through nested /Pages nodes', () => {
    const pdf = tree();
    expect(readPages(pdf).map((p) => nameOf(p.dict.get('Type')))).toEqual(['Page', 'Page', 'Page']);
    expect(readPages(pdf).map((p) => p.dict.get('CropBox') !== undefined)).toEqual([false, false, true]);
  });

  it('a page takes MediaBox, Resources, Rotate and CropBox from its nearest ancestor that has them', () => {
    const pdf = tree();
    const [first, second, third] = readPages(pdf);
    expect(readRectangle(pdf, first?.inherited.MediaBox)).toEqual({ x0: 10, y0: 20, x1: 110, y1: 220 }); // its own
    expect(readRectangle(pdf, second?.inherited.MediaBox)).toEqual({ x0: 0, y0: 0, x1: 500, y1: 700 }); // from the root
    expect([first?.inherited.Rotate, second?.inherited.Rotate, third?.inherited.Rotate]).toEqual([90, 180, 180]);
    expect(pdf.dict(first?.inherited.Resources)?.has('Font')).toBe(true);
    expect(pdf.dict(second?.inherited.Resources)?.has('Font')).toBe(false); // its own, empty
    expect(pdf.dict(third?.inherited.Resources)?.has('Font')).toBe(true);
    expect(readRectangle(pdf, third?.inherited.CropBox)).toEqual({ x0: 1, y0: 2, x1: 3, y1: 4 });
  });

  it('a rectangle given by any two opposite corners is normalised; anything else is no rectangle', () => {
    const pdf = tree();
    expect(readRectangle(pdf, readPages(pdf)[0]?.dict.get('TrimBox'))).toEqual({ x0: 30, y0: 40, x1: 90, y1: 200 });
    expect(readRectangle(pdf, [0, 0, 10])).toBeUndefined();
    expect(readRectangle(pdf, undefined)).toBeUndefined();
  });

  it('a tree that loops back on itself is an error, not a hang', () => {
    const pdf = new PdfFile(buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] >>', '<< /Type /Pages /Kids [2 0 R] >>']));
    expect(() => readPages(pdf)).toThrow('the page tree has a loop');
  });
});
