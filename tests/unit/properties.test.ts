import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cellStartMm, planAxis } from '../../src/plan/planSheetGrid.ts';
import { planTiles, tilesOf } from '../../src/plan/planTiles.ts';
import { breakLines } from '../../src/layout/breakLines.ts';
import { readYamlFile } from '../../src/load/readYamlFile.ts';
import { REPO } from '../helpers/project.ts';

const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))) as Font;
const words = fc.array(fc.constantFrom('sociaal', 'werk', 'op', 'alle', 'niveaus', 'bewonersparticipatie', 'wijk', 'de', 'ondersteuningsvraag', 'kracht', 'pro-actief', 'Ça', 'Straßenverkehrsordnung'), { minLength: 1, maxLength: 40 });

describe('properties', () => {
  it('line breaking keeps every word, in order, and stays within the width unless one piece alone is wider', () => {
    fc.assert(fc.property(words, fc.integer({ min: 60, max: 400 }), fc.constantFrom('nl', 'de', 'en'), fc.constantFrom('best', 'fewest-lines') as fc.Arbitrary<'best' | 'fewest-lines'>, (ws, widthPt, lang, mode) => {
      const text = ws.join(' ');
      const lines = breakLines(text, { font, sizePt: 10, widthPt, lang, mode });
      // an added hyphen goes; a line that ends at a word's own hyphen (pro-actief) joins without a space
      const joined = lines.map((l) => (l.hyphenated ? l.text.slice(0, -1) : l.text.endsWith('-') ? l.text : `${l.text} `)).join('').replace(/ +/g, ' ').trim();
      expect(joined).toBe(text);
      for (const line of lines) if (!line.overfull) expect(line.widthPt).toBeLessThanOrEqual(widthPt + 0.001);
    }), { numRuns: 150 });
  });

  it('a sheet grid always fits the printable area with its marks, bleeds never meet, and is centred', () => {
    fc.assert(fc.property(fc.integer({ min: 30, max: 200 }), fc.integer({ min: 150, max: 600 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 }), (card, paper, margin, bleed) => {
      const axis = planAxis(card, paper, margin, bleed);
      // one card needs itself and, at both ends, the marks' offset (which holds its bleed) and length
      if (!axis) return card + 2 * (bleed + 5) > paper - 2 * margin;
      const gridEnd = cellStartMm(axis, axis.count - 1) + card;
      expect(axis.startMm - axis.markOffsetMm - axis.markLengthMm).toBeGreaterThanOrEqual(margin - 1e-9);
      expect(gridEnd + axis.markOffsetMm + axis.markLengthMm).toBeLessThanOrEqual(paper - margin + 1e-9);
      expect(axis.markOffsetMm).toBeGreaterThanOrEqual(bleed);
      expect(axis.markLengthMm).toBeGreaterThanOrEqual(5 - 1e-9);
      expect(axis.markLengthMm).toBeLessThanOrEqual(6);
      expect(axis.gutterMm).toBeGreaterThanOrEqual(2 * bleed - 1e-9);
      // centred, so the mirrored columns land on each other
      expect(axis.startMm).toBeCloseTo(paper - gridEnd, 9);
      // no room for one more card with two bleeds before it
      expect((axis.count + 1) * card + axis.count * 2 * bleed + 2 * (bleed + 5)).toBeGreaterThan(paper - 2 * margin - 1e-9);
      return true;
    }));
  });

  it('poster tiles always cover the poster, with the overlap between neighbours', () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 1200 }), fc.integer({ min: 100, max: 1200 }), fc.constantFrom({ widthMm: 210, heightMm: 297, marginMm: 5 }, { widthMm: 297, heightMm: 420, marginMm: 5 }), (w, h, paper) => {
      const tiles = tilesOf(planTiles(w, h, paper, 10));
      const right = Math.max(...tiles.map((t) => t.x + t.w));
      const bottom = Math.max(...tiles.map((t) => t.y + t.h));
      expect(Math.min(...tiles.map((t) => t.x))).toBeLessThanOrEqual(0);
      expect(right).toBeGreaterThanOrEqual(w);
      expect(bottom).toBeGreaterThanOrEqual(h);
      for (const t of tiles) {
        const next = tiles.find((u) => u.row === t.row && u.col === t.col + 1);
        if (next) expect(t.x + t.w - next.x).toBeCloseTo(10, 9);
      }
    }));
  });

  it('reading YAML never throws, whatever the bytes: it returns data or diagnostics', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => Buffer.from(s))), (bytes) => {
      const result = readYamlFile('/x.yaml', bytes);
      expect(result.file !== undefined || result.diagnostics.length > 0).toBe(true);
      for (const d of result.diagnostics) expect(d.source?.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: 300 });
  });
});
