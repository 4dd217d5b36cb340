import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/layout/breakLines.ts';
import { measureText } from '../../../src/layout/measureText.ts';
import type { FontFace } from '../../../src/model/Project.ts';
import { parseFont } from '../../../src/validate/validateFonts.ts';
import { REPO } from '../../helpers/project.ts';

// watch parses the fonts again when their file changed: a file replaced under the same name is a new
// font, and nothing measured or broken with the old one may come back
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(REPO, 'fonts', name)));
const at = { file: 'layouts/theme.yaml', line: 1, col: 1 };
const parse = (bytes: Uint8Array): FontFace => parseFont('regular', 'Brand.ttf', bytes, at, [], [])!;

describe('caches that depend on a font file', () => {
  it('parse a font file again when its bytes changed (parsed fonts, by content hash)', () => {
    const regular = parse(bytesOf('NotoSans-Regular.ttf'));
    expect(parse(bytesOf('NotoSans-Regular.ttf')).font).toBe(regular.font); // the same bytes, read again: parsed once
    const bold = parse(bytesOf('NotoSans-Bold.ttf'));
    expect(bold.font).not.toBe(regular.font);
    expect(bold.font.postscriptName).toBe('NotoSans-Bold');
  });

  it('measure a text again with the new file (advance widths, by font hash and text)', () => {
    const text = 'Wat heb je nodig?';
    const before = measureText(parse(bytesOf('NotoSans-Regular.ttf')).font, text, 10);
    const after = measureText(parse(bytesOf('NotoSans-Bold.ttf')).font, text, 10);
    expect(before).toBeCloseTo(83.76, 2);
    expect(after).toBeGreaterThan(before + 3);
    expect(measureText(parse(bytesOf('NotoSans-Regular.ttf')).font, text, 10)).toBe(before);
  });

  it('break a text again with the new file (line pieces, by font hash, language and text)', () => {
    const text = 'Met je collega’s en bewoners maak je een buurtplan.';
    const widths = (bytes: Uint8Array) => breakLines(text, { font: parse(bytes).font, sizePt: 10, lang: 'nl', widthPt: 120 }).map((l) => Math.round(l.widthPt * 100) / 100);
    const regular = widths(bytesOf('NotoSans-Regular.ttf'));
    const bold = widths(bytesOf('NotoSans-Bold.ttf'));
    expect(regular).not.toEqual(bold);
    expect(bold[0]!).toBeGreaterThan(regular[0]! * 0.9);
    expect(widths(bytesOf('NotoSans-Regular.ttf'))).toEqual(regular);
  });
});
