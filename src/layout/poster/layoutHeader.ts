import type { FrameItem } from '../../model/Frame.ts';
import type { FontRole, FontSet } from '../../model/Project.ts';
import type { ResolvedPoster } from '../../model/ResolvedPoster.ts';
import { fitText, type TextBlock } from '../fitText.ts';
import { measureText } from '../measureText.ts';
import { oneLineSize } from '../oneLineSize.ts';
import { raiseCopyright } from '../raiseCopyright.ts';
import { mmToPt } from '../units.ts';

/**
 * The header band: the band colour bleeding off the top, the deck's title and subtitle at the left (the
 * subtitle on the title's baseline where both fit on one line, else under it), the
 * edition's logo at the right (as high as `logoHeightMm`, its top on the title's cap height).
 */
export function layoutHeader(poster: ResolvedPoster, fonts: FontSet, box: { W: number; m: number; b: number; gap: number }):
  | { ok: true; items: FrameItem[]; bottomPt: number }
  | { ok: false; source?: ResolvedPoster['title']['source']; what: string } {
  const L = poster.layout;
  const { W, m, b, gap } = box;
  const logoH = poster.logo ? mmToPt(L.logoHeightMm) : 0;
  const logoW = poster.logo ? logoH * poster.logo.aspect : 0;
  const widthPt = W - 2 * m - (logoW ? logoW + gap * 1.5 : 0);
  const titleFont = fonts[L.title.font].font;
  const titleSize = Math.max(L.minTitlePt, oneLineSize(poster.title.value, titleFont, L.title.sizePt, widthPt));
  const titleBlock: TextBlock = { text: poster.title.value, field: 'title', style: L.title, sizePt: titleSize, source: poster.title.source, lang: poster.title.lang, breaking: 'title' };
  const subtitle = poster.subtitle?.value ? poster.subtitle : undefined;
  const subtitleBlock = (): TextBlock[] => (subtitle
    ? [{ text: subtitle.value, field: 'subtitle', style: L.subtitle, sizePt: L.subtitle.sizePt, source: subtitle.source, lang: subtitle.lang, breaking: 'title' }]
    : []);
  // the subtitle beside the title, on its baseline, where both go on one line; else under it
  const titleW = raisedWidth(poster.title.value, L.title.font, titleSize, fonts);
  const besideX = m + titleW + gap * 1.5;
  const besideW = W - m - (logoW ? logoW + gap * 1.5 : 0) - besideX;
  const fitsBeside = !!subtitle && !poster.title.value.includes('\n') && titleW <= widthPt
    && measureText(fonts[L.subtitle.font].font, subtitle.value, L.subtitle.sizePt) <= besideW;
  const title = fitText({ blocks: fitsBeside ? [titleBlock] : [titleBlock, ...subtitleBlock()], fonts, lang: poster.lang, x: m, top: m, widthPt, heightPt: mmToPt(L.heightMm) / 3, gapPt: gap / 3, minSizePt: L.minTitlePt, colour: poster.onBand });
  if (title.ok && fitsBeside && subtitle) {
    const baseline = title.items.find((it) => it.kind === 'text');
    if (baseline?.kind === 'text') {
      const w = measureText(fonts[L.subtitle.font].font, subtitle.value, L.subtitle.sizePt);
      title.items.push({ kind: 'text', x: besideX, y: baseline.y, text: subtitle.value, font: L.subtitle.font, sizePt: L.subtitle.sizePt, widthPt: w, colour: poster.onBand, source: subtitle.source });
    }
  }
  if (!title.ok) return { ok: false, source: title.source, what: `the ${title.field} does not fit at ${L.minTitlePt} pt: ${title.reason}` };
  // the © of a name (DichtErBij©) as a superscript at the title's cap height, as on the cards
  const titleItems = raiseCopyright(title.items, fonts, 'left');
  const first = titleItems.find((it) => it.kind === 'text');
  const font = fonts[L.title.font].font;
  const capTop = first?.kind === 'text' ? first.y - (font.capHeight / font.unitsPerEm) * first.sizePt : m;
  const contentH = Math.max(title.heightPt, logoH + (capTop - m));
  // the band below the title: as the layout has it on every sheet (the safe zone keeps only text from the edge)
  const bottomPt = m + contentH + mmToPt(L.marginMm) * 0.8;
  const items: FrameItem[] = [{ kind: 'rect', x: -b, y: -b, w: W + 2 * b, h: bottomPt + b, fill: poster.bandColour }, ...titleItems];
  if (poster.logo) items.push({ kind: 'image', x: W - m - logoW, y: capTop, w: logoW, h: logoH, image: poster.logo });
  return { ok: true, items, bottomPt };
}

/** Width of a one-line title once its © is raised (and set smaller); a title without one as measured. */
function raisedWidth(text: string, font: FontRole, sizePt: number, fonts: FontSet): number {
  const line: FrameItem = { kind: 'text', x: 0, y: 0, text, font, sizePt, widthPt: measureText(fonts[font].font, text, sizePt), colour: [0, 0, 0, 100] };
  return raiseCopyright([line], fonts, 'left').reduce((w, run) => w + (run.kind === 'text' ? run.widthPt : 0), 0);
}
