import type { FrameItem } from '../../model/Frame.ts';
import type { ResolvedPosterFlow } from '../../model/ResolvedPoster.ts';
import { setBlocks, type TextBlock } from '../fitText.ts';
import { measureText } from '../measureText.ts';
import { mmToPt } from '../units.ts';
import { arrow } from './arrow.ts';
import { posterRequest } from './posterRequest.ts';
import { startRow } from './startSection.ts';
import { spaced, tint, type PosterContext, type SectionBox, type SectionResult } from './types.ts';

/**
 * A flow: the cards in a row, left to right, each in a box of a light tint of its category colour
 * (its number and title, then its main question), an arrow in the category colour from each to the next.
 * The boxes share one height, so the arrows sit on one line.
 */
export function layoutFlow(ctx: PosterContext, section: ResolvedPosterFlow, box: SectionBox): SectionResult {
  const L = ctx.poster.layout;
  const arrowW = mmToPt(L.columnGapMm) * 0.9 * ctx.scale;
  const row = startRow(ctx, section, box, arrowW);
  if (!('count' in row)) return row;
  const { items, regions, paragraphs, top, count: n, cellWidthPt: itemW } = row;
  const pad = spaced(ctx, mmToPt(3) * ctx.scale);
  // titles and main questions set apart, so every question starts on one line across the row
  const sets = [];
  for (const item of section.items) {
    const marker = item.number ? { text: item.number, font: L.number.font, colour: ctx.poster.colours.text } : undefined;
    const numberFont = ctx.fonts[L.number.font].font;
    const indent = item.number ? measureText(numberFont, item.number, L.itemTitle.sizePt) + L.itemTitle.sizePt * 0.3 : 0;
    const title: TextBlock[] = item.title ? [{ text: item.title.value, field: 'title', style: L.itemTitle, sizePt: L.itemTitle.sizePt, source: item.title.source, lang: item.title.lang, breaking: 'title', ...(marker ? { marker, indentPt: indent } : {}) }] : [];
    const text: TextBlock[] = item.text ? [{ text: item.text.value, field: 'text', style: L.itemText, sizePt: L.itemText.sizePt, source: item.text.source, lang: item.text.lang, breaking: 'body' }] : [];
    const parts = [];
    for (const blocks of [title, text]) {
      const set = setBlocks(posterRequest(ctx, blocks, { x: 0, top: 0, widthPt: itemW - 2 * pad }), ctx.scale);
      if (!set.ok) return { ok: false, reason: `card '${item.cardId}': the ${set.failure.field} ${set.failure.reason}`, source: set.failure.source };
      parts.push(set);
    }
    sets.push({ item, title: parts[0]!, text: parts[1]! });
  }
  const titleH = Math.max(...sets.map((s) => s.title.heightPt));
  const textTop = titleH > 0 ? titleH + posterRequest(ctx, [], box).gapPt : 0;
  const innerH = textTop + Math.max(...sets.map((s) => s.text.heightPt));
  const boxH = innerH + 2 * pad;
  // the arrows in the band's colour: the category's light tint would not carry across the room
  const arrowColour = ctx.poster.bandColour;
  for (const [i, { item, title, text }] of sets.entries()) {
    const x = box.x + i * (itemW + arrowW);
    items.push({ kind: 'rect', x, y: top, w: itemW, h: boxH, fill: tint(section.colour, 0.3) });
    items.push({ kind: 'rect', x, y: top, w: itemW, h: Math.max(6 * ctx.scale, 2), fill: section.colour });
    items.push(...title.items.map((it) => shift(it, x + pad, top + pad)));
    items.push(...text.items.map((it) => shift(it, x + pad, top + pad + textTop)));
    paragraphs.push(...[...title.paragraphs, ...text.paragraphs].map((p) => ({ ...p, field: `${item.cardId}.${p.field}` })));
    regions.push({ section: section.id, kind: 'flow', ids: [item.cardId], x, y: top, w: itemW, h: boxH });
    if (i < n - 1) {
      // as wide as the gap and higher than wide: it must read from across the room
      const h = Math.min(arrowW * 2, boxH * 0.5);
      const a = { x: x + itemW + arrowW * 0.06, y: top + boxH / 2 - h / 2, w: arrowW * 0.88, h };
      items.push(arrow(a.x, a.y, a.w, a.h, arrowColour));
      regions.push({ section: section.id, kind: 'arrow', ids: [item.cardId, sets[i + 1]!.item.cardId], ...a });
    }
  }
  return { ok: true, items, regions, heightPt: top + boxH - box.top, paragraphs };
}

function shift(item: FrameItem, dx: number, dy: number): FrameItem {
  return item.kind === 'text' ? { ...item, x: item.x + dx, y: item.y + dy } : item;
}
