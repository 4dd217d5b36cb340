import { describe, expect, it } from 'vitest';
import { PdfParser } from '../../../src/pdf/pdfParser.ts';
import { type PdfDict, PdfName, PdfReadError, PdfRef, type PdfStream, PdfString, type PdfValue } from '../../../src/pdf/pdfValues.ts';

const parse = (text: string): PdfValue => new PdfParser(Buffer.from(text, 'latin1')).parseValue();
const bytesOf = (value: PdfValue) => Buffer.from((value as PdfString).bytes).toString('latin1');

describe('the PDF object syntax', () => {
  it('numbers: integers, reals with a sign, a leading or trailing point', () => {
    expect(['123', '-98', '+17', '0', '34.5', '-3.62', '+123.6', '4.', '-.002', '.5'].map(parse)).toEqual([123, -98, 17, 0, 34.5, -3.62, 123.6, 4, -0.002, 0.5]);
  });

  it('booleans and null', () => {
    expect([parse('true'), parse('false'), parse('null')]).toEqual([true, false, null]);
  });

  it('literal strings: balanced parentheses, every escape, octal codes, continued and ending lines', () => {
    expect(bytesOf(parse('(a (nested (pair)) b)'))).toBe('a (nested (pair)) b');
    expect(bytesOf(parse('(\\n\\r\\t\\b\\f\\(\\)\\\\)'))).toBe('\n\r\t\b\f()\\');
    expect(bytesOf(parse('(\\101\\0530\\7x\\1234)'))).toBe('A+0\x07xS4'); // at most three octal digits
    expect(bytesOf(parse('(one \\\ntwo \\\r\nthree)'))).toBe('one two three');
    expect(bytesOf(parse('(a\r\nb\rc\nd)'))).toBe('a\nb\nc\nd'); // every line end is read as LF
    expect(bytesOf(parse('(\\q)'))).toBe('q'); // an unknown escape: the backslash is dropped
    expect((parse('(x)') as PdfString).hex).toBe(false);
  });

  it('hexadecimal strings: white space ignored, an odd last digit followed by 0', () => {
    expect(bytesOf(parse('<48 65 6c\n6C6f>'))).toBe('Hello');
    expect([...(parse('<901FA>') as PdfString).bytes]).toEqual([0x90, 0x1f, 0xa0]);
    expect((parse('<>') as PdfString).bytes.length).toBe(0);
    expect((parse('<00>') as PdfString).hex).toBe(true);
  });

  it('names: #xx escapes decoded, ended by a delimiter or white space', () => {
    expect(parse('/Name1')).toEqual(new PdfName('Name1'));
    expect(parse('/A;Name_With-Various***Characters?')).toEqual(new PdfName('A;Name_With-Various***Characters?'));
    expect(parse('/Lime#20Green')).toEqual(new PdfName('Lime Green'));
    expect(parse('/paired#28#29parentheses')).toEqual(new PdfName('paired()parentheses'));
    expect(parse('/The_Key_of_F#23_Minor')).toEqual(new PdfName('The_Key_of_F#_Minor'));
    expect(parse('/')).toEqual(new PdfName('')); // the empty name is valid
    expect(parse('[/a/b]')).toEqual([new PdfName('a'), new PdfName('b')]);
  });

  it('arrays, nested, with references among numbers', () => {
    expect(parse('[549 3.14 false (Ralph) /SomeName [1 2] 12 0 R 5 6]')).toEqual([
      549, 3.14, false, new PdfString(new Uint8Array([0x52, 0x61, 0x6c, 0x70, 0x68])), new PdfName('SomeName'), [1, 2], new PdfRef(12, 0), 5, 6,
    ]);
    expect(parse('[1 2 R]')).toEqual([new PdfRef(1, 2)]);
    expect(() => parse('[1 2 Rx]')).toThrow("unexpected 'Rx' where an object was expected at byte 5");
  });

  it('dictionaries: nested, comments skipped, a null value counts as absent', () => {
    const dict = parse('<< /Type /Example % a comment\n/Sub << /Item1 0.4 /LastItem (not!) >> /Gone null /Ref 7 0 R >>') as PdfDict;
    expect([...dict.entries.keys()]).toEqual(['Type', 'Sub', 'Ref']);
    expect((dict.get('Sub') as PdfDict).get('Item1')).toBe(0.4);
    expect(dict.get('Ref')).toEqual(new PdfRef(7, 0));
    expect(dict.has('Gone')).toBe(false);
  });

  it('an indirect object with a stream: the bytes /Length says, or up to endstream when it is wrong', () => {
    const object = (length: string) => new PdfParser(Buffer.from(`7 0 obj\n<< /Length ${length} >>\nstream\r\nabc)def\r\nendstream\nendobj`, 'latin1')).parseIndirectObject();
    const exact = object('7');
    expect(exact.num).toBe(7);
    expect(Buffer.from((exact.value as PdfStream).raw).toString('latin1')).toBe('abc)def');
    expect(Buffer.from((object('3').value as PdfStream).raw).toString('latin1')).toBe('abc)def');
    expect(Buffer.from((object('999').value as PdfStream).raw).toString('latin1')).toBe('abc)def');
  });

  it('a /Length that is a reference is asked for', () => {
    const parser = new PdfParser(Buffer.from('1 0 obj << /Length 9 0 R >> stream\nabcdef\nendstream endobj', 'latin1'), 0, (ref) => (ref.num === 9 ? 4 : undefined));
    // 4 bytes do not end at endstream: the data runs to the keyword instead
    expect(Buffer.from((parser.parseIndirectObject().value as PdfStream).raw).toString('latin1')).toBe('abcdef');
  });

  it('says where the syntax breaks', () => {
    expect(() => parse('(never closed')).toThrow('a string that is not closed at byte 0');
    expect(() => parse('[1 2')).toThrow('an array that is not closed at byte 0');
    expect(() => parse('<< /A 1')).toThrow('a dictionary that is not closed at byte 0');
    expect(() => parse('<< 1 2 >>')).toThrow('a dictionary key that is not a name at byte 0');
    expect(() => parse('<12G4>')).toThrow('a hexadecimal string with a character that is not a hex digit at byte 3');
    expect(() => parse('  ]')).toThrow("unexpected ']' where an object was expected at byte 2");
    expect(() => parse('endobj')).toThrow("unexpected 'endobj' where an object was expected at byte 0");
    expect(() => parse('')).toThrow(PdfReadError);
  });
});
