/**
 * How a poster is split over office pages: the printable area of each page shows a piece of the poster;
 * neighbours overlap by at least `overlapMm` (the glue strip). Portrait or landscape, whichever needs
 * fewer pages. Positions are in mm on the poster's trim area; tile 1 starts at the poster's top-left
 * corner, so the title is on the first page and any spare paper is at the right and bottom.
 *
 * Where the paper leaves room (the tiles cover more than the poster), a seam moves back, making that
 * overlap wider, so that it does not cut through a line of text: a heading first.
 */
import type { Tile, TilePlan } from '../model/PrintPlan.ts';

export type { Tile, TilePlan };

/** A line of text on the poster, in mm, and how much a seam through it costs (a heading more). */
export interface TextBand {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  weight: number;
}

/** How far inside a tile's printable edge its cut line is: a line on the very edge may not print. */
export const CUT_INSET_MM = 1;

export function planTiles(posterWidthMm: number, posterHeightMm: number, paper: TilePlan['paper'], overlapMm: number, text: TextBand[] = []): TilePlan {
  const options = [false, true].map((landscape) => {
    const tileWidthMm = (landscape ? paper.heightMm : paper.widthMm) - 2 * paper.marginMm;
    const tileHeightMm = (landscape ? paper.widthMm : paper.heightMm) - 2 * paper.marginMm;
    const cols = Math.max(1, Math.ceil((posterWidthMm - overlapMm) / (tileWidthMm - overlapMm) - 1e-9));
    const rows = Math.max(1, Math.ceil((posterHeightMm - overlapMm) / (tileHeightMm - overlapMm) - 1e-9));
    return { paper, landscape, cols, rows, overlapMm, tileWidthMm, tileHeightMm, originXMm: 0, originYMm: 0 };
  });
  const [portrait, landscape] = options as [TilePlan, TilePlan];
  const plan = landscape.cols * landscape.rows < portrait.cols * portrait.rows ? landscape : portrait;
  if (!text.length) return plan;
  // a vertical seam crosses the lines whose x range it falls in; a horizontal one the lines it falls in
  const colsAtMm = placeSeams(plan.cols, plan.tileWidthMm, overlapMm, posterWidthMm, (at) => cost(text, at, 'x'));
  const rowsAtMm = placeSeams(plan.rows, plan.tileHeightMm, overlapMm, posterHeightMm, (at) => cost(text, at, 'y'));
  return { ...plan, colsAtMm, rowsAtMm };
}

/** What a seam (a cut line) at `at` mm costs: the weight of every line of text it runs through. */
function cost(text: TextBand[], at: number, axis: 'x' | 'y'): number {
  let sum = 0;
  for (const t of text) {
    const [from, to] = axis === 'y' ? [t.y0, t.y1] : [t.x0, t.x1];
    if (at > from && at < to) sum += t.weight;
  }
  return sum;
}

/**
 * Tile starts along one axis: the first at 0, each next one at most a tile less the overlap further,
 * moved back (in 1 mm steps, as far as the tiles still cover the poster) to where its cut line costs least.
 */
function placeSeams(count: number, tileMm: number, overlapMm: number, posterMm: number, costAt: (mm: number) => number): number[] {
  const step = tileMm - overlapMm;
  const starts = [0];
  for (let i = 1; i < count; i++) {
    const latest = starts[i - 1]! + step;
    // the tiles after this one must still reach the poster's far edge
    const earliest = Math.max(starts[i - 1]! + 1, posterMm - tileMm - (count - 1 - i) * step);
    let best = latest;
    let bestCost = costAt(latest + CUT_INSET_MM);
    for (let at = latest - 1; at >= earliest; at -= 1) {
      const c = costAt(at + CUT_INSET_MM);
      if (c < bestCost) { best = at; bestCost = c; }
    }
    starts.push(best);
  }
  return starts;
}

export function tilesOf(plan: TilePlan): Tile[] {
  const tiles: Tile[] = [];
  const total = plan.cols * plan.rows;
  for (let row = 0; row < plan.rows; row++) {
    for (let col = 0; col < plan.cols; col++) {
      tiles.push({
        col,
        row,
        index: row * plan.cols + col + 1,
        total,
        x: plan.originXMm + (plan.colsAtMm?.[col] ?? col * (plan.tileWidthMm - plan.overlapMm)),
        y: plan.originYMm + (plan.rowsAtMm?.[row] ?? row * (plan.tileHeightMm - plan.overlapMm)),
        w: plan.tileWidthMm,
        h: plan.tileHeightMm,
      });
    }
  }
  return tiles;
}

/** The lines of text of a poster frame (points) as bands in mm: bold lines (titles, headings, labels) weigh more. */
export function headingBands(frame: { items: readonly { kind: string }[] }): TextBand[] {
  const mm = (pt: number) => (pt * 25.4) / 72;
  const bands: TextBand[] = [];
  for (const item of frame.items) {
    if (item.kind !== 'text') continue;
    const t = item as unknown as { x: number; y: number; sizePt: number; widthPt: number; font: string };
    bands.push({ x0: mm(t.x), x1: mm(t.x + t.widthPt), y0: mm(t.y - t.sizePt * 0.75), y1: mm(t.y + t.sizePt * 0.25), weight: t.font === 'bold' ? 10 : 1 });
  }
  return bands;
}
