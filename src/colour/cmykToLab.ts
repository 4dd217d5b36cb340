import type { Lab } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { PROFILE_KEY, transform } from './pressProfile.ts';

/** By the press profile, the intent and the colour. */
const cache = new BoundedCache<Lab>('cmyk to lab', 10_000);

/**
 * CIELAB (D50) of a CMYK colour as the press prints it, through the press profile: relative to the paper
 * (paper white is L* 100) unless `absolute`, which gives what an instrument measures on the sheet.
 */
export function cmykToLab(cmyk: Cmyk | readonly number[], absolute = false): Lab {
  return cache.getOrMake(`${PROFILE_KEY}:${absolute ? 'a' : 'r'}${cmyk.join(',')}`, () => {
    const [l = 0, a = 0, b = 0] = transform(absolute ? 'cmykToLabAbsolute' : 'cmykToLab', cmyk);
    return { mode: 'lab', l, a, b };
  });
}
