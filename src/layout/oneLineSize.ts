import type { Font } from 'fontkit';
import { measureText } from './measureText.ts';

/**
 * A display title that fits on one line when set a little smaller is set on one line: "10 Gouden
 * Regels" reads better whole at 80 % than broken as "10 / Gouden Regels". Otherwise the size stays.
 */
export function oneLineSize(text: string, font: Font, sizePt: number, widthPt: number, minRatio = 0.72): number {
  if (text.includes('\n')) return sizePt;
  const natural = measureText(font, text, sizePt);
  if (natural <= widthPt) return sizePt;
  const fitted = (sizePt * widthPt) / natural * 0.999;
  return fitted >= sizePt * minRatio ? fitted : sizePt;
}
