import type { Font } from 'fontkit';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';
import { widthFeatures } from './markAttachment.ts';

/** Advance widths in font units, per font (by its file's content hash), by text. */
const advances = new BoundedCache<Map<string, number>>('advance widths', 64);
/** A font's map starts again empty beyond this many texts (a long watch session). */
const MAX_TEXTS_PER_FONT = 100_000;
const advancesOf = (font: Font) => advances.getOrMake(fontKey(font), () => new Map());

/** Advance width of `text` set in `font` at `sizePt`, in points (shaped by fontkit, kerning included). */
export function measureText(font: Font, text: string, sizePt: number): number {
  if (text === '') return 0;
  const known = advancesOf(font);
  let advance = known.get(text);
  if (advance === undefined) {
    if (known.size >= MAX_TEXTS_PER_FONT) known.clear();
    // the mark attachment left out where it moves marks only: the same width, fontkit decodes less
    advance = font.layout(text, widthFeatures(font)).advanceWidth;
    known.set(text, advance);
  }
  return (advance / font.unitsPerEm) * sizePt;
}

/** Every advance width known for the font in this process (to keep them between runs). */
export function knownAdvances(font: Font): ReadonlyMap<string, number> {
  return advancesOf(font);
}

/** Advance widths measured before, by an earlier run with the same font bytes: not shaped again. */
export function addKnownAdvances(font: Font, measured: readonly (readonly [string, number])[]): void {
  const known = advancesOf(font);
  for (const [text, advance] of measured) {
    if (known.size >= MAX_TEXTS_PER_FONT) return;
    if (typeof text === 'string' && Number.isFinite(advance)) known.set(text, advance);
  }
}

/** Baseline offset from the top of a line box and the box's height, for a size and leading. */
export function lineMetrics(font: Font, sizePt: number, leading: number): { baselinePt: number; heightPt: number } {
  const ascent = font.ascent / (font.ascent - font.descent);
  const heightPt = sizePt * leading;
  return { baselinePt: ((leading - 1) / 2) * sizePt + ascent * sizePt, heightPt };
}
