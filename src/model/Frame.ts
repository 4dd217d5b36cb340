import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import type { Cmyk } from './Colour.ts';
import type { Mark } from './Deck.ts';
import type { FontRole } from './Theme.ts';
import type { LogoAsset } from './Logo.ts';

/**
 * What layout produces and every later stage consumes: positioned items in points, origin at the top-left
 * corner of the trim box, y growing downwards. Items may reach into the bleed (negative or past the size).
 */
export type FrameItem =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: Cmyk; stroke?: Cmyk; lineWidthPt?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Cmyk; lineWidthPt: number; dash?: [number, number] }
  | { kind: 'mark'; shape: Mark; cx: number; cy: number; sizePt: number; fill: Cmyk }
  | { kind: 'image'; x: number; y: number; w: number; h: number; image: LogoAsset }
  /**
   * Vector shapes as SVG path data (`d`) in their own units, drawn with their origin at (x, y) and
   * `scale` points per unit; w × h are their bounds in points. The graphic device on a card back.
   * `lineWidthPt` is in points, whatever the scale.
   */
  | { kind: 'path'; d: string; x: number; y: number; scale: number; w: number; h: number; fill?: Cmyk; stroke?: Cmyk; lineWidthPt?: number }
  | {
      kind: 'text';
      /** Left end of the baseline. */
      x: number;
      y: number;
      text: string;
      font: FontRole;
      sizePt: number;
      widthPt: number;
      colour: Cmyk;
      /** Extra space after every letter, in points (labels in tracked capitals). */
      trackingPt?: number;
      /** Where the words came from, for overflow messages and debugging. */
      source?: SourceRef;
    };

/** How closely the text fitted: the size used against the size asked for and the floor. */
export interface FitInfo {
  field: string;
  sizePt: number;
  preferredSizePt: number;
  minSizePt: number;
  /** Share of the available height the text fills, 0–1. */
  fill: number;
  /** How every paragraph broke, in reading order. */
  paragraphs: ParagraphBreaks[];
}

/** One paragraph as it was set: a field's text up to a written line break. */
export interface ParagraphBreaks {
  field: string;
  source?: SourceRef;
  lines: number;
  hyphens: number;
}

export interface Frame {
  widthPt: number;
  heightPt: number;
  bleedPt: number;
  side: 'front' | 'back';
  cardId?: string;
  items: FrameItem[];
  fit?: FitInfo;
}
