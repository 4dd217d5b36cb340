import type { Rgb } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { PROFILE_KEY, transform } from './pressProfile.ts';

/** By the press profile and the colour: a build judges a few hundred colours, the gallery a few more. */
const cache = new BoundedCache<Rgb>('cmyk to srgb', 10_000);
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * How a CMYK colour looks on paper, as sRGB (channels 0–1), through the press profile: a soft proof
 * with the paper as white. The contrast, colour-blindness and greyscale checks, the previews and the
 * gallery swatches all use it, so they judge what the press prints.
 */
export function cmykToSrgb(cmyk: Cmyk | readonly number[]): Rgb {
  return cache.getOrMake(`${PROFILE_KEY}:${cmyk.join(',')}`, () => {
    const [r = 0, g = 0, b = 0] = transform('cmykToSrgb', cmyk);
    return { mode: 'rgb', r: clamp(r), g: clamp(g), b: clamp(b) };
  });
}

/** The same as a CSS hex colour (`#rrggbb`), for HTML swatches. */
export function cmykToHex(cmyk: Cmyk | readonly number[]): string {
  const { r, g, b } = cmykToSrgb(cmyk);
  return `#${[r, g, b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}
