import type { FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import { measureText } from './measureText.ts';

/** The © of a name is set as a superscript: this share of the size, raised by `RAISE` of the size. */
const SIZE = 0.5;
const RAISE = 0.36;
/** No text on paper smaller than this (DESIGN: minimum text size). */
const MIN_PT = 6;

/**
 * Splits every text item with a © into runs: the © at half the size and raised, the rest as it was.
 * A centred line stays centred on the same axis (it grows narrower by the © it saved); a left-aligned one
 * keeps its left end.
 */
export function raiseCopyright(items: FrameItem[], fonts: FontSet, align: 'centre' | 'left' = 'centre'): FrameItem[] {
  return items.flatMap((item): FrameItem[] => {
    if (item.kind !== 'text' || !item.text.includes('©')) return [item];
    const font = fonts[item.font].font;
    const small = item.sizePt * SIZE;
    // a superscript smaller than print can hold (6 pt) stays at the text's size: a footer keeps its ©
    if (small < MIN_PT) return [item];
    const runs = item.text.split(/(©)/).filter((t) => t !== '');
    const widths = runs.map((t) => measureText(font, t, t === '©' ? small : item.sizePt));
    const total = widths.reduce((a, w) => a + w, 0);
    let x = align === 'centre' ? item.x + (item.widthPt - total) / 2 : item.x;
    return runs.map((text, i) => {
      const run: FrameItem = text === '©'
        ? { ...item, text, x, y: item.y - item.sizePt * RAISE, sizePt: small, widthPt: widths[i]! }
        : { ...item, text, x, widthPt: widths[i]! };
      x += widths[i]!;
      return run;
    });
  });
}
