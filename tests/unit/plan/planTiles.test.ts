import { describe, expect, it } from 'vitest';
import { planTiles, tilesOf } from '../../../src/plan/planTiles.ts';

const A2 = { w: 420, h: 594 };
const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const A3 = { widthMm: 297, heightMm: 420, marginMm: 5 };

describe('planTiles', () => {
  it('splits A2 over 8 landscape A4 pages or 4 portrait A3 pages, whichever orientation needs fewer', () => {
    expect(planTiles(A2.w, A2.h, A4, 10)).toMatchObject({ landscape: true, cols: 2, rows: 4 });
    expect(planTiles(A2.w, A2.h, A3, 10)).toMatchObject({ landscape: false, cols: 2, rows: 2 });
  });

  for (const [name, paper] of [['A4', A4], ['A3', A3]] as const) {
    const plan = planTiles(A2.w, A2.h, paper, 10);
    const tiles = tilesOf(plan);

    it(`${name}: the tiles together cover the whole poster`, () => {
      // every point of a fine grid over the poster lies in at least one tile
      for (let x = 0; x <= A2.w; x += 2.5) {
        for (let y = 0; y <= A2.h; y += 2.5) {
          expect(tiles.some((t) => x >= t.x - 1e-9 && x <= t.x + t.w + 1e-9 && y >= t.y - 1e-9 && y <= t.y + t.h + 1e-9), `${x},${y}`).toBe(true);
        }
      }
    });

    it(`${name}: neighbours overlap by exactly 10 mm, and each tile fits the printable area`, () => {
      for (const t of tiles) {
        const right = tiles.find((u) => u.row === t.row && u.col === t.col + 1);
        const below = tiles.find((u) => u.col === t.col && u.row === t.row + 1);
        if (right) expect(t.x + t.w - right.x).toBeCloseTo(10, 9);
        if (below) expect(t.y + t.h - below.y).toBeCloseTo(10, 9);
        const [pw, ph] = plan.landscape ? [paper.heightMm, paper.widthMm] : [paper.widthMm, paper.heightMm];
        expect(t.w).toBeCloseTo(pw - 2 * paper.marginMm, 9);
        expect(t.h).toBeCloseTo(ph - 2 * paper.marginMm, 9);
      }
    });

    it(`${name}: numbers the tiles in reading order, 1 at the top left`, () => {
      expect(tiles[0]).toMatchObject({ index: 1, total: tiles.length, x: 0, y: 0, col: 0, row: 0 });
      expect(tiles.at(-1)).toMatchObject({ index: tiles.length, col: plan.cols - 1, row: plan.rows - 1 });
    });
  }
});
