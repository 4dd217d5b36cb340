import type { Cmyk } from '../validate/schemas.ts';

/**
 * RGB (0–255) to CMYK percentages by the plain device formula (no ICC profile): good enough for logos
 * and hex colours people type; a print shop with exact brand inks should be given CMYK values.
 */
export function rgbToCmyk(r: number, g: number, b: number): Cmyk {
  const k = 1 - Math.max(r, g, b) / 255;
  if (k >= 1) return [0, 0, 0, 100];
  const part = (v: number) => Math.round(((1 - v / 255 - k) / (1 - k)) * 100);
  return [part(r), part(g), part(b), Math.round(k * 100)];
}

export function hexToCmyk(hex: string): Cmyk {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgbToCmyk((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** RGBA pixels, composited over white paper, as CMYK bytes (4 per pixel, 0–255) for a DeviceCMYK image. */
export function rgbaToCmykBytes(rgba: Uint8Array, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    const a = (rgba[i * 4 + 3] ?? 255) / 255;
    const over = (v: number) => v * a + 255 * (1 - a);
    const [c, m, y, k] = rgbToCmyk(over(rgba[i * 4] ?? 0), over(rgba[i * 4 + 1] ?? 0), over(rgba[i * 4 + 2] ?? 0));
    out[i * 4] = Math.round(c * 2.55);
    out[i * 4 + 1] = Math.round(m * 2.55);
    out[i * 4 + 2] = Math.round(y * 2.55);
    out[i * 4 + 3] = Math.round(k * 2.55);
  }
  return out;
}
