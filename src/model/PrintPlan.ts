import type { Frame } from './Frame.ts';
import type { OutputFile } from './Output.ts';
import type { PageDocument } from './Page.ts';
import type { Cmyk } from './Colour.ts';
import type { Paper } from './Layout.ts';

/**
 * What the `plan` stage decides for every output file before anything is imposed: its path, paper, grid,
 * bleed, marks, tiles, labels and document metadata. Impose reads only this and the laid-out frames it
 * names; nothing after the plan looks at the project, the theme, the options or the environment.
 */
export interface PrintPlan {
  files: PlannedFile[];
}

export type { Paper };

export type PlannedFile = CardsFilePlan | SheetsFilePlan | PosterFilePlan | TilesFilePlan | OfficePosterFilePlan;

/** The PDF's metadata: everything of a page document but its pages. */
export type DocumentInfo = Omit<PageDocument, 'pages'>;

interface PlannedFileBase {
  /** Relative to the edition's output folder, e.g. `nl/gouden-regels.cards.pdf`. */
  path: string;
  kind: OutputFile['kind'];
  deck: string;
  lang: string;
  document: DocumentInfo;
}

/** The print-shop file of a deck: every card face on a page of its own. */
export interface CardsFilePlan extends PlannedFileBase {
  imposition: 'cards';
  fronts: readonly Frame[];
  back: Frame;
}

/** The office file of a deck: the cards N-up on the chosen paper, fronts then mirrored backs. */
export interface SheetsFilePlan extends PlannedFileBase {
  imposition: 'sheets';
  fronts: readonly Frame[];
  back: Frame;
  paper: Paper;
  grid: SheetGrid;
  /** Shift of every backs page, for a printer whose duplex is off (mm, +x right, +y down). */
  backOffsetMm: { x: number; y: number };
  /** Colour and width of the crop marks; where they go and how long they are is in the grid. */
  marks: { colour: Cmyk; widthPt: number };
  note: SheetNote;
}

/** The poster's print file: the poster on a page of its own. */
export interface PosterFilePlan extends PlannedFileBase {
  imposition: 'poster';
  poster: Frame;
}

/** The poster on office pages: an overview page, then one page per tile. */
export interface TilesFilePlan extends PlannedFileBase {
  imposition: 'tiles';
  poster: Frame;
  tiles: TilePlan;
  overview: TileOverview;
  marks: { colour: Cmyk; widthPt: number };
  labels: TileLabels;
}

/** An A3 poster on one sheet of an office printer's A3 paper, with crop marks. */
export interface OfficePosterFilePlan extends PlannedFileBase {
  imposition: 'office-poster';
  poster: Frame;
  paper: Paper;
  marks: CropMarks;
}

/** Crop marks: colour and line width; they start `offsetMm` outside the trim and are `lengthMm` long. */
export interface CropMarks {
  colour: Cmyk;
  widthPt: number;
  offsetMm: number;
  lengthMm: number;
}

/** The numbers on the tiles and the arrows beside them. */
export interface TileLabels {
  colour: Cmyk;
  font: 'regular' | 'bold';
  sizePt: number;
}

/**
 * How cards of one size go on an office sheet, along one axis (see plan/planSheetGrid.ts).
 */
export interface AxisPlan {
  /** The card's size along this axis (its height when the cards are turned and this is the columns axis…). */
  cardMm: number;
  count: number;
  /** Bleed around every card. */
  bleedMm: number;
  /** From one card's trim line to the next card's: two bleeds and the clear space between them. */
  gutterMm: number;
  /** Where the crop marks start, measured out from the outer trim line, and how long they are. */
  markOffsetMm: number;
  markLengthMm: number;
  /** Position of the first card's trim edge from the paper edge. */
  startMm: number;
}

export interface SheetGrid {
  /** Cards turned a quarter on the sheet (fronts clockwise, backs the other way), to fit more. */
  turned: boolean;
  cols: AxisPlan;
  rows: AxisPlan;
}

/** The words on every fronts page (how to print), broken into lines by the layout stage: one line per column. */
export interface SheetNote {
  lines: { text: string; widthPt: number }[];
  font: 'regular' | 'bold';
  sizePt: number;
  capHeightPt: number;
  colour: Cmyk;
}

/**
 * How a poster is split over office pages (see plan/planTiles.ts). Positions are in mm on the poster's
 * trim area.
 */
export interface TilePlan {
  paper: Paper;
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
  /** Where each column and row of tiles starts on the poster (the seams), when moved off the even grid. */
  colsAtMm?: number[];
  rowsAtMm?: number[];
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

/** The first page of a tiles file: instructions and the tile grid (laid out), and where the poster miniature goes. */
export interface TileOverview {
  frame: Frame;
  mini: { x: number; y: number; scale: number };
}
