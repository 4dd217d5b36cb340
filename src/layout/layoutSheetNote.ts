import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { SheetNote } from '../model/PrintPlan.ts';
import type { FontSet } from '../model/Project.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import type { Cmyk } from '../model/Colour.ts';
import { breakLines } from './breakLines.ts';
import { instructionsFor, instructionsSource } from './tileInstructions.ts';
import { mmToPt } from './units.ts';

const NOTE_SIZE_PT = 6.5;
const NOTE_MIN_PT = 6;
const STEP_PT = 0.25;

/**
 * The words on every fronts page of a card sheet (how to print), in the deck's language (English for a
 * language without its own words), set with the language's typography. They go in the band of the bottom
 * crop marks, one line between each pair of marks: the text is broken into at most `spans` lines of at
 * most `spanMm`, smaller (down to 6 pt) only where it would not fit. Words that do not fit even then are
 * an error at the registry's `words: sheet:`, never cut off.
 */
export function layoutSheetNote(lang: string, fonts: FontSet, colour: Cmyk, spanMm: number, spans: number): { note: SheetNote; diagnostics: Diagnostic[] } {
  const text = applyTypography(instructionsFor(lang).sheet, lang);
  const font = fonts.regular.font;
  let sizePt = NOTE_SIZE_PT;
  let lines = breakLines(text, { font, sizePt, widthPt: mmToPt(spanMm), lang, mode: 'fewest-lines' });
  const fits = () => lines.length <= spans && !lines.some((l) => l.overfull);
  while (!fits() && sizePt - STEP_PT >= NOTE_MIN_PT) {
    sizePt -= STEP_PT;
    lines = breakLines(text, { font, sizePt, widthPt: mmToPt(spanMm), lang, mode: 'fewest-lines' });
  }
  const diagnostics: Diagnostic[] = [];
  if (!fits()) {
    const mm = Math.round(spanMm * 10) / 10;
    const overfull = lines.find((l) => l.overfull);
    const reason = lines.length > spans
      ? `it needs ${lines.length} lines, there is room for ${spans} of ${mm} mm`
      : `'${overfull?.text}' is wider than the ${mm} mm between the marks`;
    diagnostics.push(error(instructionsSource(lang, ['sheet']), `the line on the card sheets (language ${lang}) does not fit, even at ${sizePt} pt: ${reason}`,
      'shorten the words (words: sheet: in the language\'s registry file), or choose a larger --paper'));
  }
  return { note: { lines: lines.map((l) => ({ text: l.text, widthPt: l.widthPt })), font: 'regular', sizePt, capHeightPt: (font.capHeight / font.unitsPerEm) * sizePt, colour }, diagnostics };
}
