import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck, ResolvedText } from '../model/Resolved.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { TextStyle } from '../model/Layout.ts';
import { lighterThan } from '../colour/readableOn.ts';
import { cardGeometry } from './cardGeometry.ts';
import { drawDevice } from './drawDevice.ts';
import { fitText } from './fitText.ts';
import { breakLines } from './breakLines.ts';
import { editionNameTooLong } from './editionNameTooLong.ts';
import { lineMetrics, measureText } from './measureText.ts';
import { oneLineSize } from './oneLineSize.ts';
import { raiseCopyright } from './raiseCopyright.ts';
import { mmToPt } from './units.ts';

type Placed = { items: FrameItem[]; heightPt: number };

/** The edition's name in the strip: at most this many lines, this far apart (times its size). */
const NAME_MAX_LINES = 2;
const NAME_LEADING = 1.15;

/**
 * The back shared by every card of a deck: the deck colour at full strength to the bleed edge, the deck's
 * graphic device, the wordmark (the deck title, a © raised and smaller) over its subtitle, and the
 * attribution at the foot. An edition that prints its name on its backs gets a strip in its brand colour
 * at the foot with its logo and name; the deck colour and device stay, so mixed decks can be sorted.
 * Symmetric about the vertical axis, so a duplex shift never shows a lopsided back.
 */
