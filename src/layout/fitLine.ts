import type { Font } from 'fontkit';
import { measureText } from './measureText.ts';

/** A single line that shrinks (down to `minPt`) until it is no wider than `widthPt`. */
export function fitLine(text: string, font: Font, sizePt: number, minPt: number, widthPt: number): { text: string; sizePt: number; widthPt: number; fits: boolean } {
  const natural = measureText(font, text, sizePt);
  if (natural <= widthPt) return { text, sizePt, widthPt: natural, fits: true };
  const size = Math.max(minPt, Math.min(sizePt, (sizePt * widthPt) / natural));
  const width = measureText(font, text, size);
  return { text, sizePt: size, widthPt: width, fits: width <= widthPt + 0.001 };
}
