import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { FitInfo, Frame, FrameItem, ParagraphBreaks } from '../model/Frame.ts';
import { checkHyphenation } from './checkHyphenation.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedPoster, ResolvedPosterSection } from '../model/ResolvedPoster.ts';
import { fitText, setBlocks, type FitRequest, type TextBlock } from './fitText.ts';
import { fitLine } from './fitLine.ts';
import { measureText } from './measureText.ts';
import { oneLineSize } from './oneLineSize.ts';
import { mmToPt } from './units.ts';

const STEP = 0.02;
const MAX_SCALE = 1.6;

/**
 * A poster: the deck title on a colour band bleeding off the top, then the sections (a heading with the
 * category's mark, the cards' words in columns), the attribution and edition name at the foot. Every size
 * below the title shrinks together until the content fits, never below the body minimum.
 */
export function layoutPoster(poster: ResolvedPoster, fonts: FontSet): { frame?: Frame; diagnostics: Diagnostic[] } {
  const L = poster.layout;
  const W = mmToPt(L.widthMm);
  const H = mmToPt(L.heightMm);
  const b = mmToPt(poster.bleedMm);
  const m = mmToPt(Math.max(L.marginMm, L.safeMm));
  const gap = mmToPt(L.gapMm);
  const diagnostics: Diagnostic[] = [];
  const fail = (source: Diagnostic['source'], what: string, hint: string) =>
    diagnostics.push(error(source, `poster '${poster.id}' (language ${poster.lang}): ${what}`, hint));

  // Title band
  const titleSize = Math.max(L.minTitlePt, oneLineSize(poster.title.value, fonts[L.title.font].font, L.title.sizePt, W - 2 * m));
  const titleBlocks: TextBlock[] = [{ text: poster.title.value, field: 'title', style: L.title, sizePt: titleSize, source: poster.title.source, lang: poster.title.lang, breaking: 'title' }];
  if (poster.subtitle?.value) titleBlocks.push({ text: poster.subtitle.value, field: 'subtitle', style: L.subtitle, sizePt: L.subtitle.sizePt, source: poster.subtitle.source, lang: poster.subtitle.lang, breaking: 'title' });
  const title = fitText({ blocks: titleBlocks, fonts, lang: poster.lang, x: m, top: m, widthPt: W - 2 * m, heightPt: H / 3, gapPt: gap / 2, minSizePt: L.minTitlePt, colour: poster.onBand });
  if (!title.ok) {
    fail(title.source, `the ${title.field} does not fit at ${L.minTitlePt} pt: ${title.reason}`, 'shorten the deck title');
    return { diagnostics };
  }
  const bandPt = m + title.heightPt + m * 0.8;
  const items: FrameItem[] = [
    { kind: 'rect', x: -b, y: -b, w: W + 2 * b, h: bandPt + b, fill: poster.bandColour },
    ...title.items,
  ];

  // Footer
  const footerFont = fonts[L.footer.font].font;
  // the edition's logo at the right end of the footer line
  const logoH = poster.logo ? mmToPt(L.logoHeightMm) : 0;
  const logoW = poster.logo ? logoH * poster.logo.aspect : 0;
  const footer = fitLine(poster.footer.value, footerFont, L.footer.sizePt, L.minBodyPt, W - 2 * m - (logoW ? logoW + gap : 0));
  if (!footer.fits) fail(poster.footer.source, 'the footer is wider than the poster', 'shorten the attribution or the edition name');
  // the footer is a strip of the band colour bleeding off the bottom, like the card backs: the logo is
  // drawn for that colour, and the edition's name sits beside it
  const footerBaseline = H - m + (footerFont.descent / footerFont.unitsPerEm) * footer.sizePt;
  const stripTop = Math.min(footerBaseline - footer.sizePt * 1.2, H - m - logoH) - gap * 0.8;
  items.push({ kind: 'rect', x: -b, y: stripTop, w: W + 2 * b, h: H + b - stripTop, fill: poster.bandColour });
  items.push({ kind: 'text', x: m, y: footerBaseline, text: footer.text, font: L.footer.font, sizePt: footer.sizePt, widthPt: footer.widthPt, colour: poster.onBand, source: poster.footer.source });
  if (poster.logo) items.push({ kind: 'image', x: W - m - logoW, y: H - m - logoH, w: logoW, h: logoH, image: poster.logo });
  const footerTop = stripTop;

  // Sections: the largest common scale at which they all fit
  const top = bandPt + gap;
  const bottom = footerTop - gap;
  const floor = Math.min(1, L.minBodyPt / Math.min(L.itemText.sizePt, L.itemTitle.sizePt));
  // the largest scale, in steps of STEP between the floor and MAX_SCALE, at which the sections fit:
  // a bisection, as a smaller scale never needs more room
  const room = bottom - top;
  const setAt = (step: number) => setSections(poster, fonts, Math.max(floor, MAX_SCALE - step * STEP), { x: m, top, widthPt: W - 2 * m });
  const fits = (set: ReturnType<typeof setAt>) => !!set && set.heightPt <= room;
  const steps = Math.ceil((MAX_SCALE - floor) / STEP);
  let low = 0;
  let high = steps;
  let placed = setAt(high);
  if (!fits(placed)) {
    const needMm = placed ? Math.round((placed.heightPt * 25.4) / 72) : NaN;
    fail(poster.layoutSource, `the sections do not fit, even with body text at ${L.minBodyPt} pt (they need ${needMm} mm, there are ${Math.round((room * 25.4) / 72)} mm)`,
      'shorten the texts, or show fewer parts or more columns in the poster layout');
    return { diagnostics };
  }
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const set = setAt(mid);
    if (fits(set)) { high = mid; placed = set; } else low = mid + 1;
  }
  placed = setAt(high);
  const scale = Math.max(floor, MAX_SCALE - high * STEP);
  if (diagnostics.length || !placed) return { diagnostics };
  // spread what is left over the gaps between sections, so the poster fills its height calmly
  const spare = bottom - top - placed.heightPt;
  const shift = Math.min(spare / 2, gap * 2);
  items.push(...placed.items.map((item) => moveDown(item, shift)));
  const fit: FitInfo = {
    field: 'sections',
    sizePt: Math.round(L.itemText.sizePt * scale * 100) / 100,
    preferredSizePt: L.itemText.sizePt,
    minSizePt: L.minBodyPt,
    fill: Math.round((placed.heightPt / (bottom - top)) * 100) / 100,
    paragraphs: placed.paragraphs,
  };
  diagnostics.push(...checkHyphenation(fit, `poster '${poster.id}' (language ${poster.lang})`));
  return { frame: { widthPt: W, heightPt: H, bleedPt: b, side: 'front', cardId: poster.id, items, fit }, diagnostics };
}

