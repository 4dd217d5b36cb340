import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedCard, ResolvedDeck } from '../model/Resolved.ts';
import { fitText, type FitResult, type TextBlock } from './fitText.ts';
import { fitLine } from './fitLine.ts';
import { cardGeometry } from './cardGeometry.ts';
import { checkHyphenation } from './checkHyphenation.ts';
import { mmToPt } from './units.ts';

/**
 * The front of a card: a category band bleeding off the top with mark, category and number; the title
 * and text below, shrunk together to fit; a footer with deck name and position.
 */
export function layoutCardFront(card: ResolvedCard, deck: ResolvedDeck, fonts: FontSet): { frame?: Frame; diagnostics: Diagnostic[] } {
  const spec = deck.layout.front;
  const g = cardGeometry(deck, spec.marginMm);
  const { scale, widthPt: W, heightPt: H, bleedPt: b, marginPt: m } = g;
  const text = deck.colours.text;
  const minPt = deck.print.minTextPt;
  const items: FrameItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed = (field: string, source: Diagnostic['source'], reason: string, sizePt: number) =>
    diagnostics.push(error(source, `card '${card.id}' (deck ${deck.id}, language ${deck.lang}), field ${field}: does not fit, even at ${round(sizePt)} pt: ${reason}`,
      field === 'footer' || field === 'category' ? 'shorten the deck title or category label' : `shorten the ${field}, or choose a larger card format: --format tarot or a6`));

  // Band: bleeds off the top, left and right edges.
  const bandPt = mmToPt(spec.bandHeightMm * scale);
  items.push({ kind: 'rect', x: -b, y: -b, w: W + 2 * b, h: bandPt + b, fill: card.category.colour });
  const markPt = mmToPt(spec.markSizeMm * scale);
  const centreY = bandPt / 2;
  if (card.category.mark !== 'none') {
    items.push({ kind: 'mark', shape: card.category.mark, cx: m + markPt / 2, cy: centreY, sizePt: markPt, fill: text });
  }
  const labelX = card.category.mark === 'none' ? m : m + markPt + mmToPt(2 * scale);
  let numberWidth = 0;
  if (card.number !== undefined) {
    const number = fitLine(String(card.number), fonts[spec.number.font].font, spec.number.sizePt * scale, minPt, W - 2 * m);
    numberWidth = number.widthPt + mmToPt(2 * scale);
    items.push({ kind: 'text', x: W - m - number.widthPt, y: centreY + capHalf(fonts, spec.number.font, number.sizePt), text: number.text, font: spec.number.font, sizePt: number.sizePt, widthPt: number.widthPt, colour: text });
  }
  const label = fitLine(card.category.label.toLocaleUpperCase(deck.lang), fonts[spec.category.font].font, spec.category.sizePt * scale, minPt, W - m - labelX - numberWidth);
  if (!label.fits) failed('category', undefined, `'${card.category.label}' is too long for the band`, label.sizePt);
  items.push({ kind: 'text', x: labelX, y: centreY + capHalf(fonts, spec.category.font, label.sizePt), text: label.text, font: spec.category.font, sizePt: label.sizePt, widthPt: label.widthPt, colour: text });

  // Footer: one line on the bottom margin.
  const footerFont = fonts[spec.footer.font].font;
  const footer = fitLine(card.footer.value, footerFont, spec.footer.sizePt * scale, minPt, W - 2 * m);
  if (!footer.fits) failed('footer', card.footer.source, 'the footer is wider than the card', footer.sizePt);
  const footerBaseline = H - m + (footerFont.descent / footerFont.unitsPerEm) * footer.sizePt;
  items.push({ kind: 'text', x: m, y: footerBaseline, text: footer.text, font: spec.footer.font, sizePt: footer.sizePt, widthPt: footer.widthPt, colour: deck.colours.muted, source: card.footer.source });

  // Title and text share the space between band and footer.
  const gapPt = mmToPt(spec.gapMm * scale);
  const top = bandPt + gapPt;
  const bottom = footerBaseline - footer.sizePt - gapPt;
  const blocks: TextBlock[] = [];
  if (card.title) blocks.push({ text: card.title.value, field: 'title', style: spec.title, sizePt: spec.title.sizePt * scale, source: card.title.source, lang: card.title.lang, breaking: 'title' });
  const body = card.title ? spec.text : spec.statement;
  // a statement in large type is read at a glance: a hyphen or a word alone on its last line shows more
  blocks.push({ text: card.text.value, field: 'text', style: body, sizePt: body.sizePt * scale, source: card.text.source, lang: card.text.lang, breaking: card.title ? 'body' : 'statement' });
  const fitted: FitResult = fitText({ blocks, fonts, lang: deck.lang, x: m, top, widthPt: W - 2 * m, heightPt: bottom - top, gapPt: gapPt * 0.6, minSizePt: minPt, colour: text });
  if (!fitted.ok) failed(fitted.field, fitted.source, fitted.reason, fitted.sizePt);
  if (diagnostics.length || !fitted.ok) return { diagnostics };
  // A card with only a statement: set it a little above the middle of the free space, where the eye lands.
  const shift = card.title ? 0 : ((bottom - top - fitted.heightPt) * 0.4);
  items.push(...fitted.items.map((item) => (item.kind === 'text' ? { ...item, y: item.y + shift } : item)));
  diagnostics.push(...checkHyphenation(fitted.fit, `card '${card.id}' (deck ${deck.id}, language ${deck.lang})`));
  return { frame: { widthPt: W, heightPt: H, bleedPt: b, side: 'front', cardId: card.id, items, fit: fitted.fit }, diagnostics };
}

/** Half the cap height: added to a centre line it gives the baseline that centres capitals on it. */
function capHalf(fonts: FontSet, role: keyof FontSet, sizePt: number): number {
  const font = fonts[role].font;
  return ((font.capHeight / font.unitsPerEm) * sizePt) / 2;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
