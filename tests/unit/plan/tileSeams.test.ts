import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUT_INSET_MM, planTiles, type TextBand } from '../../../src/plan/planTiles.ts';

// band edges on whole millimetres meet the places tried exactly: a seam on an edge does not cross the line
/** The seams as their rule says, tried one place at a time: each start as late as it may be, moved back 1 mm at a time to the cheapest cut. */
function seamsByHand(count: number, tileMm: number, overlapMm: number, posterMm: number, cost: (at: number) => number): number[] {
  const starts = [0];
  for (let i = 1; i < count; i++) {
    const step = tileMm - overlapMm;
    const latest = starts[i - 1]! + step;
    const earliest = Math.max(starts[i - 1]! + 1, posterMm - tileMm - (count - 1 - i) * step);
    let best = latest;
    for (let at = latest - 1; at >= earliest; at -= 1) if (cost(at + CUT_INSET_MM) < cost(best + CUT_INSET_MM)) best = at;
    starts.push(best);
  }
  return starts;
}
const through = (bands: TextBand[], axis: 'x' | 'y') => (at: number) =>
  bands.reduce((sum, b) => sum + ((axis === 'x' ? at > b.x0 && at < b.x1 : at > b.y0 && at < b.y1) ? b.weight : 0), 0);

const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const band = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 580 }), w: fc.integer({ min: 5, max: 300 }), h: fc.constantFrom(3, 4, 4.5, 7.25, 12), heavy: fc.boolean() })
  .map(({ x, y, w, h, heavy }): TextBand => ({ x0: x, x1: x + w, y0: y, y1: y + h, weight: heavy ? 10 : 1 }));

describe('tile seams', () => {
  it('are where trying every place one by one puts them, for any lines of text', () => {
    fc.assert(fc.property(fc.array(band, { minLength: 1, maxLength: 300 }), fc.constantFrom(8, 10, 15), (bands, overlapMm) => {
      const plan = planTiles(420, 594, A4, overlapMm, bands);
      expect(plan.colsAtMm).toEqual(seamsByHand(plan.cols, plan.tileWidthMm, overlapMm, 420, through(bands, 'x')));
      expect(plan.rowsAtMm).toEqual(seamsByHand(plan.rows, plan.tileHeightMm, overlapMm, 594, through(bands, 'y')));
    }), { numRuns: 200 });
  });
});
