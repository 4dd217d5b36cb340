import { describe, expect, it } from 'vitest';
import { imposeCardsFile } from '../../../src/impose/imposeCardsFile.ts';
import { imposeSheets, sheetCell } from '../../../src/impose/imposeSheets.ts';
import { planSheetGrid } from '../../../src/plan/planSheetGrid.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { Frame } from '../../../src/model/Frame.ts';
import type { Box, Page, Placement } from '../../../src/model/Page.ts';

const card = (id: string, side: 'front' | 'back' = 'front'): Frame => ({ widthPt: mmToPt(63), heightPt: mmToPt(88), bleedPt: mmToPt(3), side, cardId: id, items: [] });
const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const LETTER = { widthMm: 215.9, heightMm: 279.4, marginMm: 5 };
const K: [number, number, number, number] = [0, 0, 0, 100];
const note = { lines: [{ text: 'Print double-sided,', widthPt: 55 }, { text: 'flip on the long edge.', widthPt: 58 }], font: 'regular' as const, sizePt: 6.5, capHeightPt: 4.6, colour: K };
const optionsFor = (paper: typeof A4) => ({ paper, grid: planSheetGrid(63, 88, paper, 3)!, backOffsetMm: { x: 0, y: 0 }, markColour: [100, 100, 100, 100] as [number, number, number, number], markWidthPt: 0.25, note });

