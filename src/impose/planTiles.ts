/**
 * How a poster is split over office pages: the printable area of each page shows a piece of the poster;
 * neighbours overlap by `overlapMm` (the glue strip). Portrait or landscape, whichever needs fewer pages.
 * Positions are in mm on the poster's trim area; tile 1 starts at the poster's top-left corner, so the
 * title is on the first page and any spare paper is at the right and bottom.
 */
export interface TilePlan {
  paper: { widthMm: number; heightMm: number; marginMm: number };
  landscape: boolean;
  cols: number;
  rows: number;
  overlapMm: number;
  /** Size of the printable area of a tile page. */
  tileWidthMm: number;
  tileHeightMm: number;
  /** Poster position of the printable area's top-left corner of tile (0, 0). */
  originXMm: number;
  originYMm: number;
}

export interface Tile {
  col: number;
  row: number;
  /** 1-based place in reading order, and the total. */
  index: number;
  total: number;
  /** The part of the poster this tile prints, in poster mm. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export function planTiles(posterWidthMm: number, posterHeightMm: number, paper: TilePlan['paper'], overlapMm: number): TilePlan {
  const options = [false, true].map((landscape) => {
    const tileWidthMm = (landscape ? paper.heightMm : paper.widthMm) - 2 * paper.marginMm;
    const tileHeightMm = (landscape ? paper.widthMm : paper.heightMm) - 2 * paper.marginMm;
    const cols = Math.max(1, Math.ceil((posterWidthMm - overlapMm) / (tileWidthMm - overlapMm) - 1e-9));
    const rows = Math.max(1, Math.ceil((posterHeightMm - overlapMm) / (tileHeightMm - overlapMm) - 1e-9));
    return { paper, landscape, cols, rows, overlapMm, tileWidthMm, tileHeightMm, originXMm: 0, originYMm: 0 };
  });
  const [portrait, landscape] = options as [TilePlan, TilePlan];
  return landscape.cols * landscape.rows < portrait.cols * portrait.rows ? landscape : portrait;
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
        x: plan.originXMm + col * (plan.tileWidthMm - plan.overlapMm),
        y: plan.originYMm + row * (plan.tileHeightMm - plan.overlapMm),
        w: plan.tileWidthMm,
        h: plan.tileHeightMm,
      });
    }
  }
  return tiles;
}
