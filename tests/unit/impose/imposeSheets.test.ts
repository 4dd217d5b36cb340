import { describe, expect, it } from 'vitest';
import { imposeCardsFile } from '../../../src/impose/imposeCardsFile.ts';
import { imposeSheets } from '../../../src/impose/imposeSheets.ts';
import { planSheetGrid } from '../../../src/impose/planSheetGrid.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { Frame } from '../../../src/model/Frame.ts';

const card = (id: string, side: 'front' | 'back' = 'front'): Frame => ({ widthPt: mmToPt(63), heightPt: mmToPt(88), bleedPt: mmToPt(3), side, cardId: id, items: [] });
const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const grid = planSheetGrid(63, 88, A4, 3)!;
const options = { paper: A4, grid, backOffsetMm: { x: 0, y: 0 }, markColour: [100, 100, 100, 100] as [number, number, number, number], markWidthPt: 0.25 };

describe('imposeCardsFile', () => {
  it('puts front then back on pages of trim + bleed, with the boxes nested', () => {
    const pages = imposeCardsFile([card('a'), card('b')], card('back', 'back'));
    expect(pages.map((p) => p.placements[0]?.frame.cardId)).toEqual(['a', 'back', 'b', 'back']);
    for (const page of pages) {
      expect(page.widthPt).toBeCloseTo(mmToPt(69), 6);
      expect(page.heightPt).toBeCloseTo(mmToPt(94), 6);
      expect(page.trimBox).toEqual({ x: mmToPt(3), y: mmToPt(3), w: mmToPt(63), h: mmToPt(88) });
      expect(page.bleedBox).toEqual({ x: 0, y: 0, w: page.widthPt, h: page.heightPt });
      expect(page.items).toEqual([]); // no marks in the print-shop file
    }
  });
});

describe('imposeSheets', () => {
  const fronts = Array.from({ length: 11 }, (_, i) => card(`c${i + 1}`));
  const pages = imposeSheets(fronts, card('back', 'back'), options);

  it('makes a fronts page and a backs page per sheet', () => {
    expect(pages).toHaveLength(4);
    expect(pages[0]?.placements).toHaveLength(9);
    expect(pages[1]?.placements).toHaveLength(9);
    expect(pages[2]?.placements).toHaveLength(2);
  });

  it('mirrors the backs for a long-edge flip: column c meets column cols − 1 − c', () => {
    const W = mmToPt(210);
    const [fronts1, backs1] = [pages[0]!, pages[1]!];
    fronts1.placements.forEach((front, i) => {
      const back = backs1.placements[i]!;
      expect(back.y).toBeCloseTo(front.y, 6);
      // flipped over the long edge, the back's left edge lies where the front's right edge was
      expect(W - (back.x + back.frame.widthPt)).toBeCloseTo(front.x, 6);
    });
    // the last sheet: cards 10 and 11 in columns 0 and 1 get their backs in columns 2 and 1
    expect(pages[3]?.placements.map((p) => Math.round(p.x))).toEqual([pages[0]!.placements[2]!.x, pages[0]!.placements[1]!.x].map(Math.round));
  });

  it('shifts the backs by --back-offset', () => {
    const shifted = imposeSheets(fronts, card('back', 'back'), { ...options, backOffsetMm: { x: 1, y: -0.5 } });
    expect(shifted[1]!.placements[0]!.x - pages[1]!.placements[0]!.x).toBeCloseTo(mmToPt(1), 6);
    expect(shifted[1]!.placements[0]!.y - pages[1]!.placements[0]!.y).toBeCloseTo(mmToPt(-0.5), 6);
  });

  it('draws hairline registration crop marks outside every card, inside the printable area, fronts only', () => {
    const marks = pages[0]!.items;
    expect(pages[1]!.items).toEqual([]);
    // 4 vertical cut lines × 2 ends + 4 horizontal cut lines × 2 ends (shared lines counted once)
    expect(marks).toHaveLength(16);
    const cards = pages[0]!.placements.map((p) => ({ x0: p.x, y0: p.y, x1: p.x + p.frame.widthPt, y1: p.y + p.frame.heightPt }));
    const margin = mmToPt(5);
    for (const mark of marks) {
      if (mark.kind !== 'line') throw new Error('marks are lines');
      expect(mark.lineWidthPt).toBe(0.25);
      expect(mark.stroke).toEqual([100, 100, 100, 100]);
      const length = Math.hypot(mark.x2 - mark.x1, mark.y2 - mark.y1);
      expect(length).toBeGreaterThanOrEqual(mmToPt(5) - 1e-6);
      expect(length).toBeLessThanOrEqual(mmToPt(6) + 1e-6);
      for (const x of [mark.x1, mark.x2]) expect(x).toBeGreaterThanOrEqual(margin - 1e-6);
      for (const y of [mark.y1, mark.y2]) expect(y).toBeGreaterThanOrEqual(margin - 1e-6);
      for (const c of cards) {
        const inside = Math.min(mark.x1, mark.x2) < c.x1 - 0.01 && Math.max(mark.x1, mark.x2) > c.x0 + 0.01
          && Math.min(mark.y1, mark.y2) < c.y1 - 0.01 && Math.max(mark.y1, mark.y2) > c.y0 + 0.01;
        expect(inside).toBe(false);
      }
    }
  });

  it('clips each card to its own cell, so shared cut lines show no neighbour', () => {
    for (const p of pages[0]!.placements) {
      // columns are tight on A4: no bleed left or right; rows share lines: bleed only above the first row and below the last
      expect(p.clip.w).toBeCloseTo(p.frame.widthPt, 6);
    }
    const firstRow = pages[0]!.placements[0]!;
    expect(firstRow.y - firstRow.clip.y).toBeCloseTo(mmToPt(3), 6);
  });
});
