import type { ResolvedPosterBoxes } from '../../model/ResolvedPoster.ts';
import { setBlocks } from '../fitText.ts';
import { measureText } from '../measureText.ts';
import { mmToPt } from '../units.ts';
import { breakableElisions } from './breakableElisions.ts';
import { posterRequest } from './posterRequest.ts';
import { startRow } from './startSection.ts';
import { labelStyle, spaced, type PosterContext, type SectionBox, type SectionResult } from './types.ts';

/**
 * The items of one card's list as boxes in a row (the summary: waartoe · wat · met wie · volgorde ·
 * afweging): each outlined in the category colour, its number (in that colour) hanging before its words.
 * The boxes share one height; the heading is set compact, at body size.
 */
export function layoutBoxes(ctx: PosterContext, section: ResolvedPosterBoxes, box: SectionBox): SectionResult {
  const L = ctx.poster.layout;
  const gap = spaced(ctx, mmToPt(L.columnGapMm) * 0.5 * ctx.scale);
  const row = startRow(ctx, section, box, gap);
  if (!('count' in row)) return row;
  const { items, regions, paragraphs, top, cellWidthPt: boxW } = row;
  // room round the words, so they do not touch the outline
  const pad = spaced(ctx, mmToPt(L.gapMm) * 0.6 * ctx.scale);
  const style = labelStyle(ctx);
  const numberFont = ctx.fonts[L.number.font].font;
  // the number hangs in an indent as wide as the widest, so the words line up
  const indent = Math.max(...section.items.map((_, i) => measureText(numberFont, String(i + 1), style.sizePt))) + style.sizePt * 0.4;
  const sets = [];
  for (const [i, text] of section.items.entries()) {
    const marker = { text: String(i + 1), font: L.number.font, colour: section.colour };
    const set = setBlocks(posterRequest(ctx, [{ text: breakableElisions(text.value, text.lang), field: `item ${i + 1}`, style, sizePt: style.sizePt, source: text.source, lang: text.lang, breaking: 'body', marker, indentPt: indent }],
      { x: 0, top: 0, widthPt: boxW - 2 * pad }), ctx.scale);
    if (!set.ok) return { ok: false, reason: `card '${section.cardId}': ${set.failure.field} ${set.failure.reason}`, source: set.failure.source };
    sets.push(set);
  }
  const boxH = Math.max(...sets.map((s) => s.heightPt)) + 2 * pad;
  const line = Math.max(2.5 * ctx.scale, 1);
  for (const [i, set] of sets.entries()) {
    const x = box.x + i * (boxW + gap);
    items.push({ kind: 'rect', x: x + line / 2, y: top + line / 2, w: boxW - line, h: boxH - line, stroke: section.colour, lineWidthPt: line });
    items.push(...set.items.map((it) => (it.kind === 'text' ? { ...it, x: it.x + x + pad, y: it.y + top + pad } : it)));
    paragraphs.push(...set.paragraphs.map((p) => ({ ...p, field: `${section.cardId}.${p.field}` })));
    regions.push({ section: section.id, kind: 'box', ids: [section.cardId], x, y: top, w: boxW, h: boxH });
  }
  return { ok: true, items, regions, heightPt: top + boxH - box.top, paragraphs };
}
