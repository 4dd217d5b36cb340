import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, filterGrayscale, wcagContrast, type Rgb } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { cmykToSrgb } from './cmykToSrgb.ts';

const deltaE = differenceCiede2000();

/** How a colour is seen: with full colour vision, with each kind of colour blindness, printed in grey. */
type See = (c: Rgb) => Rgb;
export const VIEWS: Record<string, See> = {
  'normal vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1) as See,
  protanopia: filterDeficiencyProt(1) as See,
  tritanopia: filterDeficiencyTrit(1) as See,
  greyscale: filterGrayscale(1) as See,
};

/** CIEDE2000 difference between two CMYK colours as printed (through the press profile) and seen in `view`. */
export function colourDistance(a: Cmyk, b: Cmyk, view: string): number {
  const see = VIEWS[view] ?? ((c: Rgb) => c);
  return deltaE(see(cmykToSrgb(a)), see(cmykToSrgb(b)));
}

/** WCAG contrast ratio of text in one colour on a background of another, both as printed. */
export function contrastRatio(text: Cmyk, background: Cmyk): number {
  return wcagContrast(cmykToSrgb(text), cmykToSrgb(background));
}
