import type { FrameItem, ParagraphBreaks } from '../../model/Frame.ts';
import type { Cmyk } from '../../model/Colour.ts';
import type { Mark } from '../../model/Deck.ts';
import type { ResolvedText } from '../../model/Resolved.ts';
import { setBlocks } from '../fitText.ts';
import { posterRequest } from './posterRequest.ts';
import { labelStyle, spaced, type PosterContext, type SectionBox, type SectionResult } from './types.ts';

/**
 * A section's heading: the category's mark in black, the heading, a rule in the category colour under
 * it (`compact`: in a rail, at body size). Returns the height down to where the section's content starts.
 */
export function setHeading(ctx: PosterContext, heading: ResolvedText, mark: Mark, colour: Cmyk, box: SectionBox, sectionId: string, compact = false): SectionResult {
  const L = ctx.poster.layout;
  // a heading in a narrow rail is set as a label (body size, bold)
  const style = compact ? labelStyle(ctx) : L.heading;
  const size = style.sizePt * ctx.scale;
  // no mark in a rail: its width would cost a line
  const markPt = mark === 'none' || compact ? 0 : size * 0.8;
  const indent = markPt ? markPt * 1.6 : 0;
  const set = setBlocks(posterRequest(ctx, [{ text: heading.value, field: heading.field, style, sizePt: style.sizePt, source: heading.source, lang: heading.lang, breaking: 'title' }],
    { x: box.x + indent, top: box.top, widthPt: box.widthPt - indent }), ctx.scale);
  if (!set.ok) return { ok: false, reason: `the heading ${set.failure.reason}`, source: heading.source };
  const items: FrameItem[] = [];
  const first = set.items.find((it) => it.kind === 'text');
  const font = ctx.fonts[style.font].font;
  const capHeight = (font.capHeight / font.unitsPerEm) * size;
  // the mark in black, as on the cards: a light category colour would vanish on white paper
  if (markPt && first?.kind === 'text') items.push({ kind: 'mark', shape: mark, cx: box.x + markPt / 2, cy: first.y - capHeight / 2, sizePt: markPt, fill: ctx.poster.colours.text });
  items.push(...set.items);
  let y = box.top + set.heightPt + size * 0.15;
  items.push({ kind: 'rect', x: box.x, y, w: box.widthPt, h: Math.max(5 * ctx.scale, 2), fill: colour });
  y += spaced(ctx, size * 0.5);
  const paragraphs: ParagraphBreaks[] = set.paragraphs.map((p) => ({ ...p, field: `${sectionId}.heading` }));
  return { ok: true, items, regions: [], heightPt: y - box.top, paragraphs };
}
