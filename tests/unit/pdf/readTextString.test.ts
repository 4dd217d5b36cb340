import { describe, expect, it } from 'vitest';
import { formatObject } from '../../../src/pdf/formatObject.ts';
import { PdfParser } from '../../../src/pdf/pdfParser.ts';
import { readDate, readTextString } from '../../../src/pdf/readTextString.ts';

const parse = (text: string) => new PdfParser(Buffer.from(text, 'latin1')).parseValue();

describe('text strings and dates', () => {
  it('UTF-16BE after FE FF, UTF-8 after EF BB BF, else PDFDocEncoding', () => {
    expect(readTextString(parse('<FEFF004B00610061007200742014006B00E9>'))).toBe('Kaart—ké');
    expect(readTextString(parse('<EFBBBF4bc3a9>'))).toBe('Ké');
    expect(readTextString(parse('(caf\\351 \\204 \\200 \\240 \\030)'))).toBe('café — • € ˘');
    expect(readTextString(parse('/GTS_PDFX'))).toBe('GTS_PDFX');
    expect(readTextString(parse('12'))).toBeUndefined();
  });

  it('dates with an offset from UT, in parts, or none', () => {
    expect(readDate(parse("(D:20240101000000Z)"))?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(readDate(parse("(D:19981223195200-08'00')"))?.toISOString()).toBe('1998-12-24T03:52:00.000Z');
    expect(readDate(parse("(D:20230615120000+02'30)"))?.toISOString()).toBe('2023-06-15T09:30:00.000Z');
    expect(readDate(parse('(D:2019)'))?.toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(readDate(parse('(yesterday)'))).toBeUndefined();
  });
});

describe('values written back as PDF syntax', () => {
  it('names escaped, strings, references, arrays and dictionaries on one line', () => {
    expect(formatObject(parse('<< /ColorSpace /DeviceCMYK /Name /Lime#20Green /S (a\\(b) /H <0aff> /R 3 0 R /A [1 2.5 true null] >>')))
      .toBe('<< /ColorSpace /DeviceCMYK /Name /Lime#20Green /S (a\\(b) /H <0aff> /R 3 0 R /A [1 2.5 true null] >>');
  });
});
