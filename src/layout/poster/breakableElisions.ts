import { hyphenateWord } from '../hyphenateWord.ts';

const SOFT_HYPHEN = '\u00ad';
/** An apostrophe and eight characters that are neither space nor apostrophe: what an elision before a long word needs. */
const MAYBE_ELIDED = /[’'][^\s’']{8}/;

/**
 * Soft hyphens in the word after an elision (L’environ­nement): line breaking keeps elided words whole,
 * which is right in running text, but a label in a narrow grid column or rail must be able to break
 * one that is wider than the column.
 */
export function breakableElisions(text: string, lang: string): string {
  // most texts have no apostrophe before eight letters: they skip the regex below, whose letter classes
  // take ~15 ms to compile, once per process (an English poster's seven hundred texts paid it for none)
  if (!MAYBE_ELIDED.test(text)) return text;
  return text.replace(/(^|\s)(\p{L}{1,3}[’'])(\p{L}{8,})/gu, (_, space: string, elided: string, word: string) =>
    `${space}${elided}${hyphenateWord(word, lang).join(SOFT_HYPHEN)}`);
}
