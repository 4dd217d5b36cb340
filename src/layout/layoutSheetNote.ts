import type { SheetNote } from '../impose/imposeSheets.ts';
import type { FontSet } from '../model/Project.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import type { Cmyk } from '../validate/schemas.ts';
import { measureText } from './measureText.ts';
import { instructionsFor } from './tileInstructions.ts';
import { mmToPt } from './units.ts';

const NOTE_SIZE_PT = 6.5;
const NOTE_MIN_PT = 6;

/**
 * The line on every fronts page of a card sheet, in the deck's language (English for a language without
 * its own words), set with the language's typography; smaller, down to 6 pt, only where it would not fit
 * the printable width.
 */
export function layoutSheetNote(lang: string, fonts: FontSet, colour: Cmyk, printableMm: number): SheetNote {
  const text = applyTypography(instructionsFor(lang).sheet, lang);
  const font = fonts.regular.font;
  const atSize = measureText(font, text, NOTE_SIZE_PT);
  const sizePt = Math.max(NOTE_MIN_PT, Math.min(NOTE_SIZE_PT, (NOTE_SIZE_PT * mmToPt(printableMm)) / atSize));
  return { text, font: 'regular', sizePt, widthPt: measureText(font, text, sizePt), colour };
}
