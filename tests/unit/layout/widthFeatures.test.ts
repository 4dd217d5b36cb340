import fs from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontkit } from '../../../src/input/fontkit.ts';
import { measureText } from '../../../src/layout/measureText.ts';
import { marksOnlyAttach, widthFeatures } from '../../../src/layout/widthFeatures.ts';
import { REPO } from '../../helpers/project.ts';

interface Lookup { type: number; extensionOf?: number[] }

/**
 * A GPOS table as the OpenType spec lays it out: header, an empty script list, a feature list (records
 * of tag and offset, then each feature's lookup indices), a lookup list (offsets, then each lookup with
 * its subtables; an extension subtable names the type it holds).
 */
function gpos(features: { tag: string; lookups: number[] }[], lookups: Lookup[], { variations = false } = {}): Uint8Array {
  const bytes: number[] = [];
  const u16 = (at: number, v: number) => { bytes[at] = v >> 8; bytes[at + 1] = v & 0xff; };
  const u32 = (at: number, v: number) => { u16(at, v >>> 16); u16(at + 2, v & 0xffff); };
  const header = variations ? 14 : 10;
  u16(0, 1);
  u16(2, variations ? 1 : 0);
  const scriptList = header;
  u16(scriptList, 0);
  const featureList = scriptList + 2;
  u16(4, scriptList);
  u16(6, featureList);
  u16(featureList, features.length);
  let at = featureList + 2 + features.length * 6;
  features.forEach((feature, i) => {
    const record = featureList + 2 + i * 6;
    [...feature.tag].forEach((c, k) => { bytes[record + k] = c.charCodeAt(0); });
    u16(record + 4, at - featureList);
    u16(at, 0);
    u16(at + 2, feature.lookups.length);
    feature.lookups.forEach((index, k) => u16(at + 4 + k * 2, index));
    at += 4 + feature.lookups.length * 2;
  });
  const lookupList = at;
  u16(8, lookupList);
  u16(lookupList, lookups.length);
  at = lookupList + 2 + lookups.length * 2;
  lookups.forEach((lookup, i) => {
    u16(lookupList + 2 + i * 2, at - lookupList);
    const start = at;
    const held = lookup.extensionOf ?? [];
    u16(start, lookup.type);
    u16(start + 2, 0);
    u16(start + 4, held.length);
    at = start + 6 + held.length * 2;
    held.forEach((type, k) => {
      u16(start + 6 + k * 2, at - start);
      u16(at, 1);
      u16(at + 2, type);
      u32(at + 4, 0);
      at += 8;
    });
  });
  if (variations) u32(10, at);
  return new Uint8Array(Array.from({ length: Math.max(at, bytes.length) }, (_, i) => bytes[i] ?? 0));
}

const font = (file: string) => fontkit.create(fs.readFileSync(path.join(REPO, 'fonts', file))) as Font;

describe('marksOnlyAttach: whether the mark features of a GPOS table only attach marks', () => {
  const kern = { tag: 'kern', lookups: [0] };
  it('is so when every lookup of mark and mkmk attaches marks (types 4, 5, 6, or an extension of them)', () => {
    expect(marksOnlyAttach(gpos([kern, { tag: 'mark', lookups: [1, 2] }, { tag: 'mkmk', lookups: [3] }], [{ type: 2 }, { type: 4 }, { type: 5 }, { type: 6 }]))).toBe(true);
    expect(marksOnlyAttach(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, extensionOf: [4, 4] }]))).toBe(true);
  });

  it('is not when one of them is another kind of lookup, which may move advances', () => {
    // a pair adjustment (2) or a chained context (8) under mark: the width may change
    expect(marksOnlyAttach(gpos([{ tag: 'mark', lookups: [0, 1] }], [{ type: 4 }, { type: 2 }]))).toBe(false);
    expect(marksOnlyAttach(gpos([kern, { tag: 'mkmk', lookups: [1] }], [{ type: 2 }, { type: 8 }]))).toBe(false);
    expect(marksOnlyAttach(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, extensionOf: [4, 1] }]))).toBe(false);
  });

  it('is not when the table has feature variations, names a lookup it lacks, or is cut off', () => {
    expect(marksOnlyAttach(gpos([{ tag: 'mark', lookups: [0] }], [{ type: 4 }], { variations: true }))).toBe(false);
    expect(marksOnlyAttach(gpos([{ tag: 'mark', lookups: [3] }], [{ type: 4 }]))).toBe(false);
    const whole = gpos([{ tag: 'mark', lookups: [0] }], [{ type: 9, extensionOf: [4] }]);
    expect(marksOnlyAttach(whole)).toBe(true);
    expect(marksOnlyAttach(whole.subarray(0, whole.length - 8))).toBe(false);
  });
});

describe('widths are measured without the mark attachment where it only attaches marks', () => {
  it("measures every word and line of the project's cards as fontkit's full layout does, accents as combining marks included", () => {
    const text = fs.readdirSync(path.join(REPO, 'cards'), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'))
      .map((f) => fs.readFileSync(path.join(REPO, 'cards', f), 'utf8')).join('\n');
    const texts = [...new Set([...text.split(/\s+/), ...text.split('\n').map((l) => l.trim())])].filter(Boolean);
    texts.push('e\u0301te\u0301', 'n\u0303a', 'Vi\u1EC7t', 'α\u0301γιος', 'и\u0306', '1\u20442');
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
    const table = (face as unknown as { GPOS: { featureList: { tag: string; feature: { lookupListIndexes: number[] } }[]; lookupList: { items: unknown[] } } }).GPOS;
    const markLookups = table.featureList.filter((f) => f.tag === 'mark' || f.tag === 'mkmk').flatMap((f) => f.feature.lookupListIndexes);
    const kernLookups = table.featureList.filter((f) => f.tag === 'kern').flatMap((f) => f.feature.lookupListIndexes);
    expect(markLookups.length).toBeGreaterThan(0);
    expect(measureText(face, 'Wijkteam', 10)).toBeGreaterThan(0);
    expect(kernLookups.every((i) => table.lookupList.items[i] != null)).toBe(true);
    expect(markLookups.filter((i) => table.lookupList.items[i] != null)).toEqual([]);
  });

  it('gives a new object to each layout: fontkit writes into it every feature it applies', () => {
    const face = font('NotoSans-Regular.ttf');
    const first = widthFeatures(face)!;
    face.layout('1\u20442 fijn', first);
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(widthFeatures(face)).toEqual({ mark: false, mkmk: false });
  });
});
