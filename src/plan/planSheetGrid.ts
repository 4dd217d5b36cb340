/**
 * How cards of one size go on an office sheet, so that a cut a little off shows nothing of the next card:
 * every card keeps its own bleed on all four sides, neighbouring cards stand at least two bleeds apart
 * (their bleeds never overlap), and crop marks run outside the grid in line with every cut, at least the
 * bleed away from the trim and inside what the printer can print. The line of words (how to print) goes
 * in the band of the bottom marks, between them. Cards stand upright or, when that fits more, turned a
 * quarter.
 */
import type { AxisPlan, Paper, SheetGrid } from '../model/PrintPlan.ts';

export type { AxisPlan, Paper, SheetGrid };

export const MARK_MIN_MM = 5;
export const MARK_MAX_MM = 6;
/** Clear space between two neighbouring bleeds, at most: more room goes around the grid. */
export const CLEAR_MAX_MM = 4;

/**
 * One axis: as many cards as fit with two bleeds between neighbours and the marks on both ends (the outer
 * bleeds lie inside the marks' offset); the clear space between bleeds grows up to CLEAR_MAX_MM, the rest
 * is shared out on both sides, so the grid is centred and the mirrored backs land on the fronts.
 */
export function planAxis(cardMm: number, paperMm: number, marginMm: number, bleedMm: number): AxisPlan | undefined {
  const printable = paperMm - 2 * marginMm;
  const markOffsetMm = bleedMm;
  const outside = 2 * (markOffsetMm + MARK_MIN_MM);
  const minGutter = 2 * bleedMm;
  const count = Math.floor((printable - outside + minGutter) / (cardMm + minGutter) + 1e-9);
  if (count < 1) return undefined;
  const spare = printable - outside - count * cardMm - (count - 1) * minGutter;
  const clearMm = count > 1 ? Math.min(CLEAR_MAX_MM, spare / (count - 1)) : 0;
  const gutterMm = minGutter + clearMm;
  const gridMm = count * cardMm + (count - 1) * gutterMm;
  const startMm = (paperMm - gridMm) / 2;
  const room = startMm - marginMm - markOffsetMm;
  return { cardMm, count, bleedMm, gutterMm, markOffsetMm, markLengthMm: Math.min(MARK_MAX_MM, room), startMm };
}

/** The grid that holds the most cards, upright or turned (upright when both hold as many). */
export function planSheetGrid(cardWidthMm: number, cardHeightMm: number, paper: Paper, bleedMm: number): SheetGrid | undefined {
  const plan = (turned: boolean): SheetGrid | undefined => {
    const [across, down] = turned ? [cardHeightMm, cardWidthMm] : [cardWidthMm, cardHeightMm];
    const cols = planAxis(across, paper.widthMm, paper.marginMm, bleedMm);
    const rows = planAxis(down, paper.heightMm, paper.marginMm, bleedMm);
    if (!cols || !rows) return undefined;
    return { turned, cols, rows };
  };
  const upright = plan(false);
  const turned = plan(true);
  if (!turned) return upright;
  if (!upright) return turned;
  return perSheet(turned) > perSheet(upright) ? turned : upright;
}

export function perSheet(grid: SheetGrid): number {
  return grid.cols.count * grid.rows.count;
}

/** The trim edge of cell `i` along an axis, from the paper edge. */
export function cellStartMm(axis: AxisPlan, i: number): number {
  return axis.startMm + i * (axis.cardMm + axis.gutterMm);
}

/** The far trim edge of the last of `used` cells. */
export function gridEndMm(axis: AxisPlan, used: number): number {
  return cellStartMm(axis, used - 1) + axis.cardMm;
}

/** Every cut line along an axis for the first `used` cells: two per card, none shared. */
export function cutLinesMm(axis: AxisPlan, used: number): number[] {
  const lines: number[] = [];
  for (let i = 0; i < used; i++) lines.push(cellStartMm(axis, i), cellStartMm(axis, i) + axis.cardMm);
  return lines;
}