/** Where a placed frame's trim lands on the page, turned or not. */
function trimOf(p: Placement): Box {
  const { widthPt: w, heightPt: h } = p.frame;
  if (p.rotate === 90) return { x: p.x - h, y: p.y, w: h, h: w };
  if (p.rotate === -90) return { x: p.x, y: p.y - w, w: h, h: w };
  return { x: p.x, y: p.y, w, h };
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;
const inside = (a: Box, b: Box) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;

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

for (const [name, paper, perSheet] of [['A4, turned', A4, 8], ['letter, turned', LETTER, 6]] as const) {
  describe(`imposeSheets on ${name}`, () => {
    const options = optionsFor(paper);
    const fronts = Array.from({ length: perSheet + 3 }, (_, i) => card(`c${i + 1}`));
    const pages = imposeSheets(fronts, card('back', 'back'), options);
    const page: Box = { x: 0, y: 0, w: mmToPt(paper.widthMm), h: mmToPt(paper.heightMm) };
    const m = mmToPt(paper.marginMm);
    const printable: Box = { x: m, y: m, w: page.w - 2 * m, h: page.h - 2 * m };

    it('makes a fronts page and a backs page per sheet', () => {
      expect(pages).toHaveLength(4);
      expect(pages.map((p) => p.placements.length)).toEqual([perSheet, perSheet, 3, 3]);
    });

    it('gives every card its own bleed on all four sides, inside the page, apart from its neighbours’', () => {
      for (const p of pages) {
        for (const a of p.placements) {
          const trim = trimOf(a);
          expect(a.clip.x).toBeCloseTo(trim.x - mmToPt(3), 6);
          expect(a.clip.y).toBeCloseTo(trim.y - mmToPt(3), 6);
          expect(a.clip.w).toBeCloseTo(trim.w + mmToPt(6), 6);
          expect(a.clip.h).toBeCloseTo(trim.h + mmToPt(6), 6);
          expect(inside(a.clip, page)).toBe(true);
          for (const b of p.placements) if (b !== a) expect(overlaps(a.clip, b.clip)).toBe(false);
        }
      }
    });

    it('mirrors the backs for a long-edge flip: each back lies where its front lies, seen through the sheet', () => {
      for (const [f, b] of [[pages[0]!, pages[1]!], [pages[2]!, pages[3]!]] as [Page, Page][]) {
        f.placements.forEach((front, i) => {
          const ft = trimOf(front);
          const bt = trimOf(b.placements[i]!);
          expect(bt.y).toBeCloseTo(ft.y, 6);
          expect(page.w - (bt.x + bt.w)).toBeCloseTo(ft.x, 6);
          expect(bt.w).toBeCloseTo(ft.w, 6);
        });
      }
      // turned fronts go clockwise, their backs the other way, so a card turned over sideways shows its back upright
      const turned = options.grid.turned;
      expect(pages[0]!.placements.every((p) => p.rotate === (turned ? 90 : undefined))).toBe(true);
      expect(pages[1]!.placements.every((p) => p.rotate === (turned ? -90 : undefined))).toBe(true);
      // the last sheet: its cards in columns 0, 1 (and 0 of the next row) get their backs in columns cols − 1, cols − 2
      const cols = options.grid.cols.count;
      expect(trimOf(pages[3]!.placements[0]!).x).toBeCloseTo(sheetCell(options.grid, cols - 1, 0).trim.x, 6);
    });

    it('shifts the backs by --back-offset', () => {
      const shifted = imposeSheets(fronts, card('back', 'back'), { ...options, backOffsetMm: { x: 1, y: -0.5 } });
      expect(trimOf(shifted[1]!.placements[0]!).x - trimOf(pages[1]!.placements[0]!).x).toBeCloseTo(mmToPt(1), 6);
      expect(trimOf(shifted[1]!.placements[0]!).y - trimOf(pages[1]!.placements[0]!).y).toBeCloseTo(mmToPt(-0.5), 6);
    });

    it('draws hairline registration crop marks of 5–6 mm in line with every cut, inside the printable area, outside every bleed, fronts only', () => {
      const marks = pages[0]!.items.filter((i) => i.kind === 'line');
      expect(pages[1]!.items).toEqual([]);
      // two cut lines per card along each axis, each marked at both ends
      expect(marks).toHaveLength(2 * 2 * options.grid.cols.count + 2 * 2 * options.grid.rows.count);
      const trims = pages[0]!.placements.map(trimOf);
      for (const mark of marks) {
        if (mark.kind !== 'line') continue;
        expect(mark.lineWidthPt).toBe(0.25);
        expect(mark.stroke).toEqual([100, 100, 100, 100]);
        const length = Math.hypot(mark.x2 - mark.x1, mark.y2 - mark.y1);
        expect(length).toBeGreaterThanOrEqual(mmToPt(5) - 1e-6);
        expect(length).toBeLessThanOrEqual(mmToPt(6) + 1e-6);
        const box = { x: Math.min(mark.x1, mark.x2), y: Math.min(mark.y1, mark.y2), w: Math.abs(mark.x2 - mark.x1), h: Math.abs(mark.y2 - mark.y1) };
        expect(inside(box, printable)).toBe(true);
        for (const p of pages[0]!.placements) expect(overlaps({ ...box, w: box.w || 0.01, h: box.h || 0.01 }, p.clip)).toBe(false);
        // in line with a trim edge
        const onCut = trims.some((t) => [t.x, t.x + t.w].some((x) => Math.abs(mark.x1 - x) < 1e-6 && mark.x1 === mark.x2)
          || [t.y, t.y + t.h].some((y) => Math.abs(mark.y1 - y) < 1e-6 && mark.y1 === mark.y2));
        expect(onCut).toBe(true);
      }
    });

    it('sets the words in the band of the bottom marks, one line between each pair of marks, clear of every bleed', () => {
      const words = pages[0]!.items.filter((i): i is Extract<typeof i, { kind: 'text' }> => i.kind === 'text');
      expect(words.map((w) => w.text)).toEqual(['Print double-sided,', 'flip on the long edge.']);
      const marks = pages[0]!.items.filter((i): i is Extract<typeof i, { kind: 'line' }> => i.kind === 'line');
      const bottomMarks = marks.filter((mk) => mk.x1 === mk.x2 && mk.y1 > page.h / 2);
      const band = { top: Math.min(...bottomMarks.map((mk) => mk.y1)), bottom: Math.max(...bottomMarks.map((mk) => mk.y2)) };
      for (const w of words) {
        // capitals inside the band, the line inside the printable area
        expect(w.y - 4.6).toBeGreaterThanOrEqual(band.top - 1e-6);
        expect(w.y).toBeLessThanOrEqual(band.bottom + 1e-6);
        expect(w.y).toBeLessThanOrEqual(printable.y + printable.h);
        const box = { x: w.x, y: w.y - 4.6, w: w.widthPt, h: 6 };
        for (const p of pages[0]!.placements) expect(overlaps(box, p.clip)).toBe(false);
        // between two marks, never across one
        for (const mk of bottomMarks) expect(mk.x1 > w.x && mk.x1 < w.x + w.widthPt).toBe(false);
      }
    });
  });
}
