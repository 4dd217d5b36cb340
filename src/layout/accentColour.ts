import { contrastRatio } from '../colour/colourDistance.ts';
import { PROFILE_KEY } from '../colour/pressProfile.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import type { Cmyk } from '../model/Colour.ts';

const PAPER: Cmyk = [0, 0, 0, 0];
/** Large numerals and list numbers read on white from 3 : 1 (WCAG, large text). */
const MIN_CONTRAST = 3;

/** By the colour and the press profile's hash (the contrast is judged through it). */
const cache = new BoundedCache<Cmyk>('accent colours', 4_096);

/**
 * A category colour as it may be used for type on white paper: the colour itself where it reads, else
 * deepened with black in steps of 5 % until it does (a light yellow becomes an ochre).
 */
export function accentColour(colour: Cmyk): Cmyk {
  return cache.getOrMake(`${PROFILE_KEY}:${colour.join(',')}`, () => {
    let accent = colour;
    while (contrastRatio(accent, PAPER) < MIN_CONTRAST && accent[3] < 100) accent = [accent[0], accent[1], accent[2], Math.min(100, accent[3] + 5)];
    return accent;
  });
}
