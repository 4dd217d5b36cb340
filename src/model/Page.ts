import type { Frame, FrameItem } from './Frame.ts';

/** A rectangle in points on a page, origin top-left, y down. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A frame placed on a page: its trim box's top-left corner at (x, y), drawn only inside `clip`. */
export interface Placement {
  frame: Frame;
  x: number;
  y: number;
  clip: Box;
  /** Drawn smaller or larger (the poster miniature on a tiles overview); 1 when absent. */
  scale?: number;
  /** Turned a quarter about (x, y), in degrees clockwise (cards turned on an office sheet); 0 when absent. */
  rotate?: 90 | -90;
}

/** What impose produces and render draws: pages with placed frames and page-level items (marks). */
export interface Page {
  widthPt: number;
  heightPt: number;
  trimBox?: Box;
  bleedBox?: Box;
  placements: Placement[];
  items: FrameItem[];
}

export interface PageDocument {
  /** Distinct per file and edition: "SWAN — kaarten, drukbestand (nl), Gemeente Voorbeeld". */
  title: string;
  lang: string;
  /** The edition's organisation, or the attribution of the source. */
  author?: string;
  /** Its creation and modification date (ISO 8601): part of its content hash. */
  date: string;
  /** A file for a print shop: declared PDF/X-4, with the press profile as its output intent. */
  printFile?: boolean;
  pages: Page[];
}
