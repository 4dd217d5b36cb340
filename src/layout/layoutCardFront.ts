import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedCard, ResolvedDeck } from '../model/Resolved.ts';
import { accentColour } from './accentColour.ts';
import { cardGeometry } from './cardGeometry.ts';
import { checkHyphenation } from './checkHyphenation.ts';
import { cardBlocks } from './cardBlocks.ts';
import { fitText, type FitResult } from './fitText.ts';
import { fitLine } from './fitLine.ts';
import { lineMetrics, measureText } from './measureText.ts';
import { raiseCopyright } from './raiseCopyright.ts';
import { mmToPt } from './units.ts';
import { quote } from '../diagnostics/quote.ts';

/**
 * The front of a card on one grid: a category band bleeding off the top with mark, category and number;
 * the title's first baseline at the same height on every card; the parts of the card's words stacked
 * below it, top-aligned, shrunk together only when they must; a large number in the category colour
 * where the layout asks for one; a footer with deck name and position.
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
  // the band's contents centred between the safe zone and the band's foot: nothing closer to the trim
  const centreY = (mmToPt(deck.print.safeMm) + bandPt) / 2;
  if (card.category.mark !== 'none') {
    items.push({ kind: 'mark', shape: card.category.mark, cx: m + markPt / 2, cy: centreY, sizePt: markPt, fill: text });
  }
  const labelX = card.category.mark === 'none' ? m : m + markPt + mmToPt(2 * scale);
  const hero = deck.numbers === 'hero' && card.number !== undefined ? spec.heroNumber : undefined;
  let numberWidth = 0;
  if (card.number !== undefined && !hero) {
    const number = fitLine(String(card.number), fonts[spec.number.font].font, spec.number.sizePt * scale, minPt, W - 2 * m);
    numberWidth = number.widthPt + mmToPt(2 * scale);
    items.push({ kind: 'text', x: W - m - number.widthPt, y: centreY + capHalf(fonts, spec.number.font, number.sizePt), text: number.text, font: spec.number.font, sizePt: number.sizePt, widthPt: number.widthPt, colour: text });
  }
  const labelStyle = spec.category;
  const labelText = labelStyle.caps === false ? card.category.label : card.category.label.toLocaleUpperCase(deck.lang);
  const trackingEm = (labelStyle.tracking ?? 0) / 1000;
  const label = fitLine(labelText, fonts[labelStyle.font].font, labelStyle.sizePt * scale, minPt, W - m - labelX - numberWidth, trackingEm);
  // one message per label, at the label, however many cards show it (layoutDeck drops the repeats)
  if (!label.fits) diagnostics.push(error(card.category.source, `category label '${quote(card.category.label)}' (deck ${deck.id}, language ${deck.lang}) is too long for the band, even at ${round(label.sizePt)} pt`, 'shorten the category label'));
  items.push({ kind: 'text', x: labelX, y: centreY + capHalf(fonts, labelStyle.font, label.sizePt), text: label.text, font: labelStyle.font, sizePt: label.sizePt, widthPt: label.widthPt, colour: text, ...(trackingEm ? { trackingPt: trackingEm * label.sizePt } : {}) });

  // Footer: one line on the bottom margin.
  const footerFont = fonts[spec.footer.font].font;
  const footer = fitLine(card.footer.value, footerFont, spec.footer.sizePt * scale, minPt, W - 2 * m);
  if (!footer.fits) failed('footer', card.footer.source, 'the footer is wider than the card', footer.sizePt);
  const footerBaseline = H - m + (footerFont.descent / footerFont.unitsPerEm) * footer.sizePt;
  items.push(...raiseCopyright([{ kind: 'text', x: m, y: footerBaseline, text: footer.text, font: spec.footer.font, sizePt: footer.sizePt, widthPt: footer.widthPt, colour: deck.colours.muted, source: card.footer.source }], fonts, 'left'));
  const gapPt = mmToPt(spec.gapMm * scale);
  let bottom = footerBaseline - footer.sizePt - gapPt;

  let blocks = cardBlocks(card, deck, fonts, scale);
  // The number as the card's hero: large, in the category colour, lower left above the footer; a prompt
  // sits beside it, its last line on the number's baseline.
  if (hero) {
    const heroFont = fonts[hero.font].font;
    const sizePt = hero.sizePt * scale;
    const numberText = String(card.number);
    const numberWidth = measureText(heroFont, numberText, sizePt);
    const capPt = (heroFont.capHeight / heroFont.unitsPerEm) * sizePt;
    items.push({ kind: 'text', x: m, y: bottom, text: numberText, font: hero.font, sizePt, widthPt: numberWidth, colour: accentColour(card.category.colour) });
    const prompt = blocks.filter((block) => block.field === 'prompt');
    if (prompt.length) {
      blocks = blocks.filter((block) => block.field !== 'prompt');
      const x = m + numberWidth + mmToPt(3 * scale);
      const set = fitText({ blocks: prompt.map((block) => ({ ...block, gapBeforePt: 0 })), fonts, lang: deck.lang, x, top: 0, widthPt: W - m - x, heightPt: capPt * 1.6, gapPt: 0, minSizePt: minPt, colour: text });
      if (!set.ok) failed(set.field, set.source, set.reason, set.sizePt);
      else {
        const lastBaseline = Math.max(...set.items.map((item) => (item.kind === 'text' ? item.y : 0)));
        items.push(...set.items.map((item) => (item.kind === 'text' ? { ...item, y: item.y + bottom - lastBaseline } : item)));
      }
    }
    bottom -= capPt + gapPt;
  }

  // The words: the first baseline fixed below the band, every part stacked from there.
  const first = blocks[0]!;
  const firstFont = fonts[first.style.font].font;
  const firstBaseline = bandPt + mmToPt(spec.firstBaselineMm * scale);
  const top = firstBaseline - lineMetrics(firstFont, first.sizePt, first.style.leading).baselinePt;
  const fitted: FitResult = fitText({ blocks, fonts, lang: deck.lang, x: m, top, firstBaselinePt: firstBaseline, widthPt: W - 2 * m, heightPt: bottom - top, gapPt: mmToPt(spec.blockGapMm * scale), minSizePt: minPt, colour: text });
  if (!fitted.ok) failed(fitted.field, fitted.source, fitted.reason, fitted.sizePt);
  if (diagnostics.length || !fitted.ok) return { diagnostics };
  // "DichtErBij©": the © of a name as a superscript, in the title and the footer
  items.push(...raiseCopyright(fitted.items, fonts, 'left'));
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
