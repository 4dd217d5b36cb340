import { differenceCiede2000 } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';
import { cmykToLab } from './cmykToLab.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { PROFILE_KEY, transform } from './pressProfile.ts';

/**
 * Screen colours (sRGB: hex brand colours, RGB logos, SVG fills) to ink, through the press profile:
 * relative colorimetric with black-point compensation. A neutral (R = G = B) becomes black ink alone,
 * so grey text and black lines print on one plate and stay sharp whatever the register.
 */
export function rgbToCmyk(r: number, g: number, b: number): Cmyk {
  return rgbCache.getOrMake(`${PROFILE_KEY}:${(r << 16) | (g << 8) | b}`, () => {
    if (r === g && g === b) return [0, 0, 0, Math.round(greyToK(r / 255))];
    const [c = 0, m = 0, y = 0, k = 0] = transform('srgbToCmyk', [r / 255, g / 255, b / 255]);
    return [c, m, y, k].map((v) => Math.min(100, Math.max(0, Math.round(v)))) as Cmyk;
  });
}
/** By the press profile and the colour: SVG logos and hex colours bring a few hundred. */
const rgbCache = new BoundedCache<Cmyk>('rgb to cmyk', 10_000);

const deltaE = differenceCiede2000();

/** `#rrggbb` (or `#rgb`) as 0–255 channels. */
export function parseHex(hex: string): [number, number, number] {
  let digits = hex.replace(/^#/, '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const n = Number.parseInt(digits, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function hexToCmyk(hex: string): Cmyk {
  return rgbToCmyk(...parseHex(hex));
}

/**
 * A hex colour as it prints: its CMYK and how far (CIEDE2000) the print lies from the screen colour.
 * Far means the colour is outside what the press can print and the CMYK is the nearest it can.
 * Neutrals print as black ink by design, so their distance is left at 0.
 */
export function hexToPrintable(hex: string): { cmyk: Cmyk; deltaE: number } {
  const rgb = parseHex(hex);
  const cmyk = rgbToCmyk(...rgb);
  if (rgb[0] === rgb[1] && rgb[1] === rgb[2]) return { cmyk, deltaE: 0 };
  const [l = 0, a = 0, b = 0] = transform('srgbToLab', rgb.map((v) => v / 255));
  return { cmyk, deltaE: deltaE({ mode: 'lab', l, a, b }, cmykToLab(cmyk)) };
}

/** Lightness (L*, relative to the paper) of black ink alone at 0, 1 … 100 %. */
let kRamp: number[] | undefined;
function blackInkRamp(): number[] {
  return (kRamp ??= Array.from({ length: 101 }, (_, k) => cmykToLab([0, 0, 0, k]).l));
}

/**
 * The black ink for a grey of sRGB value `v` (0–1): its lightness, scaled so that screen black meets
 * 100 % K and white the paper (black-point compensation onto the black plate), found on the K ramp.
 */
function greyToK(v: number): number {
  if (v >= 1) return 0;
  const [l = 0] = transform('srgbToLab', [v, v, v]);
  const ramp = blackInkRamp();
  const black = ramp[100]!;
  const target = black + ((100 - black) * l) / 100;
  for (let k = 1; k <= 100; k++) {
    const lighter = ramp[k - 1]!;
    const darker = ramp[k]!;
    if (target >= darker) return k - 1 + (lighter - target) / (lighter - darker || 1);
  }
  return 100;
}

/**
 * Black ink (0–255) of each grey (0–255) through the press profile, which is fixed while kaartwerk runs:
 * bounded by its domain (256 values), an array because it is read for every grey pixel of a raster logo.
 */
const greyK8: (number | undefined)[] = new Array(256);

/**
 * RGBA pixels to DeviceCMYK bytes (4 per pixel, 255 = full ink) and, when any pixel is not fully
 * opaque, the alpha channel for a soft mask: transparency stays transparency, not white paper.
 */
export function rgbaToCmykBytes(rgba: Uint8Array, pixels: number): { cmyk: Uint8Array; alpha?: Uint8Array } {
  const cmyk = new Uint8Array(pixels * 4);
  let alpha: Uint8Array | undefined;
  const CHUNK = 65536;
  const rgb = new Uint8Array(Math.min(pixels, CHUNK) * 3);
  for (let start = 0; start < pixels; start += CHUNK) {
    const count = Math.min(CHUNK, pixels - start);
    for (let i = 0; i < count; i++) {
      const p = (start + i) * 4;
      rgb[i * 3] = rgba[p]!;
      rgb[i * 3 + 1] = rgba[p + 1]!;
      rgb[i * 3 + 2] = rgba[p + 2]!;
    }
    const out = transform('srgb8ToCmyk8', count === rgb.length / 3 ? rgb : rgb.subarray(0, count * 3), count);
    cmyk.set(out.subarray(0, count * 4), start * 4);
  }
  for (let i = 0; i < pixels; i++) {
    const p = i * 4;
    const r = rgba[p]!;
    if (r === rgba[p + 1] && r === rgba[p + 2]) {
      let k = greyK8[r];
      if (k === undefined) greyK8[r] = k = Math.round(greyToK(r / 255) * 2.55);
      cmyk[p] = 0; cmyk[p + 1] = 0; cmyk[p + 2] = 0; cmyk[p + 3] = k;
    }
    const a = rgba[p + 3] ?? 255;
    if (a !== 255 && !alpha) alpha = new Uint8Array(pixels).fill(255);
    if (alpha) alpha[i] = a;
  }
  return alpha ? { cmyk, alpha } : { cmyk };
}
