import type { Font } from 'fontkit';

const advanceCache = new WeakMap<Font, Map<string, number>>();

/** Advance width of `text` set in `font` at `sizePt`, in points (shaped by fontkit, kerning included). */
export function measureText(font: Font, text: string, sizePt: number): number {
  let cache = advanceCache.get(font);
  if (!cache) {
    cache = new Map();
    advanceCache.set(font, cache);
  }
  let advance = cache.get(text);
  if (advance === undefined) {
    advance = text === '' ? 0 : font.layout(text).advanceWidth;
    cache.set(text, advance);
  }
  return (advance / font.unitsPerEm) * sizePt;
}

/** Baseline offset from the top of a line box and the box's height, for a size and leading. */
export function lineMetrics(font: Font, sizePt: number, leading: number): { baselinePt: number; heightPt: number } {
  const ascent = font.ascent / (font.ascent - font.descent);
  const heightPt = sizePt * leading;
  return { baselinePt: ((leading - 1) / 2) * sizePt + ascent * sizePt, heightPt };
}
