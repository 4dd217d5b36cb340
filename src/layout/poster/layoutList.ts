import type { ResolvedPosterList } from '../../model/ResolvedPoster.ts';
import type { TextBlock } from '../fitText.ts';
import { setBlocks } from '../fitText.ts';
import { measureText } from '../measureText.ts';
import { mmToPt } from '../units.ts';
import { breakableElisions } from './breakableElisions.ts';
import { posterRequest } from './posterRequest.ts';
import { startSection } from './startSection.ts';
import { LABEL_BREAKS, railStyle, spaced, type PosterContext, type SectionBox, type SectionResult } from './types.ts';

/**
 * A list section: its heading, then the cards' words in columns, row by row, a number hanging to the
 * left of each. `compact` (a rail beside a grid): titles set as labels, at body size, not item titles.
 */
export function layoutList(ctx: PosterContext, section: ResolvedPosterList, box: SectionBox, compact = false): SectionResult {
  const L = ctx.poster.layout;
  const start = startSection(ctx, section, box, compact);
  if (!start.ok) return start;
  const { items, regions, paragraphs } = start;
  let y = start.top;
  const columnGap = spaced(ctx, mmToPt(L.columnGapMm) * ctx.scale);
  const columnWidth = (box.widthPt - columnGap * (section.columns - 1)) / section.columns;
  const numberFont = ctx.fonts[L.number.font].font;
  const numberSize = L.number.sizePt * ctx.scale;
  const numberWidth = Math.max(0, ...section.items.map((it) => (it.number ? measureText(numberFont, it.number, numberSize) : 0)));
  const indent = numberWidth > 0 ? numberWidth + numberSize * 0.45 : 0;
  const itemGap = spaced(ctx, mmToPt(L.gapMm) * (compact ? 0.45 : 0.55) * ctx.scale);
  const titleStyle = compact ? railStyle(ctx) : L.itemTitle;
  for (let row = 0; row * section.columns < section.items.length; row++) {
    let rowHeight = 0;
    for (let col = 0; col < section.columns; col++) {
      const item = section.items[row * section.columns + col];
      if (!item) continue;
      const x = box.x + col * (columnWidth + columnGap);
      const blocks: TextBlock[] = [];
      if (item.title) blocks.push({ text: compact ? breakableElisions(item.title.value, item.title.lang) : item.title.value, field: 'title', style: titleStyle, sizePt: titleStyle.sizePt, source: item.title.source, lang: item.title.lang, breaking: compact ? LABEL_BREAKS : 'title' });
      if (item.text) blocks.push({ text: item.text.value, field: 'text', style: L.itemText, sizePt: L.itemText.sizePt, source: item.text.source, lang: item.text.lang, breaking: 'body' });
      const set = setBlocks(posterRequest(ctx, blocks, { x: x + indent, top: y, widthPt: columnWidth - indent }), ctx.scale);
      if (!set.ok) return { ok: false, reason: `card '${item.cardId}': the ${set.failure.field} ${set.failure.reason}`, source: set.failure.source };
      items.push(...set.items);
      paragraphs.push(...set.paragraphs.map((p) => ({ ...p, field: `${item.cardId}.${p.field}` })));
      if (item.number) {
        const first = set.items.find((it) => it.kind === 'text');
        const baseline = first?.kind === 'text' ? first.y : y + numberSize;
        const w = measureText(numberFont, item.number, numberSize);
        items.push({ kind: 'text', x: x + numberWidth - w, y: baseline, text: item.number, font: L.number.font, sizePt: numberSize, widthPt: w, colour: ctx.poster.colours.text, source: item.title?.source ?? item.text?.source });
      }
      regions.push({ section: section.id, kind: 'item', ids: [item.cardId], x, y, w: columnWidth, h: set.heightPt });
      rowHeight = Math.max(rowHeight, set.heightPt);
    }
    y += rowHeight + itemGap;
  }
  return { ok: true, items, regions, heightPt: y - itemGap - box.top, paragraphs };
}
