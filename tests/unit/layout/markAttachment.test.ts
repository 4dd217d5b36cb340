import fs from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontkit } from '../../../src/input/fontkit.ts';
import { markAttachment, widthFeatures } from '../../../src/layout/markAttachment.ts';
import { measureText } from '../../../src/layout/measureText.ts';
import { useShapedRuns } from '../../../src/render/shapedLines.ts';
import { REPO } from '../../helpers/project.ts';

/** A lookup: its type, and per subtable the glyphs of its first coverage (for an extension: the type it holds). */
interface Lookup { type: number; subtables?: { coverage: number[] | [number, number][]; holds?: number }[] }

/**
 * A GPOS table as the OpenType spec lays it out: header, an empty script list, a feature list (records
 * of tag and offset, then each feature's lookup indices), a lookup list (offsets, then each lookup with
 * its subtables; a subtable's first offset points at its coverage, list or ranges; an extension subtable
 * names the type it holds and points at that subtable with a 32-bit offset).
 */
function gpos(features: { tag: string; lookups: number[] }[], lookups: Lookup[], { variations = false } = {}): Uint8Array {
  const bytes: number[] = [];
  const u16 = (at: number, v: number) => { bytes[at] = v >> 8; bytes[at + 1] = v & 0xff; };
  const u32 = (at: number, v: number) => { u16(at, v >>> 16); u16(at + 2, v & 0xffff); };
  let end = variations ? 14 : 10;
  u16(0, 1);
  u16(2, variations ? 1 : 0);
  const scriptList = end;
  u16(scriptList, 0);
  const featureList = scriptList + 2;
  u16(4, scriptList);
  u16(6, featureList);
  u16(featureList, features.length);
  end = featureList + 2 + features.length * 6;
  features.forEach((feature, i) => {
    const record = featureList + 2 + i * 6;
    [...feature.tag].forEach((c, k) => { bytes[record + k] = c.charCodeAt(0); });
    u16(record + 4, end - featureList);
    u16(end, 0);
    u16(end + 2, feature.lookups.length);
    feature.lookups.forEach((index, k) => u16(end + 4 + k * 2, index));
    end += 4 + feature.lookups.length * 2;
  });
  const lookupList = end;
  u16(8, lookupList);
  u16(lookupList, lookups.length);
  end = lookupList + 2 + lookups.length * 2;
  const coverage = (glyphs: number[] | [number, number][]) => {
    const at = end;
    const ranges = glyphs.length > 0 && Array.isArray(glyphs[0]);
    u16(at, ranges ? 2 : 1);
    u16(at + 2, glyphs.length);
    glyphs.forEach((g, k) => {
      if (Array.isArray(g)) { u16(at + 4 + k * 6, g[0]); u16(at + 6 + k * 6, g[1]); u16(at + 8 + k * 6, 0); } else u16(at + 4 + k * 2, g);
    });
    end += 4 + glyphs.length * (ranges ? 6 : 2);
    return at;
  };
  lookups.forEach((lookup, i) => {
    const start = end;
    const subtables = lookup.subtables ?? [];
    u16(lookupList + 2 + i * 2, start - lookupList);
    u16(start, lookup.type);
    u16(start + 2, 0);
    u16(start + 4, subtables.length);
    end = start + 6 + subtables.length * 2;
    for (const [k, sub] of subtables.entries()) {
      let table = end;
      u16(start + 6 + k * 2, table - start);
      if (sub.holds !== undefined) {
        u16(table, 1);
        u16(table + 2, sub.holds);
        u32(table + 4, 8);
        table += 8;
      }
      // a subtable's format, then the offset of its (mark) coverage
      end = table + 4;
      u16(table, 1);
      u16(table + 2, coverage(sub.coverage) - table);
    }
  });
  if (variations) u32(10, end);
  return new Uint8Array(Array.from({ length: Math.max(end, bytes.length) }, (_, i) => bytes[i] ?? 0));
}

const font = (file: string) => fontkit.create(fs.readFileSync(path.join(REPO, 'fonts', file))) as Font;
const sorted = (set: Set<number> | undefined) => (set ? [...set].sort((a, b) => a - b) : set);

describe('markAttachment: the glyphs the mark features of a GPOS table move, when all they do is attach marks', () => {
  const kern = { tag: 'kern', lookups: [0] };
  it('gathers the mark coverages of attachment lookups (types 4, 5, 6, or an extension of one), listed or in ranges', () => {
    const table = gpos([kern, { tag: 'mark', lookups: [1, 2] }, { tag: 'mkmk', lookups: [3] }], [
      { type: 2, subtables: [{ coverage: [1, 2, 3] }] },
      { type: 4, subtables: [{ coverage: [40, 41] }, { coverage: [[50, 52]] }] },
      { type: 5, subtables: [{ coverage: [60] }] },
      { type: 6, subtables: [{ coverage: [41, 70] }] },
    ]);
    expect(sorted(markAttachment(table))).toEqual([40, 41, 50, 51, 52, 60, 70]);
    expect(sorted(markAttachment(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, subtables: [{ holds: 4, coverage: [7, 9] }, { holds: 6, coverage: [[11, 12]] }] }])))).toEqual([7, 9, 11, 12]);
    // no mark features: nothing to move
    expect(sorted(markAttachment(gpos([kern], [{ type: 2, subtables: [{ coverage: [1] }] }])))).toEqual([]);
  });

  it('is undefined when a lookup of mark or mkmk is of another kind, which may move advances', () => {
    // a pair adjustment (2) or a chained context (8) under mark: the width may change
    expect(markAttachment(gpos([{ tag: 'mark', lookups: [0, 1] }], [{ type: 4 }, { type: 2 }]))).toBeUndefined();
    expect(markAttachment(gpos([kern, { tag: 'mkmk', lookups: [1] }], [{ type: 2 }, { type: 8 }]))).toBeUndefined();
    expect(markAttachment(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, subtables: [{ holds: 4, coverage: [5] }, { holds: 1, coverage: [6] }] }]))).toBeUndefined();
  });

  it('is undefined when the table has feature variations, names a lookup it lacks, or is cut off', () => {
    expect(markAttachment(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 4 }], { variations: true }))).toBeUndefined();
    expect(markAttachment(gpos([{ tag: 'mark', lookups: [3] }], [{ type: 4 }]))).toBeUndefined();
    const whole = gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, subtables: [{ holds: 4, coverage: [5, 6] }] }]);
    expect(sorted(markAttachment(whole))).toEqual([5, 6]);
    expect(markAttachment(whole.subarray(0, whole.length - 2))).toBeUndefined();
  });
});

