import type { Frame, FrameItem } from '../model/Frame.ts';
import type { Box, Page, Placement } from '../model/Page.ts';
import { mmToPt } from '../layout/units.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { SheetGrid, SheetNote } from '../model/PrintPlan.ts';
import { cellStartMm, cutLinesMm, gridEndMm } from '../plan/planSheetGrid.ts';

export type { SheetNote };

/** Space between a crop mark and the words beside it. */
const NOTE_PADDING_MM = 1;

export interface SheetOptions {
  paper: { widthMm: number; heightMm: number };
  grid: SheetGrid;
  /** Shift of every backs page, for a printer whose duplex is off (mm, +x right, +y down). */
  backOffsetMm: { x: number; y: number };
  markColour: Cmyk;
  markWidthPt: number;
  note?: SheetNote;
}

/** Where a card lands on a sheet: its trim and bleed rectangles in points, as the eye sees them. */
export interface SheetCell {
  trim: Box;
  bleed: Box;
}

/**
 * The office file: cards N-up, a fronts page then its backs page, mirrored for a long-edge flip: the
 * front in column c meets the back in column (cols − 1 − c). The columns are centred on the sheet, so the
 * mirror image lands on the same spot. Every card is drawn with its own bleed on all four sides; crop
 * marks and the line of words sit outside every bleed, on the fronts page only. Turned cards: the fronts
 * a quarter clockwise, the backs a quarter the other way, so that a card turned over sideways shows its
 * back upright.
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
      frontPlacements.push(place(frame, sheetCell(options.grid, col, row), options.grid.turned ? 90 : 0));
      const mirrored = sheetCell(options.grid, cols.count - 1 - col, row, options.backOffsetMm);
      backPlacements.push(place(back, mirrored, options.grid.turned ? -90 : 0));
    });
    const usedCols = Math.min(cols.count, onSheet.length);
    const usedRows = Math.ceil(onSheet.length / cols.count);
    const items = cropMarks(options, usedCols, usedRows);
    if (options.note) items.push(...noteItems(options.note, options.grid, usedRows));
    pages.push({ widthPt, heightPt, placements: frontPlacements, items });
    pages.push({ widthPt, heightPt, placements: backPlacements, items: [] });
  }
  return pages;
}

/** The trim and bleed rectangles of the cell in column `col`, row `row` (shifted by `offsetMm`). */
export function sheetCell(grid: SheetGrid, col: number, row: number, offsetMm = { x: 0, y: 0 }): SheetCell {
  const x = mmToPt(cellStartMm(grid.cols, col) + offsetMm.x);
  const y = mmToPt(cellStartMm(grid.rows, row) + offsetMm.y);
  const trim = { x, y, w: mmToPt(grid.cols.cardMm), h: mmToPt(grid.rows.cardMm) };
  const bx = mmToPt(grid.cols.bleedMm);
  const by = mmToPt(grid.rows.bleedMm);
  return { trim, bleed: { x: x - bx, y: y - by, w: trim.w + 2 * bx, h: trim.h + 2 * by } };
}

/** A frame drawn into a cell, clipped to the cell's bleed; `rotate` in degrees clockwise. */
function place(frame: Frame, cell: SheetCell, rotate: 0 | 90 | -90): Placement {
  const { trim, bleed } = cell;
  // the frame's origin is its top-left trim corner; turned clockwise it lands at the cell's top right
  // corner, turned the other way at its bottom left
  const x = rotate === 90 ? trim.x + trim.w : trim.x;
  const y = rotate === -90 ? trim.y + trim.h : trim.y;
  return rotate === 0 ? { frame, x, y, clip: bleed } : { frame, x, y, clip: bleed, rotate };
}

/**
 * Short lines in line with every cut, outside the grid at both ends, so that marks remain on the sheet
 * whichever cut is made first; they start the bleed away from the outer trim, so they never touch a card.
 */
function cropMarks(options: SheetOptions, usedCols: number, usedRows: number): FrameItem[] {
  const { cols, rows } = options.grid;
  const gridTop = rows.startMm;
  const gridBottom = gridEndMm(rows, usedRows);
  const gridLeft = cols.startMm;
  const gridRight = gridEndMm(cols, usedCols);
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

/**
 * The words in the band of the bottom crop marks: line i between the marks of column i, its capitals
 * centred on the band, so they sit on the sheet beside the marks and never in a card's bleed.
 */
function noteItems(note: SheetNote, grid: SheetGrid, usedRows: number): FrameItem[] {
  const { cols, rows } = grid;
  const bandMiddle = gridEndMm(rows, usedRows) + rows.markOffsetMm + rows.markLengthMm / 2;
  const baseline = mmToPt(bandMiddle) + note.capHeightPt / 2;
  return note.lines.slice(0, cols.count).map((line, i) => ({
    kind: 'text', x: mmToPt(cellStartMm(cols, i) + NOTE_PADDING_MM), y: baseline, text: line.text, font: note.font, sizePt: note.sizePt, widthPt: line.widthPt, colour: note.colour,
  }));
}
