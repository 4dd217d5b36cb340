import { describe, expect, it } from 'vitest';
import { MARK_MAX_MM, MARK_MIN_MM, cellStartMm, cutLinesMm, planAxis, planSheetGrid } from '../../../src/impose/planSheetGrid.ts';

const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const A3 = { widthMm: 297, heightMm: 420, marginMm: 5 };
const LETTER = { widthMm: 215.9, heightMm: 279.4, marginMm: 5 };

describe('planSheetGrid', () => {
  it('puts 9 poker cards on A4: cards share their cut lines where the bleed does not fit', () => {
    const grid = planSheetGrid(63, 88, A4, 3);
    expect(grid?.cols).toMatchObject({ count: 3, way: 'tight', gutterMm: 0, outerBleedMm: 0 });
    expect(grid?.rows).toMatchObject({ count: 3, way: 'shared', gutterMm: 0, outerBleedMm: 3 });
  });

  it('keeps the bleed between cards when there is room: 16 poker cards on A3', () => {
    const grid = planSheetGrid(63, 88, A3, 3);
    expect(grid?.cols).toMatchObject({ count: 4, way: 'bleed', gutterMm: 6 });
    expect(grid?.rows).toMatchObject({ count: 4, way: 'bleed', gutterMm: 6 });
  });

  it('centres the grid on the sheet, so the mirrored backs land on the fronts', () => {
    for (const paper of [A4, A3, LETTER]) {
      const grid = planSheetGrid(63, 88, paper, 3);
      if (!grid) throw new Error('no grid');
      for (const [axis, size] of [[grid.cols, paper.widthMm], [grid.rows, paper.heightMm]] as const) {
        const first = cellStartMm(axis, 0);
        const lastEnd = cellStartMm(axis, axis.count - 1) + axis.cardMm;
        expect(first).toBeCloseTo(size - lastEnd, 6);
        // mirroring cell i gives cell count − 1 − i exactly
        for (let i = 0; i < axis.count; i++) {
          expect(size - cellStartMm(axis, i) - axis.cardMm).toBeCloseTo(cellStartMm(axis, axis.count - 1 - i), 6);
        }
      }
    }
  });

  it('leaves room for crop marks of 5–6 mm inside the printable area, at least the bleed from the trim', () => {
    for (const paper of [A4, A3, LETTER]) {
      for (const [w, h] of [[63, 88], [70, 120], [105, 148]] as const) {
        const grid = planSheetGrid(w, h, paper, 3);
        if (!grid) continue;
        for (const axis of [grid.cols, grid.rows]) {
          expect(axis.markLengthMm).toBeGreaterThanOrEqual(MARK_MIN_MM);
          expect(axis.markLengthMm).toBeLessThanOrEqual(MARK_MAX_MM);
          expect(axis.markOffsetMm).toBeGreaterThanOrEqual(axis.outerBleedMm);
          expect(axis.startMm - axis.markOffsetMm - axis.markLengthMm).toBeGreaterThanOrEqual(paper.marginMm - 1e-9);
        }
      }
    }
  });

  it('counts the cut lines once where cards share them', () => {
    const shared = planAxis(88, 297, 5, 3);
    expect(shared && cutLinesMm(shared, 3)).toHaveLength(4);
    const apart = planAxis(63, 297, 5, 3);
    expect(apart?.way).toBe('bleed');
    expect(apart && cutLinesMm(apart, apart.count)).toHaveLength(2 * (apart?.count ?? 0));
  });

  it('says when a card does not fit the paper at all', () => {
    expect(planAxis(300, 210, 5, 3)).toBeUndefined();
  });
});
