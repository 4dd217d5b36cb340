import { wcagLuminance } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { cmykToSrgb } from './cmykToSrgb.ts';
import { contrastRatio } from './colourDistance.ts';

/** Of the candidate text colours, the one with the highest contrast on `background`, as printed. */
export function readableOn(background: Cmyk, candidates: Cmyk[]): Cmyk {
  let best = candidates[0]!;
  let bestRatio = -1;
  for (const c of candidates) {
    const ratio = contrastRatio(c, background);
    if (ratio > bestRatio + 1e-9) [best, bestRatio] = [c, ratio];
  }
  return best;
}

/** Whether `a` prints lighter than `b` (its relative luminance is higher): white on a colour is. */
export function lighterThan(a: Cmyk, b: Cmyk): boolean {
  return wcagLuminance(cmykToSrgb(a)) > wcagLuminance(cmykToSrgb(b));
}