function moveDown(item: FrameItem, dy: number): FrameItem {
  switch (item.kind) {
    case 'line': return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'mark': return { ...item, cy: item.cy + dy };
    case 'image': return { ...item, y: item.y + dy };
    default: return { ...item, y: item.y + dy };
  }
}

/** All sections at one scale, stacked; undefined when a text breaks a rule (a word wider than its column). */
function setSections(poster: ResolvedPoster, fonts: FontSet, scale: number, box: { x: number; top: number; widthPt: number }) {
  const L = poster.layout;
  const gap = mmToPt(L.gapMm) * scale;
  const items: FrameItem[] = [];
  const paragraphs: ParagraphBreaks[] = [];
  let y = box.top;
  for (const [i, section] of poster.sections.entries()) {
    if (i > 0) y += gap * 1.4;
    const set = setSection(poster, section, fonts, scale, { ...box, top: y });
    if (!set) return undefined;
    items.push(...set.items);
    paragraphs.push(...set.paragraphs);
    y += set.heightPt;
  }
  return { items, heightPt: y - box.top, paragraphs };
}

function setSection(poster: ResolvedPoster, section: ResolvedPosterSection, fonts: FontSet, scale: number, box: { x: number; top: number; widthPt: number }) {
  const L = poster.layout;
  const colour = poster.colours.text;
  const items: FrameItem[] = [];
  // heading: the category mark, the heading, a rule in the category colour
  const headingSize = L.heading.sizePt * scale;
  const markPt = headingSize * 0.8;
  const heading = setBlocks(request(poster, fonts, [{ text: section.heading.value, field: section.heading.field, style: L.heading, sizePt: L.heading.sizePt, source: section.heading.source, lang: section.heading.lang, breaking: 'title' }],
    { x: box.x + markPt * 1.6, top: box.top, widthPt: box.widthPt - markPt * 1.6 }), scale);
  if (!heading.ok) return undefined;
  const firstLine = heading.items.find((it) => it.kind === 'text');
  const capHeight = (fonts[L.heading.font].font.capHeight / fonts[L.heading.font].font.unitsPerEm) * headingSize;
  if (section.mark !== 'none' && firstLine?.kind === 'text') {
    // the mark in black, as on the cards: a light category colour would vanish on white paper
    items.push({ kind: 'mark', shape: section.mark, cx: box.x + markPt / 2, cy: firstLine.y - capHeight / 2, sizePt: markPt, fill: poster.colours.text });
  }
  items.push(...heading.items);
  const paragraphs: ParagraphBreaks[] = heading.paragraphs.map((p) => ({ ...p, field: `${section.id}.heading` }));
  let y = box.top + heading.heightPt + headingSize * 0.15;
  items.push({ kind: 'rect', x: box.x, y, w: box.widthPt, h: Math.max(5 * scale, 2), fill: section.colour });
  y += headingSize * 0.5;

  // items in columns, row by row
  const columnGap = mmToPt(L.columnGapMm) * scale;
  const columnWidth = (box.widthPt - columnGap * (section.columns - 1)) / section.columns;
  const numberFont = fonts[L.number.font].font;
  const numberSize = L.number.sizePt * scale;
  const numberWidth = Math.max(0, ...section.items.map((it) => (it.number ? measureText(numberFont, it.number, numberSize) : 0)));
  const indent = numberWidth > 0 ? numberWidth + numberSize * 0.45 : 0;
  const itemGap = mmToPt(L.gapMm) * 0.7 * scale;
  for (let row = 0; row * section.columns < section.items.length; row++) {
    let rowHeight = 0;
    for (let col = 0; col < section.columns; col++) {
      const item = section.items[row * section.columns + col];
      if (!item) continue;
      const x = box.x + col * (columnWidth + columnGap);
      const blocks: TextBlock[] = [];
      if (item.title) blocks.push({ text: item.title.value, field: 'title', style: L.itemTitle, sizePt: L.itemTitle.sizePt, source: item.title.source, lang: item.title.lang, breaking: 'title' });
      if (item.text) blocks.push({ text: item.text.value, field: 'text', style: L.itemText, sizePt: L.itemText.sizePt, source: item.text.source, lang: item.text.lang, breaking: 'body' });
      const set = setBlocks(request(poster, fonts, blocks, { x: x + indent, top: y, widthPt: columnWidth - indent }), scale);
      if (!set.ok) return undefined;
      items.push(...set.items);
      paragraphs.push(...set.paragraphs.map((p) => ({ ...p, field: `${item.cardId}.${p.field}` })));
      if (item.number) {
        const firstBaseline = set.items.find((it) => it.kind === 'text');
        const baseline = firstBaseline?.kind === 'text' ? firstBaseline.y : y + numberSize;
        const w = measureText(numberFont, item.number, numberSize);
        items.push({ kind: 'text', x: x + numberWidth - w, y: baseline, text: item.number, font: L.number.font, sizePt: numberSize, widthPt: w, colour });
      }
      rowHeight = Math.max(rowHeight, set.heightPt);
    }
    y += rowHeight + itemGap;
  }
  return { items, heightPt: y - itemGap - box.top, paragraphs };
}

function request(poster: ResolvedPoster, fonts: FontSet, blocks: TextBlock[], box: { x: number; top: number; widthPt: number }): FitRequest {
  return {
    blocks,
    fonts,
    lang: poster.lang,
    x: box.x,
    top: box.top,
    widthPt: box.widthPt,
    heightPt: Number.POSITIVE_INFINITY,
    gapPt: mmToPt(poster.layout.gapMm) * 0.35,
    minSizePt: 0,
    colour: poster.colours.text,
  };
}
