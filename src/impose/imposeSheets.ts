import type { Frame, FrameItem } from '../model/Frame.ts';
import type { Box, Page, Placement } from '../model/Page.ts';
import { mmToPt } from '../layout/units.ts';
import type { Cmyk } from '../validate/schemas.ts';
import { cellStartMm, cutLinesMm, type AxisPlan, type SheetGrid } from './planSheetGrid.ts';

export interface SheetOptions {
  paper: { widthMm: number; heightMm: number };
  grid: SheetGrid;
  /** Shift of every backs page, for a printer whose duplex is off (mm, +x right, +y down). */
  backOffsetMm: { x: number; y: number };
  markColour: Cmyk;
  markWidthPt: number;
}

/**
 * The office file: cards N-up, a fronts page then its backs page, mirrored for a long-edge flip: the
 * front in column c meets the back in column (cols − 1 − c). The grid is centred on the sheet, so the
 * mirror image lands on the same spot. Crop marks sit outside the grid, on the fronts page only.
 */
export function imposeSheets(fronts: readonly Frame[], back: Frame, options: SheetOptions): Page[] {
  const { cols, rows } = options.grid;
  const perSheet = cols.count * rows.count;
  const widthPt = mmToPt(options.paper.widthMm);
  const heightPt = mmToPt(options.paper.heightMm);
  const pages: Page[] = [];
  for (let first = 0; first < fronts.length; first += perSheet) {
    const onSheet = fronts.slice(first, first + perSheet);
    const frontPlacements: Placement[] = [];
    const backPlacements: Placement[] = [];
    onSheet.forEach((frame, i) => {
      const col = i % cols.count;
      const row = Math.floor(i / cols.count);
      frontPlacements.push(place(frame, col, row, options.grid, { x: 0, y: 0 }));
      backPlacements.push(place(back, cols.count - 1 - col, row, options.grid, options.backOffsetMm));
    });
    const usedCols = Math.min(cols.count, onSheet.length);
    const usedRows = Math.ceil(onSheet.length / cols.count);
    pages.push({ widthPt, heightPt, placements: frontPlacements, items: cropMarks(options, usedCols, usedRows) });
    pages.push({ widthPt, heightPt, placements: backPlacements, items: [] });
  }
  return pages;
}

function place(frame: Frame, col: number, row: number, grid: SheetGrid, offsetMm: { x: number; y: number }): Placement {
  const x = mmToPt(cellStartMm(grid.cols, col) + offsetMm.x);
  const y = mmToPt(cellStartMm(grid.rows, row) + offsetMm.y);
  const left = mmToPt(bleedBefore(grid.cols, col));
  const right = mmToPt(bleedBefore(grid.cols, grid.cols.count - 1 - col));
  const top = mmToPt(bleedBefore(grid.rows, row));
  const bottom = mmToPt(bleedBefore(grid.rows, grid.rows.count - 1 - row));
  const clip: Box = { x: x - left, y: y - top, w: frame.widthPt + left + right, h: frame.heightPt + top + bottom };
  return { frame, x, y, clip };
}

/** The bleed a card may show towards cell i − 1 (towards the outside for the first cell). */
function bleedBefore(axis: AxisPlan, i: number): number {
  return i === 0 ? axis.outerBleedMm : axis.gutterMm / 2;
}

/**
 * Short lines in the margin in line with every cut line, at both ends, so that marks remain on the sheet
 * whichever cut is made first.
 */
function cropMarks(options: SheetOptions, usedCols: number, usedRows: number): FrameItem[] {
  const { cols, rows } = options.grid;
  const gridTop = rows.startMm;
  const gridBottom = cellStartMm(rows, usedRows - 1) + rows.cardMm;
  const gridLeft = cols.startMm;
  const gridRight = cellStartMm(cols, usedCols - 1) + cols.cardMm;
  const line = (x1: number, y1: number, x2: number, y2: number): FrameItem => ({
    kind: 'line', x1: mmToPt(x1), y1: mmToPt(y1), x2: mmToPt(x2), y2: mmToPt(y2), stroke: options.markColour, lineWidthPt: options.markWidthPt,
  });
  const items: FrameItem[] = [];
  for (const x of cutLinesMm(cols, usedCols)) {
    items.push(line(x, gridTop - rows.markOffsetMm - rows.markLengthMm, x, gridTop - rows.markOffsetMm));
    items.push(line(x, gridBottom + rows.markOffsetMm, x, gridBottom + rows.markOffsetMm + rows.markLengthMm));
  }
  for (const y of cutLinesMm(rows, usedRows)) {
    items.push(line(gridLeft - cols.markOffsetMm - cols.markLengthMm, y, gridLeft - cols.markOffsetMm, y));
    items.push(line(gridRight + cols.markOffsetMm, y, gridRight + cols.markOffsetMm + cols.markLengthMm, y));
  }
  return items;
}
