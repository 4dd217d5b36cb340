import type { Font } from 'fontkit';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';

/** Advance widths in font units, by the font file's content hash and the text. */
const advanceCache = new BoundedCache<number>('advance widths', 100_000);

/** Advance width of `text` set in `font` at `sizePt`, in points (shaped by fontkit, kerning included). */
export function measureText(font: Font, text: string, sizePt: number): number {
  const advance = text === '' ? 0 : advanceCache.getOrMake(`${fontKey(font)}\u0000${text}`, () => font.layout(text).advanceWidth);
  return (advance / font.unitsPerEm) * sizePt;
}

/** Baseline offset from the top of a line box and the box's height, for a size and leading. */
export function lineMetrics(font: Font, sizePt: number, leading: number): { baselinePt: number; heightPt: number } {
  const ascent = font.ascent / (font.ascent - font.descent);
  const heightPt = sizePt * leading;
  return { baselinePt: ((leading - 1) / 2) * sizePt + ascent * sizePt, heightPt };
}
