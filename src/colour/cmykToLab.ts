import type { Lab } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { transform } from './pressProfile.ts';

const cache = new Map<string, Lab>();

/**
 * CIELAB (D50) of a CMYK colour as the press prints it, through the press profile: relative to the paper
 * (paper white is L* 100) unless `absolute`, which gives what an instrument measures on the sheet.
 */
export function cmykToLab(cmyk: Cmyk | readonly number[], absolute = false): Lab {
  const key = `${absolute ? 'a' : 'r'}${cmyk.join(',')}`;
  let found = cache.get(key);
  if (!found) {
    const [l = 0, a = 0, b = 0] = transform(absolute ? 'cmykToLabAbsolute' : 'cmykToLab', cmyk);
    found = { mode: 'lab', l, a, b };
    cache.set(key, found);
  }
  return found;
}
