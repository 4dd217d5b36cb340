import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, filterGrayscale, wcagContrast, type Rgb } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { cmykToRgb } from './cmykToRgb.ts';

const deltaE = differenceCiede2000();

/** How a colour is seen: with full colour vision, with each kind of colour blindness, printed in grey. */
export const VIEWS: Record<string, (c: Rgb) => Rgb> = {
  'normal vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
  greyscale: filterGrayscale(1),
};

/** CIEDE2000 difference between two CMYK colours as seen in `view`. */
export function colourDistance(a: Cmyk, b: Cmyk, view: string): number {
  const see = VIEWS[view] ?? ((c: Rgb) => c);
  return deltaE(see(cmykToRgb(a)), see(cmykToRgb(b)));
}

/** WCAG contrast ratio of text in one colour on a background of another. */
export function contrastRatio(text: Cmyk, background: Cmyk): number {
  return wcagContrast(cmykToRgb(text), cmykToRgb(background));
}
