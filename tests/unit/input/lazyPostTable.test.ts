import fs from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontkit } from '../../../src/input/fontkit.ts';
import { readPostLazily } from '../../../src/input/lazyPostTable.ts';
import { REPO } from '../../helpers/project.ts';

const HEADER = ['version', 'italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch', 'minMemType42', 'maxMemType42', 'minMemType1', 'maxMemType1'];

/** The font's post table, as fontkit gives it (its typings leave it out). */
const postOf = (font: Font) => (font as unknown as { post: Record<string, unknown> }).post;

/** A font parsed from the repository's fonts, with the tags of the tables fontkit decoded since. */
function parsed(file: string): { font: Font; decoded: string[] } {
  const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts', file))) as Font;
  const decoded: string[] = [];
  const own = font as unknown as { _decodeTable(entry: { tag: string }): unknown };
  const decode = own._decodeTable.bind(font);
  own._decodeTable = (entry) => {
    decoded.push(entry.tag);
    return decode(entry);
  };
  return { font, decoded };
}

describe("a font's post table read lazily", () => {
  for (const file of ['NotoSans-Regular.ttf', 'NotoSans-Italic.ttf', 'NotoSans-Bold.ttf']) {
    it(`${file}: the header as fontkit decodes it, without decoding the glyph names; the names when asked`, () => {
      const plain = parsed(file).font;
      const { font, decoded } = parsed(file);
      readPostLazily(font);
      // what pdfkit reads for the font's descriptor, and the rest of the header
      for (const field of HEADER) expect(postOf(font)[field], field).toEqual(postOf(plain)[field]);
      expect(font.italicAngle).toBe(plain.italicAngle);
      expect(decoded).not.toContain('post');
      // a glyph's name needs the names: fontkit decodes the whole table then, once
      const ids = [3, 36, 68, font.numGlyphs - 1];
      expect(ids.map((id) => font.getGlyph(id).name)).toEqual(ids.map((id) => plain.getGlyph(id).name));
      expect(decoded.filter((tag) => tag === 'post')).toHaveLength(1);
    });
  }

  it('reads the italic angle from the file: the italic slants, the others stand', () => {
    const angles = ['NotoSans-Regular.ttf', 'NotoSans-Italic.ttf'].map((file) => {
      const { font } = parsed(file);
      readPostLazily(font);
      return font.italicAngle;
    });
    expect(angles[0]).toBe(0);
    expect(angles[1]).toBeLessThan(-5);
  });
});
