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
  const colsAtMm = placeSeams(plan.cols, plan.tileWidthMm, overlapMm, posterWidthMm, text.map((t) => [t.x0, t.x1, t.weight]));
  const rowsAtMm = placeSeams(plan.rows, plan.tileHeightMm, overlapMm, posterHeightMm, text.map((t) => [t.y0, t.y1, t.weight]));
  return { ...plan, colsAtMm, rowsAtMm };
}

/** A line of text along one axis: from, to (mm), and what a seam through it costs. */
type Band = readonly [from: number, to: number, weight: number];

/**
 * Tile starts along one axis: the first at 0, each next one at most a tile less the overlap further,
 * moved back (in 1 mm steps, as far as the tiles still cover the poster) to where its cut line costs least.
 */
function placeSeams(count: number, tileMm: number, overlapMm: number, posterMm: number, bands: readonly Band[]): number[] {
  const step = tileMm - overlapMm;
  const starts = [0];
  for (let i = 1; i < count; i++) {
    const latest = starts[i - 1]! + step;
    // the tiles after this one must still reach the poster's far edge
    const earliest = Math.max(starts[i - 1]! + 1, posterMm - tileMm - (count - 1 - i) * step);
    const candidates = [latest];
    for (let at = latest - 1; at >= earliest; at -= 1) candidates.push(at);
    const costs = seamCosts(candidates.map((at) => at + CUT_INSET_MM), bands);
    let best = 0;
    for (let k = 1; k < candidates.length; k++) if (costs[k]! < costs[best]!) best = k;
    starts.push(candidates[best]!);
  }
  return starts;
}

/**
 * What a cut line at each of `lines` (mm, each less than the one before) costs: the weight of every band
 * it runs through (strictly inside it). Each band adds its weight to the run of lines inside it, found by
 * halving: a poster's hundreds of lines times a few hundred places to try, without trying each pair.
 */
function seamCosts(lines: readonly number[], bands: readonly Band[]): number[] {
  // the first index whose line passes the test (lines fall, so each test is false, then true)
  const firstWhere = (test: (line: number) => boolean): number => {
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (test(lines[mid]!)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const change = new Array<number>(lines.length + 1).fill(0);
  for (const [from, to, weight] of bands) {
    const start = firstWhere((line) => line < to);
    const end = firstWhere((line) => line <= from);
    if (start < end) {
      change[start]! += weight;
      change[end]! -= weight;
    }
  }
  const costs: number[] = [];
  let sum = 0;
  for (let k = 0; k < lines.length; k++) costs.push((sum += change[k]!));
  return costs;
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
