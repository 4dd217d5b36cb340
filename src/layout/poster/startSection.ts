import type { FrameItem, ParagraphBreaks } from '../../model/Frame.ts';
import type { SectionBase } from '../../model/ResolvedPoster.ts';
import { setHeading } from './setHeading.ts';
import type { PosterContext, PosterRegion, SectionBox, SectionResult } from './types.ts';

/** A section under way: what is set so far (its heading) and where the rest starts. */
export interface SectionStart {
  ok: true;
  items: FrameItem[];
  regions: PosterRegion[];
  paragraphs: ParagraphBreaks[];
  top: number;
}

/** Every section kind starts the same way: its heading, if it has one, set at the top of its box. */
export function startSection(ctx: PosterContext, section: SectionBase, box: SectionBox, compact = false): SectionStart | Extract<SectionResult, { ok: false }> {
  const started: SectionStart = { ok: true, items: [], regions: [], paragraphs: [], top: box.top };
  if (!section.heading) return started;
  const heading = setHeading(ctx, section.heading, section.mark, section.colour, box, section.id, compact);
  if (!heading.ok) return heading;
  started.items.push(...heading.items);
  started.paragraphs.push(...heading.paragraphs);
  started.top += heading.heightPt;
  return started;
}

/** A row section under way: its start, how many cells and how wide each is. */
export interface RowStart extends SectionStart {
  count: number;
  cellWidthPt: number;
}

/**
 * Sections whose items stand side by side (a flow, boxes) start with a compact heading, then split the
 * box's width into one cell per item with `gapPt` between; with no items the section is done.
 */
export function startRow(ctx: PosterContext, section: SectionBase & { items: readonly unknown[] }, box: SectionBox, gapPt: number): RowStart | SectionResult {
  const start = startSection(ctx, section, box, true);
  if (!start.ok) return start;
  const count = section.items.length;
  if (!count) return { ok: true, items: start.items, regions: start.regions, heightPt: start.top - box.top, paragraphs: start.paragraphs };
  return { ...start, count, cellWidthPt: (box.widthPt - gapPt * (count - 1)) / count };
}
