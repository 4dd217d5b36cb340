import { contrastRatio } from '../colour/colourDistance.ts';
import type { Cmyk } from '../model/Colour.ts';

const PAPER: Cmyk = [0, 0, 0, 0];
/** Large numerals and list numbers read on white from 3 : 1 (WCAG, large text). */
const MIN_CONTRAST = 3;

const cache = new Map<string, Cmyk>();

/**
 * A category colour as it may be used for type on white paper: the colour itself where it reads, else
 * deepened with black in steps of 5 % until it does (a light yellow becomes an ochre).
 */
export function accentColour(colour: Cmyk): Cmyk {
  const key = colour.join(',');
  let accent = cache.get(key);
  if (!accent) {
    accent = colour;
    while (contrastRatio(accent, PAPER) < MIN_CONTRAST && accent[3] < 100) accent = [accent[0], accent[1], accent[2], Math.min(100, accent[3] + 5)];
    cache.set(key, accent);
  }
  return accent;
}
