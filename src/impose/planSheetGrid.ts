/**
 * How cards of one size go on a sheet, one axis at a time. Three ways, best first:
 *  - `bleed`: each card keeps its bleed; cards stand 2 × bleed apart;
 *  - `shared`: cards touch and share their cut lines, bleed only on the outer edges;
 *  - `tight`: cards touch, no outer bleed, crop marks close to the grid.
 * The most cards wins; at equal count the better way. Crop marks always need room outside the grid,
 * inside the printer's margin.
 */
export interface AxisPlan {
  cardMm: number;
  count: number;
  way: 'bleed' | 'shared' | 'tight';
  /** Space between neighbouring cards. */
  gutterMm: number;
  /** Bleed kept on the grid's outer edges. */
  outerBleedMm: number;
  /** Where the crop marks start, measured out from the trim line, and how long they are. */
  markOffsetMm: number;
  markLengthMm: number;
  /** Position of the first card's trim edge from the paper edge (the grid is centred). */
  startMm: number;
}

export interface SheetGrid {
  cols: AxisPlan;
  rows: AxisPlan;
}

export const MARK_MIN_MM = 5;
export const MARK_MAX_MM = 6;
const TIGHT_OFFSET_MM = 0.5;

export function planAxis(cardMm: number, paperMm: number, marginMm: number, bleedMm: number): AxisPlan | undefined {
  const printable = paperMm - 2 * marginMm;
  const ways = [
    { way: 'bleed' as const, gutterMm: 2 * bleedMm, outerBleedMm: bleedMm, markOffsetMm: bleedMm },
    { way: 'shared' as const, gutterMm: 0, outerBleedMm: bleedMm, markOffsetMm: bleedMm },
    { way: 'tight' as const, gutterMm: 0, outerBleedMm: 0, markOffsetMm: TIGHT_OFFSET_MM },
  ];
  let best: AxisPlan | undefined;
  for (const w of ways) {
    const count = Math.floor((printable - 2 * (w.markOffsetMm + MARK_MIN_MM) + w.gutterMm) / (cardMm + w.gutterMm) + 1e-9);
    if (count < 1 || (best && count <= best.count)) continue;
    const gridMm = count * cardMm + (count - 1) * w.gutterMm;
    const startMm = (paperMm - gridMm) / 2;
    const room = startMm - marginMm - w.markOffsetMm;
    best = { ...w, cardMm, count, startMm, markLengthMm: Math.min(MARK_MAX_MM, room) };
  }
  return best;
}

export function planSheetGrid(cardWidthMm: number, cardHeightMm: number, paper: { widthMm: number; heightMm: number; marginMm: number }, bleedMm: number): SheetGrid | undefined {
  const cols = planAxis(cardWidthMm, paper.widthMm, paper.marginMm, bleedMm);
  const rows = planAxis(cardHeightMm, paper.heightMm, paper.marginMm, bleedMm);
  return cols && rows ? { cols, rows } : undefined;
}

/** The trim edge of cell `i` along an axis, from the paper edge. */
export function cellStartMm(axis: AxisPlan, i: number): number {
  return axis.startMm + i * (axis.cardMm + axis.gutterMm);
}

/** Every distinct cut line along an axis for the first `used` cells (shared lines counted once). */
export function cutLinesMm(axis: AxisPlan, used: number): number[] {
  const lines: number[] = [];
  for (let i = 0; i < used; i++) {
    for (const edge of [cellStartMm(axis, i), cellStartMm(axis, i) + axis.cardMm]) {
      if (!lines.some((l) => Math.abs(l - edge) < 0.01)) lines.push(edge);
    }
  }
  return lines;
}
