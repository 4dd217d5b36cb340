import type { Cmyk } from '../../model/Colour.ts';
import type { FrameItem, ParagraphBreaks } from '../../model/Frame.ts';
import type { ResolvedPosterGrid } from '../../model/ResolvedPoster.ts';
import { setBlocks } from '../fitText.ts';
import { mmToPt, ptToMm } from '../units.ts';
import { layoutList } from './layoutList.ts';
import { breakableElisions } from './breakableElisions.ts';
import { posterRequest } from './posterRequest.ts';
import { setHeading } from './setHeading.ts';
import { LABEL_BREAKS, labelStyle, spaced, tint, type PosterContext, type PosterRegion, type SectionBox, type SectionResult } from './types.ts';

/** Cell rules: thin, in 40 % black, so what is written in the cells stands out. */
const K40: Cmyk = [0, 0, 0, 40];

/**
 * A grid to write in: a column per card of one category (its title over the column, on a tint of its
 * colour), a row per card of another (its title on a strip across the top of the row), empty cells of at
 * least `cellMinMm` square with thin K40 rules. Beside it, at the right, the rail: lists set compact.
 */
export function layoutGrid(ctx: PosterContext, section: ResolvedPosterGrid, box: SectionBox): SectionResult {
  const items: FrameItem[] = [];
  const regions: PosterRegion[] = [];
  const paragraphs: ParagraphBreaks[] = [];
  let top = box.top;
  const cols = section.columns.length;
  const cellMin = mmToPt(section.cellMinMm);
  const gutter = section.rail ? spaced(ctx, mmToPt(ctx.poster.layout.columnGapMm) * 0.6) : 0;
  // with a rail, the cells are cellMinMm wide and the rail takes the rest (at least its widthMm)
  const railW = section.rail ? Math.max(mmToPt(section.rail.widthMm), box.widthPt - gutter - cols * cellMin) : 0;
  const gridW = box.widthPt - railW - gutter;
  if (section.heading) {
    const heading = setHeading(ctx, section.heading, section.mark, section.colour, { ...box, widthPt: gridW }, section.id);
    if (!heading.ok) return heading;
    items.push(...heading.items);
    paragraphs.push(...heading.paragraphs);
    top += heading.heightPt;
  }
  const cellW = gridW / Math.max(1, cols);
  if (cellW < cellMin - 0.01) {
    return { ok: false, reason: `the grid's ${cols} columns are ${Math.floor(ptToMm(cellW) * 10) / 10} mm wide, less than cellMinMm ${section.cellMinMm} mm: narrow the rail or take fewer columns` };
  }
  const cellH = cellMin;
  const style = labelStyle(ctx);
  const pad = spaced(ctx, mmToPt(ctx.poster.layout.gapMm) * 0.35 * ctx.scale);
  const rule = { stroke: K40, lineWidthPt: section.ruleWidthPt };

  // column heads, all as high as the tallest
  const heads = [];
  for (const column of section.columns) {
    if (!column.title) continue;
    const set = setBlocks(posterRequest(ctx, [{ text: breakableElisions(column.title.value, column.title.lang), field: 'title', style, sizePt: style.sizePt, source: column.title.source, lang: column.title.lang, breaking: LABEL_BREAKS }],
      { x: 0, top: 0, widthPt: cellW - 2 * pad }), ctx.scale);
    if (!set.ok) return { ok: false, reason: `card '${column.cardId}': the title ${set.failure.reason}`, source: set.failure.source };
    heads.push({ column, set });
  }
  const headH = Math.max(0, ...heads.map((h) => h.set.heightPt)) + 2 * pad;
  for (const [i, { column, set }] of heads.entries()) {
    const x = box.x + i * cellW;
    items.push({ kind: 'rect', x, y: top, w: cellW, h: headH, fill: tint(section.columnColour, 0.35) });
    items.push(...set.items.map((it) => (it.kind === 'text' ? { ...it, x: it.x + x + pad, y: it.y + top + pad } : it)));
    paragraphs.push(...set.paragraphs.map((p) => ({ ...p, field: `${column.cardId}.${p.field}` })));
    regions.push({ section: section.id, kind: 'column', ids: [column.cardId], x, y: top, w: cellW, h: headH });
  }
  let y = top + headH;

  // rows: a strip with the row's title across the grid, then the empty cells
  for (const row of section.rows) {
    if (!row.title) continue;
    const set = setBlocks(posterRequest(ctx, [{ text: breakableElisions(row.title.value, row.title.lang), field: 'title', style, sizePt: style.sizePt, source: row.title.source, lang: row.title.lang, breaking: 'title' }],
      { x: box.x + pad, top: y + pad * 0.6, widthPt: gridW - 2 * pad }), ctx.scale);
    if (!set.ok) return { ok: false, reason: `card '${row.cardId}': the title ${set.failure.reason}`, source: set.failure.source };
    const stripH = set.heightPt + pad * 1.2;
    items.push({ kind: 'rect', x: box.x, y, w: gridW, h: stripH, fill: tint(section.rowColour, 0.45) });
    items.push(...set.items);
    paragraphs.push(...set.paragraphs.map((p) => ({ ...p, field: `${row.cardId}.${p.field}` })));
    regions.push({ section: section.id, kind: 'row', ids: [row.cardId], x: box.x, y, w: gridW, h: stripH + cellH });
    y += stripH;
    for (const [i, column] of section.columns.entries()) {
      const x = box.x + i * cellW;
      items.push({ kind: 'rect', x, y, w: cellW, h: cellH, ...rule });
      regions.push({ section: section.id, kind: 'cell', ids: [row.cardId, column.cardId], x, y, w: cellW, h: cellH });
    }
    y += cellH;
  }
  // the grid's outline, a little stronger than its rules
  items.push({ kind: 'rect', x: box.x, y: top, w: gridW, h: y - top, stroke: K40, lineWidthPt: section.ruleWidthPt * 2 });
  let height = y - box.top;

  if (section.rail) {
    const railX = box.x + gridW + gutter;
    let railY = box.top;
    const gap = spaced(ctx, mmToPt(ctx.poster.layout.gapMm) * ctx.scale);
    for (const [i, list] of section.rail.sections.entries()) {
      if (i > 0) railY += gap;
      const set = layoutList(ctx, list, { x: railX, top: railY, widthPt: railW }, true);
      if (!set.ok) return set;
      items.push(...set.items);
      regions.push(...set.regions);
      paragraphs.push(...set.paragraphs);
      regions.push({ section: list.id, kind: 'rail', ids: list.items.map((it) => it.cardId), x: railX, y: railY, w: railW, h: set.heightPt });
      railY += set.heightPt;
    }
    height = Math.max(height, railY - box.top);
  }
  return { ok: true, items, regions, heightPt: height, paragraphs };
}
