import type { FontSet } from '../model/Project.ts';
import type { ResolvedCard, ResolvedDeck } from '../model/Resolved.ts';
import { accentColour } from './accentColour.ts';
import type { TextBlock } from './fitText.ts';
import { measureText } from './measureText.ts';
import { partStyle } from './partStyle.ts';
import { mmToPt } from './units.ts';

/** Between a label and what it labels; between two items of a list: the leading alone. */
const LABEL_GAP_MM = 1.2;

/**
 * A card's words as blocks to stack: the title, then every part in its own style — a label in tracked
 * capitals over a question or task, a list with its numbers in the category colour, a prompt and a
 * source in the muted colour. Sizes are the layout's, scaled to the card format.
 */
export function cardBlocks(card: ResolvedCard, deck: ResolvedDeck, fonts: FontSet, scale: number): TextBlock[] {
  const front = deck.layout.front;
  const blocks: TextBlock[] = [];
  const blockGap = mmToPt(front.blockGapMm * scale);
  const muted = deck.colours.muted;
  if (card.title) blocks.push({ text: card.title.value, field: 'title', style: front.title, sizePt: front.title.sizePt * scale, source: card.title.source, lang: card.title.lang, breaking: 'title' });
  const statement = !card.title && card.parts.length === 1 && card.parts[0]!.kind === 'text';
  for (const part of card.parts) {
    const style = partStyle(deck.layout, part.kind, !!card.title);
    const sizePt = style.sizePt * scale;
    const main = part.kind === 'question' || (part.kind === 'text' && !card.parts.some((p) => p.kind === 'question'));
    const breaking = statement ? 'statement' : 'body';
    if (part.label) {
      const first = part.texts[0]!;
      blocks.push({ text: part.label, field: `${part.kind} label`, style: front.label, sizePt: front.label.sizePt * scale, source: first.source, lang: first.lang, breaking: 'title', gapBeforePt: blockGap, colour: muted });
    }
    if (part.kind === 'items') {
      const numbers = part.texts.map((_, n) => `${n + 1}`);
      const numberFont = fonts.bold.font;
      const indentPt = Math.max(...numbers.map((t) => measureText(numberFont, t, sizePt))) + mmToPt(2 * scale);
      const colour = accentColour(card.category.colour);
      part.texts.forEach((item, n) => blocks.push({
        text: item.value, field: item.field, style, sizePt, source: item.source, lang: item.lang, breaking: 'body',
        gapBeforePt: n === 0 ? blockGap : 0, indentPt, marker: { text: numbers[n]!, font: 'bold', colour },
      }));
      continue;
    }
    part.texts.forEach((t) => blocks.push({
      text: t.value, field: t.field, style, sizePt, source: t.source, lang: t.lang, breaking, main,
      gapBeforePt: part.label ? mmToPt(LABEL_GAP_MM * scale) : blockGap,
      colour: part.kind === 'prompt' || part.kind === 'source' ? muted : undefined,
    }));
  }
  return blocks;
}
