import type { SourceRef } from '../../diagnostics/Diagnostic.ts';
import type { FrameItem, ParagraphBreaks } from '../../model/Frame.ts';
import type { FontSet } from '../../model/Project.ts';
import type { ResolvedPoster } from '../../model/ResolvedPoster.ts';
import type { TextStyle } from '../../validate/schemas.ts';

/** What every section function needs: the poster, its fonts, and the common type scale. */
export interface PosterContext {
  poster: ResolvedPoster;
  fonts: FontSet;
  /** Every type size is the layout's size times this (never below the floors). */
  scale: number;
}

/** Where the section goes: its left edge, top and width, in points. */
export interface SectionBox {
  x: number;
  top: number;
  widthPt: number;
}

/**
 * A place on the poster the layout made, with what it shows: a grid cell (its row and column card),
 * a phase of a flow, a box, a list item. Tests and a debug overlay read positions from these.
 */
export interface PosterRegion {
  section: string;
  kind: 'cell' | 'row' | 'column' | 'flow' | 'arrow' | 'box' | 'item' | 'rail';
  /** The cards it stands for (a cell: its row's and its column's). */
  ids: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

export type SectionResult =
  | { ok: true; items: FrameItem[]; regions: PosterRegion[]; heightPt: number; paragraphs: ParagraphBreaks[] }
  | { ok: false; reason: string; source?: SourceRef };

/** The style of grid labels, rail entries and boxes: the layout's `label`, else the item text in bold. */
export function labelStyle(ctx: PosterContext): TextStyle {
  const L = ctx.poster.layout;
  return L.label ?? { ...L.itemText, font: 'bold', leading: 1.15 };
}

/** A light tint of a CMYK colour, for a ground under black text. */
export function tint(colour: readonly number[], share: number): [number, number, number, number] {
  return colour.map((v) => Math.round(v * share * 10) / 10) as [number, number, number, number];
}
