import type { Cmyk } from './Colour.ts';

/** The three faces every text is set in. */
export const FONT_ROLES = ['regular', 'bold', 'italic'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

/** `layouts/theme.yaml`: the fonts, colours and print rules every deck and poster starts from. */
export interface Theme {
  /** Font files in fonts/, by role. */
  fonts: Record<FontRole, string>;
  colours: { text: Cmyk; muted: Cmyk; paper: Cmyk; registration: Cmyk };
  print: {
    /** Bleed on every side of a card. */
    bleedMm: number;
    /** No text closer than this to the trim line. */
    safeMm: number;
    /** Text never shrinks below this size. */
    minTextPt: number;
  };
}