export function layoutCardBack(deck: ResolvedDeck, fonts: FontSet): { frame?: Frame; diagnostics: Diagnostic[] } {
  const spec = deck.layout.back;
  const { scale, widthPt: W, heightPt: H, bleedPt: b, marginPt: m } = cardGeometry(deck, spec.marginMm);
  const onBack = deck.colours.onBack;
  // reversed text (lighter than its ground) fills in on press when small: never below reversedMinPt
  const floorOn = (ground: Cmyk, text: Cmyk) => Math.max(deck.print.minTextPt, lighterThan(text, ground) ? spec.reversedMinPt : 0);
  const minPt = floorOn(deck.colours.back, onBack);
  const sized = (style: TextStyle) => Math.max(style.sizePt * scale, minPt);
  const items: FrameItem[] = [{ kind: 'rect', x: -b, y: -b, w: W + 2 * b, h: H + 2 * b, fill: deck.colours.back }];
  if (spec.frameInsetMm !== undefined && spec.frameWidthPt !== undefined) {
    const inset = mmToPt(spec.frameInsetMm * scale);
    items.push({ kind: 'rect', x: inset, y: inset, w: W - 2 * inset, h: H - 2 * inset, stroke: onBack, lineWidthPt: spec.frameWidthPt });
  }
  const diagnostics: Diagnostic[] = [];
  const widthPt = W - 2 * m;
  /** One text centred in the card's width, its first line's top at 0. */
  const set = (text: ResolvedText, style: TextStyle, sizePt: number, floorPt: number, colour: Cmyk, hint: string): Placed | undefined => {
    const fitted = fitText({ blocks: [{ text: text.value, field: text.field, style, sizePt, source: text.source, lang: text.lang, align: 'centre', breaking: 'title' }], fonts, lang: deck.lang, x: m, top: 0, widthPt, heightPt: H, gapPt: 0, minSizePt: floorPt, colour });
    if (fitted.ok) return { items: fitted.items, heightPt: fitted.heightPt };
    diagnostics.push(error(fitted.source, `the back of deck ${deck.id} (language ${deck.lang}), field ${fitted.field}: does not fit: ${fitted.reason}`, hint));
    return undefined;
  };

  // the foot: the edition's strip (brand colour, logo and name), then the attribution above it
  let footTop = H;
  if (deck.back.edition) {
    // the strip holds a line or two of small type and the logo: it grows with the card's width, not with
    // its height as the type does (a tall tarot card would give the strip the device's room)
    const stripScale = Math.min(scale, deck.format.widthMm / deck.layout.referenceWidthMm);
    const stripPt = mmToPt(spec.stripHeightMm * stripScale);
    footTop = H - stripPt;
    const ground = deck.colours.brand ?? deck.colours.text;
    const on = deck.colours.brand ? deck.colours.onBrand ?? deck.colours.text : deck.colours.paper;
    items.push({ kind: 'rect', x: -b, y: footTop, w: W + 2 * b, h: stripPt + b, fill: ground });
    const font = fonts[spec.edition.font].font;
    const logoH = deck.logo ? mmToPt(spec.logoHeightMm * stripScale) : 0;
    const logoW = deck.logo ? Math.min(logoH * deck.logo.aspect, widthPt / 2) : 0;
    const gap = deck.logo ? mmToPt(2.5 * stripScale) : 0;
    // the strip may use the width inside the safe zone, the logo beside the name
    const nameWidth = W - 2 * mmToPt(deck.print.safeMm) - logoW - gap;
    const sizePt = Math.max(spec.edition.sizePt * scale, floorOn(ground, on));
    const linePt = lineMetrics(font, sizePt, NAME_LEADING).heightPt;
    const capHeight = ((font.capHeight || font.ascent * 0.7) / font.unitsPerEm) * sizePt;
    const descent = sizePt * 0.25;
    // the lines go between the strip's top (and a little air) and the safe zone at the card's foot
    const textTop = footTop + mmToPt(1.5 * stripScale);
    const textBottom = H - mmToPt(deck.print.safeMm);
    // the name on one line, else on two (as many as the strip holds); else its shortName; else an error at the edition's name:
    const maxLines = Math.max(1, Math.min(NAME_MAX_LINES, 1 + Math.floor((textBottom - textTop - capHeight - descent) / linePt)));
    const attempt = (text: string): string[] | undefined => {
      if (measureText(font, text, sizePt) <= nameWidth) return [text];
      const lines = breakLines(text, { font, sizePt, widthPt: nameWidth, lang: deck.lang, style: 'title', mode: 'best' });
      return lines.length <= maxLines && !lines.some((l) => l.overfull) ? lines.map((l) => l.text) : undefined;
    };
    const edition = deck.back.edition;
    let lines = attempt(edition.value);
    let source = edition.source;
    if (!lines && deck.back.editionShort) {
      lines = attempt(deck.back.editionShort.value);
      source = deck.back.editionShort.source;
    }
    if (!lines) {
      const place = `the back of deck '${deck.id}' (language ${deck.lang})`;
      const room = { font, sizePt, widthPt: nameWidth, lines: maxLines };
      diagnostics.push(deck.back.editionName
        ? editionNameTooLong(deck.back.editionName, place, room)
        : error(edition.source, `the edition name does not fit ${place}`, 'shorten the edition name'));
      lines = [];
    }
    // logo and name side by side, the pair centred in the strip, the lines centred on its middle
    const textW = Math.max(0, ...lines.map((l) => measureText(font, l, sizePt)));
    const left = (W - (logoW + gap + textW)) / 2;
    const middle = footTop + stripPt / 2;
    if (deck.logo) items.push({ kind: 'image', x: left, y: middle - logoW / deck.logo.aspect / 2, w: logoW, h: logoW / deck.logo.aspect, image: deck.logo });
    // the block's visual middle (first cap height to last baseline) on the strip's, kept out of the safe zone
    const centred = middle - ((lines.length - 1) * linePt + capHeight) / 2 + capHeight;
    const firstBaseline = Math.max(textTop + capHeight, Math.min(centred, textBottom - descent - (lines.length - 1) * linePt));
    for (const [i, text] of lines.entries()) {
      items.push({ kind: 'text', x: left + logoW + gap, y: firstBaseline + i * linePt, text, font: spec.edition.font, sizePt, widthPt: measureText(font, text, sizePt), colour: on, source });
    }
  }
  let contentBottom = footTop - m;
  if (deck.back.attribution?.value) {
    const placed = set(deck.back.attribution, spec.attribution, sized(spec.attribution), minPt, onBack, 'shorten the attribution');
    if (placed) {
      const lastBaseline = Math.max(...placed.items.map((i) => ('y' in i ? i.y : 0)));
      const dy = footTop - mmToPt(spec.attributionBaselineMm * scale) - lastBaseline;
      items.push(...placed.items.map((i) => moveDown(i, dy)));
      contentBottom = dy - mmToPt(4 * scale);
    }
  }

  // the mark of the deck: its device, the wordmark and the subtitle, centred in the room above the foot
  const titleFont = fonts[spec.title.font].font;
  // the wordmark grows with the card's width, not its height: a tall card (tarot) keeps the breaks of the
  // poker card's wordmark rather than set it on a line more, which would leave no room for the device
  const widthRatio = deck.format.widthMm / deck.layout.referenceWidthMm;
  const titleSize = Math.max(spec.title.sizePt * Math.min(scale, widthRatio), minPt);
  const title = set(deck.back.title, spec.title, oneLineSize(deck.back.title.value, titleFont, titleSize, widthPt), minPt, onBack, 'shorten the deck title');
  const subtitle = deck.back.subtitle?.value ? set(deck.back.subtitle, spec.subtitle, sized(spec.subtitle), minPt, onBack, 'shorten the subtitle') : undefined;
  if (!title || (deck.back.subtitle?.value && !subtitle)) return { diagnostics };
  const titleItems = raiseCopyright(title.items, fonts);
  const subtitleGap = subtitle ? mmToPt(2.5 * scale) : 0;
  const textHeight = title.heightPt + subtitleGap + (subtitle?.heightPt ?? 0);
  const room = contentBottom - m;
  const hasDevice = deck.back.device.length > 0;
  const deviceGap = hasDevice ? mmToPt(spec.deviceGapMm * scale) : 0;
  // the device gives way first: down to half its size before the text would not fit
  const wantDevice = hasDevice ? mmToPt(spec.deviceSizeMm * scale) : 0;
  const devicePt = Math.max(0, Math.min(wantDevice, room - textHeight - deviceGap));
  if (hasDevice && devicePt < wantDevice / 2) {
    diagnostics.push(error(deck.back.title.source, `the back of deck ${deck.id} (language ${deck.lang}) has no room for its device above the title`, 'shorten the deck title or subtitle'));
    return { diagnostics };
  }
  const total = devicePt + deviceGap + textHeight;
  // a little above the middle of the room reads as centred
  const top = m + Math.max(0, (room - total) * 0.45);
  if (hasDevice) items.push(...drawDevice(deck.back.device, fonts, { x: (W - devicePt) / 2, y: top, sizePt: devicePt, lineScale: scale, colour: onBack }));
  const titleTop = top + devicePt + deviceGap;
  items.push(...titleItems.map((i) => moveDown(i, titleTop)));
  if (subtitle) items.push(...subtitle.items.map((i) => moveDown(i, titleTop + title.heightPt + subtitleGap)));
  return diagnostics.length ? { diagnostics } : { frame: { widthPt: W, heightPt: H, bleedPt: b, side: 'back', items }, diagnostics };
}

function moveDown(item: FrameItem, dy: number): FrameItem {
  switch (item.kind) {
    case 'line': return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'mark': return { ...item, cy: item.cy + dy };
    default: return { ...item, y: item.y + dy };
  }
}
