import type { SourceRef } from '../../diagnostics/Diagnostic.ts';
import type { FrameItem, ParagraphBreaks } from '../../model/Frame.ts';
import type { FontSet } from '../../model/Project.ts';
import type { ResolvedPoster } from '../../model/ResolvedPoster.ts';
import type { TextStyle } from '../../model/Layout.ts';
import { BREAK_STYLES, type BreakStyle } from '../breakStyles.ts';

/** What every section function needs: the poster, its fonts, and the common type scale. */
export interface PosterContext {
  poster: ResolvedPoster;
  fonts: FontSet;
  /** Every type size is the layout's size times this (never below the floors). */
  scale: number;
  /**
   * The spaces between sections, items, columns and inside boxes, as a share of the layout's (1: as
   * designed). A poster whose words do not fit at the floors is set tighter before it fails (a smaller
   * sheet, where the fixed safe zone takes a larger share); never the type, never the margins.
   */
  spacing?: number;
}

/** The spaces of `ctx`: the layout's, times the poster's spacing. */
export function spaced(ctx: PosterContext, pt: number): number {
  return pt * (ctx.spacing ?? 1);
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

/**
 * Short labels in a narrow place (a rail, a grid's column heads): broken between words, a word on a line
 * of its own where it must; hyphenated only where a word is wider than its column ("De / organisatie",
 * not "De orga- / nisatie").
 */
export const LABEL_BREAKS: BreakStyle = { ...BREAK_STYLES.body, hyphenCost: 5, consecutiveHyphenCost: 5, finalHyphenCost: 2 };

/** Entries of a rail: the body text, regular, so the rail's bold headings stand above them. */
export function railStyle(ctx: PosterContext): TextStyle {
  const L = ctx.poster.layout;
  return { ...L.itemText, sizePt: labelStyle(ctx).sizePt, leading: labelStyle(ctx).leading };
}
