import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import { cardGeometry } from './cardGeometry.ts';
import { fitText, type TextBlock } from './fitText.ts';
import { fitLine } from './fitLine.ts';
import { oneLineSize } from './oneLineSize.ts';
import { mmToPt } from './units.ts';

/**
 * The back shared by every card of a deck: the deck colour to the bleed edge, a frame, the deck title
 * centred and the edition's name at the foot. Symmetric, so a duplex shift never shows a lopsided back.
 */
export function layoutCardBack(deck: ResolvedDeck, fonts: FontSet): { frame?: Frame; diagnostics: Diagnostic[] } {
  const spec = deck.layout.back;
  const { scale, widthPt: W, heightPt: H, bleedPt: b, marginPt: m } = cardGeometry(deck, spec.marginMm);
  const minPt = deck.print.minTextPt;
  const items: FrameItem[] = [{ kind: 'rect', x: -b, y: -b, w: W + 2 * b, h: H + 2 * b, fill: deck.colours.back }];
  if (spec.frameInsetMm !== undefined && spec.frameWidthPt !== undefined) {
    const inset = mmToPt(spec.frameInsetMm * scale);
    items.push({ kind: 'rect', x: inset, y: inset, w: W - 2 * inset, h: H - 2 * inset, stroke: deck.colours.onBack, lineWidthPt: spec.frameWidthPt });
  }

  const diagnostics: Diagnostic[] = [];
  const editionFont = fonts[spec.edition.font].font;
  const edition = fitLine(deck.back.edition.value, editionFont, spec.edition.sizePt * scale, minPt, W - 2 * m);
  if (!edition.fits) diagnostics.push(error(deck.back.edition.source, `the edition name does not fit on the back of deck ${deck.id} (${deck.lang})`, 'shorten the edition name'));
  const editionBaseline = H - m + (editionFont.descent / editionFont.unitsPerEm) * edition.sizePt;
  items.push({ kind: 'text', x: (W - edition.widthPt) / 2, y: editionBaseline, text: edition.text, font: spec.edition.font, sizePt: edition.sizePt, widthPt: edition.widthPt, colour: deck.colours.onBack, source: deck.back.edition.source });

  const titleSize = oneLineSize(deck.back.title.value, fonts[spec.title.font].font, spec.title.sizePt * scale, W - 2 * m);
  const blocks: TextBlock[] = [{ text: deck.back.title.value, field: 'deck.title', style: spec.title, sizePt: titleSize, source: deck.back.title.source, lang: deck.back.title.lang, align: 'centre', breaking: 'title' }];
  if (deck.back.subtitle?.value) {
    blocks.push({ text: deck.back.subtitle.value, field: 'deck.subtitle', style: spec.subtitle, sizePt: spec.subtitle.sizePt * scale, source: deck.back.subtitle.source, lang: deck.back.subtitle.lang, align: 'centre', breaking: 'title' });
  }
  // the edition's logo, centred above its name
  let logoTop = editionBaseline - edition.sizePt * 1.2;
  if (deck.logo) {
    const h = mmToPt(spec.logoHeightMm * scale);
    const w = Math.min(h * deck.logo.aspect, W - 2 * m);
    logoTop -= w / deck.logo.aspect + mmToPt(1.5 * scale);
    items.push({ kind: 'image', x: (W - w) / 2, y: logoTop, w, h: w / deck.logo.aspect, image: deck.logo });
  }
  const room = logoTop - edition.sizePt - m;
  const gapPt = mmToPt(2 * scale);
  const measured = fitText({ blocks, fonts, lang: deck.lang, x: m, top: 0, widthPt: W - 2 * m, heightPt: room, gapPt, minSizePt: minPt, colour: deck.colours.onBack });
  if (!measured.ok) {
    diagnostics.push(error(measured.source, `the back of deck ${deck.id} (language ${deck.lang}), field ${measured.field}: does not fit: ${measured.reason}`, 'shorten the deck title'));
    return { diagnostics };
  }
  // centre the title block in the card
  const shift = Math.min(Math.max(H / 2 - measured.heightPt / 2, m), m + room - measured.heightPt);
  for (const item of measured.items) if (item.kind === 'text') items.push({ ...item, y: item.y + shift });
  return diagnostics.length ? { diagnostics } : { frame: { widthPt: W, heightPt: H, bleedPt: b, side: 'back', items }, diagnostics };
}
