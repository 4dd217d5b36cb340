import { formatHex, type Rgb } from 'culori';
import { cmykToHex, cmykToSrgb } from '../colour/cmykToSrgb.ts';
import { contrastRatio, VIEWS } from '../colour/colourDistance.ts';
import { hexToPrintable } from '../colour/toCmyk.ts';
import type { Cmyk } from '../validate/schemas.ts';

const WHITE: Cmyk = [0, 0, 0, 0];
const BLACK: Cmyk = [0, 0, 0, 100];
/** WCAG AA for text (DESIGN.md). */
export const MIN_CONTRAST = 4.5;

export interface ColourFacts {
  cmyk: Cmyk;
  /** How the press prints it, on screen. */
  printedHex: string;
  /** Colour difference between the chosen hex and what the press prints (0 for CMYK given). */
  deltaE: number;
  contrastWhite: number;
  contrastBlack: number;
  /** The text colour with the better contrast. */
  better: 'white' | 'black';
  /** The colour as printed, seen with each kind of colour blindness and in grey. */
  views: { name: string; hex: string }[];
}

/** What a brand colour prints as, how readable white or black text is on it, and how colour-blind readers see it. */
export function describeColour(given: string | readonly number[]): ColourFacts {
  const { cmyk, deltaE } = typeof given === 'string' ? hexToPrintable(given) : { cmyk: [...given] as Cmyk, deltaE: 0 };
  const contrastWhite = contrastRatio(WHITE, cmyk);
  const contrastBlack = contrastRatio(BLACK, cmyk);
  const printed = cmykToSrgb(cmyk);
  const views = Object.entries(VIEWS).map(([name, see]) => ({ name, hex: formatHex(see(printed) as Rgb) ?? '#000000' }));
  return { cmyk, printedHex: cmykToHex(cmyk), deltaE, contrastWhite, contrastBlack, better: contrastWhite >= contrastBlack ? 'white' : 'black', views };
}

/** `#0e5a8a`, `[84, 42, 0, 38]`, `84 42 0 38` or `84/42/0/38`: a hex colour or four CMYK percentages, else undefined. */
export function parseColourInput(text: string): string | Cmyk | undefined {
  const t = text.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(t)) return `#${t.replace('#', '').toLowerCase()}`;
  const numbers = t.replace(/[[\]%cmykCMYK:]/g, ' ').split(/[\s,;/]+/).filter(Boolean).map(Number);
  if (numbers.length === 4 && numbers.every((n) => Number.isFinite(n) && n >= 0 && n <= 100)) return numbers as Cmyk;
  return undefined;
}