/** Every word and line of the project's cards, and letters with combining accents. */
function cardTexts(): string[] {
  const text = fs.readdirSync(path.join(REPO, 'cards'), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'))
    .map((f) => fs.readFileSync(path.join(REPO, 'cards', f), 'utf8')).join('\n');
  const texts = [...new Set([...text.split(/\s+/), ...text.split('\n').map((l) => l.trim())])].filter(Boolean);
  return [...texts, 'e\u0301te\u0301', 'n\u0303a', 'q\u0323', 'a\u0308\u0301', 'Vi\u1EC7t', 'α\u0301γιος', 'и\u0306', '1\u20442'];
}

/** Which of the font's lookups fontkit has decoded, of its mark features and of kern. */
function decodedLookups(face: Font): { mark: boolean[]; kern: boolean[] } {
  const table = (face as unknown as { GPOS: { featureList: { tag: string; feature: { lookupListIndexes: number[] } }[]; lookupList: { items: unknown[] } } }).GPOS;
  const decoded = (tags: string[]) => table.featureList.filter((f) => tags.includes(f.tag)).flatMap((f) => f.feature.lookupListIndexes).map((i) => table.lookupList.items[i] != null);
  return { mark: decoded(['mark', 'mkmk']), kern: decoded(['kern']) };
}

describe('widths are measured without the mark attachment where it only attaches marks', () => {
  it("measures every word and line of the project's cards as fontkit's full layout does, accents as combining marks included", () => {
    const texts = cardTexts();
    expect(texts.length).toBeGreaterThan(2000);
    for (const file of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf']) {
      const face = font(file);
      expect(widthFeatures(face)).toEqual({ mark: false, mkmk: false });
      const differ = texts.filter((t) => face.layout(t, widthFeatures(face)).advanceWidth !== face.layout(t).advanceWidth);
      expect(differ).toEqual([]);
    }
  });

  it('leaves the mark lookups of a font undecoded when measuring a word (fontkit decodes a lookup whole)', () => {
    const face = font('NotoSans-Regular.ttf');
    expect(measureText(face, 'Wijkteam', 10)).toBeGreaterThan(0);
    const decoded = decodedLookups(face);
    expect(decoded.mark.length).toBeGreaterThan(0);
    expect(decoded.kern.every(Boolean)).toBe(true);
    expect(decoded.mark.filter(Boolean)).toEqual([]);
  });

  it('gives a new object to each layout: fontkit writes into it every feature it applies', () => {
    const face = font('NotoSans-Regular.ttf');
    const first = widthFeatures(face)!;
    face.layout('1\u20442 fijn', first);
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(widthFeatures(face)).toEqual({ mark: false, mkmk: false });
  });
});

describe('pdfkit shapes a word without the mark attachment when it has no mark to attach', () => {
  /** pdfkit's font of a new document for `face`, with the project's shared words (useShapedRuns) or as pdfkit has it. */
  function embedded(face: Font, shared: boolean): { layoutCached(text: string): { glyphs: { id: number }[]; positions: Record<string, number>[] } } {
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    doc.registerFont('r', face as unknown as string);
    doc.font('r');
    const own = (doc as unknown as { _font: Parameters<typeof useShapedRuns>[0] })._font;
    if (shared) useShapedRuns(own, face);
    return own as unknown as ReturnType<typeof embedded>;
  }

  it("gives every word of the cards, and accents as combining marks, the glyphs and positions of pdfkit's own shaping", () => {
    const mine = embedded(font('NotoSans-Regular.ttf'), true);
    const theirs = embedded(font('NotoSans-Regular.ttf'), false);
    const words = cardTexts().flatMap((t) => t.split(' ')).filter(Boolean);
    const runOf = (e: typeof mine, w: string) => { const r = e.layoutCached(w); return { ids: r.glyphs.map((g) => g.id), positions: r.positions }; };
    const differ = [...new Set(words)].filter((w) => JSON.stringify(runOf(mine, w)) !== JSON.stringify(runOf(theirs, w)));
    expect(differ).toEqual([]);
    // the accents do get placed: a dot below q moves down and to the right
    const dot = mine.layoutCached('q\u0323');
    expect(dot.positions[1]!.yOffset).toBeLessThan(0);
    expect(dot.positions[1]!.xOffset).toBeGreaterThan(0);
  });

  it('decodes the mark lookups only once a word has a mark', () => {
    const face = font('NotoSans-Bold.ttf');
    const mine = embedded(face, true);
    mine.layoutCached('Buurtteam ');
    expect(decodedLookups(face).mark.filter(Boolean)).toEqual([]);
    mine.layoutCached('cafe\u0301 ');
    expect(decodedLookups(face).mark.some(Boolean)).toBe(true);
  });
});
