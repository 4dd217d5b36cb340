import type { Diagnostic } from '../../diagnostics/Diagnostic.ts';
import type { FrameItem } from '../../model/Frame.ts';
import type { FontSet } from '../../model/Project.ts';
import type { ResolvedPoster } from '../../model/ResolvedPoster.ts';
import { breakLines } from '../breakLines.ts';
import { editionNameTooLong } from '../editionNameTooLong.ts';
import { lineMetrics, measureText } from '../measureText.ts';

/**
 * The footer strip: the band colour bleeding off the bottom, the attribution and the edition's name.
 * On one line where it fits; else the name on a line of its own (wrapping to `nameMaxLines` lines);
 * else the same with the edition's `shortName`; else an error at the `name:` key of the edition's own
 * file, saying how many characters fit.
 */
export function layoutFooter(poster: ResolvedPoster, fonts: FontSet, box: { W: number; H: number; m: number; b: number; gap: number; scale: number }):
  { items: FrameItem[]; topPt: number; diagnostics: Diagnostic[]; usedShortName: boolean } {
  const L = poster.layout;
  const { W, H, m, b, gap } = box;
  const style = L.footer;
  const font = fonts[style.font].font;
  const widthPt = W - 2 * m;
  const hasName = poster.footerAroundName !== undefined;
  const [before, after] = poster.footerAroundName ?? [poster.footer.value, ''];
  const lead = before.replace(/\s*·\s*$/, '').trim();
  const tail = after.replace(/^\s*·\s*/, '').trim();
  const breakOne = (text: string) => breakLines(text, { font, sizePt: style.sizePt, widthPt, lang: poster.lang, style: 'title', mode: 'best' });
  const attempt = (name: string): string[] | undefined => {
    const whole = `${before}${name}${after}`.trim();
    if (measureText(font, whole, style.sizePt) <= widthPt) return [whole];
    // the name on a line of its own, under the attribution
    const leadLines = lead ? breakOne(lead) : [];
    const nameLines = breakOne([name, tail].filter(Boolean).join(' · '));
    if ([...leadLines, ...nameLines].some((l) => l.overfull)) return undefined;
    if (nameLines.length > L.nameMaxLines || leadLines.length + nameLines.length > L.nameMaxLines + 1) return undefined;
    return [...leadLines, ...nameLines].map((l) => l.text);
  };
  const diagnostics: Diagnostic[] = [];
  let usedShortName = false;
  let lines = attempt(hasName ? poster.edition.name : '');
  if (!lines && hasName && poster.edition.shortName) {
    lines = attempt(poster.edition.shortName);
    usedShortName = !!lines;
  }
  if (!lines) {
    diagnostics.push(editionNameTooLong(poster.edition, `the footer of poster '${poster.id}' (language ${poster.lang})`, { font, sizePt: style.sizePt, widthPt, lines: L.nameMaxLines }));
    lines = [lead || poster.footer.value];
  }
  const { baselinePt, heightPt } = lineMetrics(font, style.sizePt, style.leading);
  const textH = lines.length * heightPt;
  const topPt = H - m - textH - gap * 0.6;
  const items: FrameItem[] = [{ kind: 'rect', x: -b, y: topPt, w: W + 2 * b, h: H + b - topPt, fill: poster.bandColour }];
  let y = H - m - textH;
  for (const text of lines) {
    items.push({ kind: 'text', x: m, y: y + baselinePt, text, font: style.font, sizePt: style.sizePt, widthPt: measureText(font, text, style.sizePt), colour: poster.onBand, source: poster.footer.source });
    y += heightPt;
  }
  return { items, topPt, diagnostics, usedShortName };
}
