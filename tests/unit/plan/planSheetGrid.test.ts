import { describe, expect, it } from 'vitest';
import { CLEAR_MAX_MM, MARK_MAX_MM, MARK_MIN_MM, cellStartMm, cutLinesMm, gridEndMm, planAxis, planSheetGrid } from '../../../src/plan/planSheetGrid.ts';

const PAPERS = {
  a4: { widthMm: 210, heightMm: 297, marginMm: 5 },
  a3: { widthMm: 297, heightMm: 420, marginMm: 5 },
  sra3: { widthMm: 320, heightMm: 450, marginMm: 5 },
  letter: { widthMm: 215.9, heightMm: 279.4, marginMm: 5 },
};
const FORMATS = { poker: [63, 88], tarot: [70, 120], a6: [105, 148], a7: [74, 105], square: [70, 70] } as const;

describe('planSheetGrid', () => {
  it('fits poker cards with their own bleed, a gutter and marks: 8 on A4 (turned), 16 on A3, 18 on SRA3 (turned), 6 on letter (turned)', () => {
    const counts = Object.fromEntries(Object.entries(PAPERS).map(([name, paper]) => {
      const grid = planSheetGrid(63, 88, paper, 3)!;
      return [name, `${grid.cols.count}×${grid.rows.count}${grid.turned ? ' turned' : ''}`];
    }));
    expect(counts).toEqual({ a4: '2×4 turned', a3: '4×4', sra3: '3×6 turned', letter: '2×3 turned' });
  });

  it('keeps two bleeds and at most CLEAR_MAX_MM of clear space between neighbouring cards', () => {
    const grid = planSheetGrid(63, 88, PAPERS.a3, 3)!;
    expect(grid.cols).toMatchObject({ bleedMm: 3, markOffsetMm: 3 });
    expect(grid.cols.gutterMm).toBeGreaterThanOrEqual(6);
    expect(grid.cols.gutterMm).toBeLessThanOrEqual(6 + CLEAR_MAX_MM);
    expect(grid.rows).toMatchObject({ bleedMm: 3, gutterMm: 6 + CLEAR_MAX_MM, markLengthMm: MARK_MAX_MM });
  });

  for (const [paperName, paper] of Object.entries(PAPERS)) {
    for (const [formatName, [w, h]] of Object.entries(FORMATS)) {
      it(`${formatName} on ${paperName}: bleeds inside the page and apart, marks inside the printable area and outside every bleed, columns centred`, () => {
        const grid = planSheetGrid(w, h, paper, 3);
        if (!grid) throw new Error('no grid');
        const [across, down] = grid.turned ? [h, w] : [w, h];
        expect(grid.cols.cardMm).toBe(across);
        expect(grid.rows.cardMm).toBe(down);
        for (const [axis, size] of [[grid.cols, paper.widthMm], [grid.rows, paper.heightMm]] as const) {
          expect(axis.gutterMm).toBeGreaterThanOrEqual(2 * axis.bleedMm - 1e-9);
          expect(axis.markOffsetMm).toBeGreaterThanOrEqual(axis.bleedMm);
          expect(axis.markLengthMm).toBeGreaterThanOrEqual(MARK_MIN_MM - 1e-9);
          expect(axis.markLengthMm).toBeLessThanOrEqual(MARK_MAX_MM);
          const first = cellStartMm(axis, 0);
          const last = gridEndMm(axis, axis.count);
          expect(first - axis.markOffsetMm - axis.markLengthMm).toBeGreaterThanOrEqual(paper.marginMm - 1e-9);
          expect(last + axis.markOffsetMm + axis.markLengthMm).toBeLessThanOrEqual(size - paper.marginMm + 1e-9);
          for (let i = 0; i + 1 < axis.count; i++) expect(cellStartMm(axis, i + 1) - axis.bleedMm).toBeGreaterThanOrEqual(cellStartMm(axis, i) + axis.cardMm + axis.bleedMm - 1e-9);
        }
        // the columns are centred, so mirroring column c gives column cols − 1 − c exactly
        for (let i = 0; i < grid.cols.count; i++) {
          expect(paper.widthMm - cellStartMm(grid.cols, i) - grid.cols.cardMm).toBeCloseTo(cellStartMm(grid.cols, grid.cols.count - 1 - i), 9);
        }
      });
    }
  }

  it('gives every card two cut lines of its own', () => {
    const axis = planAxis(63, 297, 5, 3)!;
    expect(cutLinesMm(axis, axis.count)).toHaveLength(2 * axis.count);
  });

  it('says when a card does not fit the paper at all', () => {
    expect(planAxis(300, 210, 5, 3)).toBeUndefined();
    expect(planSheetGrid(300, 400, PAPERS.a4, 3)).toBeUndefined();
  });
});
