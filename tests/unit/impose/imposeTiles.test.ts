import { describe, expect, it } from 'vitest';
import { CUT_INSET_MM, imposeTiles } from '../../../src/impose/imposeTiles.ts';
import { planTiles, tilesOf } from '../../../src/plan/planTiles.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { Frame, FrameItem } from '../../../src/model/Frame.ts';

const poster: Frame = { widthPt: mmToPt(420), heightPt: mmToPt(594), bleedPt: mmToPt(3), side: 'front', items: [] };
const overview = { frame: { ...poster, items: [] }, mini: { x: 0, y: 0, scale: 0.2 } };
const options = { markColour: [0, 0, 0, 100] as [number, number, number, number], markWidthPt: 0.5, labelColour: [0, 0, 0, 100] as [number, number, number, number], labelFont: 'bold' as const, labelSizePt: 7 };
type Line = Extract<FrameItem, { kind: 'line' }>;

for (const paper of [{ widthMm: 210, heightMm: 297, marginMm: 5 }, { widthMm: 297, heightMm: 420, marginMm: 5 }]) {
  describe(`tiles on ${paper.widthMm} × ${paper.heightMm} mm`, () => {
    const plan = planTiles(420, 594, paper, 10);
    const tiles = tilesOf(plan);
    const pages = imposeTiles(poster, plan, overview, options).slice(1);
    /** Where a line of a tile page lies on the poster, in mm. */
    const onPoster = (i: number, line: Line, axis: 'x' | 'y') => {
      const placement = pages[i]!.placements[0]!;
      return ((axis === 'x' ? line.x1 : line.y1) - (axis === 'x' ? placement.x : placement.y)) * 25.4 / 72;
    };
    const lines = (i: number, dashed: boolean, vertical: boolean) => pages[i]!.items
      .filter((it): it is Line => it.kind === 'line' && !!it.dash === dashed && (it.x1 === it.x2) === vertical);

    it('puts each tile’s cut line exactly where its neighbour’s solid line is: the poster goes together without a gap or a double strip', () => {
      tiles.forEach((tile, i) => {
        const right = tiles.findIndex((t) => t.row === tile.row && t.col === tile.col + 1);
        if (right >= 0) {
          const solid = onPoster(i, lines(i, false, true)[0]!, 'x');
          const cut = onPoster(right, lines(right, true, true)[0]!, 'x');
          expect(cut).toBeCloseTo(solid, 6);
          expect(cut).toBeCloseTo(tiles[right]!.x + CUT_INSET_MM, 6);
        }
        const below = tiles.findIndex((t) => t.col === tile.col && t.row === tile.row + 1);
        if (below >= 0) {
          expect(onPoster(below, lines(below, true, false)[0]!, 'y')).toBeCloseTo(onPoster(i, lines(i, false, false)[0]!, 'y'), 6);
        }
      });
    });

    it('numbers every tile n/total where it is hidden once glued: under the next tile, or off the poster', () => {
      tiles.forEach((tile, i) => {
        const text = pages[i]!.items.find((it) => it.kind === 'text');
        expect(text?.kind === 'text' && text.text).toBe(`${tile.index}/${tile.total}`);
        if (text?.kind !== 'text') return;
        const placement = pages[i]!.placements[0]!;
        const xMm = (text.x - placement.x) * 25.4 / 72;
        const yMm = (text.y - placement.y) * 25.4 / 72;
        const coveredRight = tile.col < plan.cols - 1 && xMm >= tile.x + tile.w - plan.overlapMm + CUT_INSET_MM;
        const coveredBelow = tile.row < plan.rows - 1 && yMm >= tile.y + tile.h - plan.overlapMm + CUT_INSET_MM;
        const offPoster = xMm > 420 || yMm > 594;
        expect(coveredRight || coveredBelow || offPoster, `tile ${tile.index}`).toBe(true);
      });
    });
  });
}
