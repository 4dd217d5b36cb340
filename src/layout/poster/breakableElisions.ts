import { hyphenateWord } from '../hyphenateWord.ts';

const SOFT_HYPHEN = '\u00ad';

/**
 * Soft hyphens in the word after an elision (L’environ­nement): line breaking keeps elided words whole,
 * which is right in running text, but a label in a narrow grid column or rail must be able to break
 * one that is wider than the column.
 */
export function breakableElisions(text: string, lang: string): string {
  return text.replace(/(^|\s)(\p{L}{1,3}[’'])(\p{L}{8,})/gu, (_, space: string, elided: string, word: string) =>
    `${space}${elided}${hyphenateWord(word, lang).join(SOFT_HYPHEN)}`);
}
