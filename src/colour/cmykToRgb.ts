import type { Rgb } from 'culori';
import type { Cmyk } from '../validate/schemas.ts';

/**
 * An approximation of how a CMYK tint looks on paper, as sRGB: enough to judge contrast and whether two
 * colours stay apart, not for colour management (print files stay CMYK).
 */
export function cmykToRgb([c, m, y, k]: Cmyk): Rgb {
  const K = 1 - k / 100;
  return { mode: 'rgb', r: (1 - c / 100) * K, g: (1 - m / 100) * K, b: (1 - y / 100) * K };
}
