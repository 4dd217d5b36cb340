import type { Font } from 'fontkit';
import { measureText } from './measureText.ts';

/** Width of one line of text with `trackingEm` of extra space after each letter. */
export function trackedWidth(font: Font, text: string, sizePt: number, trackingEm = 0): number {
  return measureText(font, text, sizePt) + (trackingEm ? trackingEm * sizePt * [...text].length : 0);
}

/** A single line that shrinks (down to `minPt`) until it is no wider than `widthPt`. */
export function fitLine(text: string, font: Font, sizePt: number, minPt: number, widthPt: number, trackingEm = 0): { text: string; sizePt: number; widthPt: number; fits: boolean } {
  const natural = trackedWidth(font, text, sizePt, trackingEm);
  if (natural <= widthPt) return { text, sizePt, widthPt: natural, fits: true };
  const size = Math.max(minPt, Math.min(sizePt, (sizePt * widthPt) / natural));
  const width = trackedWidth(font, text, size, trackingEm);
  return { text, sizePt: size, widthPt: width, fits: width <= widthPt + 0.001 };
}
