import { describe, expect, it } from 'vitest';
import { breakableElisions } from '../../../src/layout/poster/breakableElisions.ts';
import { hyphenateWord } from '../../../src/layout/hyphenateWord.ts';

const SHY = '\u00ad';

/** The rule without the quick test before it: every elision (one to three letters and an apostrophe) before a word of eight letters or more. */
const byRule = (text: string, lang: string) =>
  text.replace(/(^|\s)(\p{L}{1,3}[’'])(\p{L}{8,})/gu, (_, space: string, elided: string, word: string) => `${space}${elided}${hyphenateWord(word, lang).join(SHY)}`);

describe('breakableElisions', () => {
  it('lets the long word after an elision break, and leaves everything else as written', () => {
    expect(breakableElisions('Dans l’environnement du quartier', 'fr')).toBe(`Dans l’envi${SHY}ron${SHY}ne${SHY}ment du quartier`);
    expect(breakableElisions("qu'accompagnement", 'fr')).toBe(`qu'accom${SHY}pa${SHY}gne${SHY}ment`);
    expect(breakableElisions('the people’s neighbourhood, don’t worry', 'en')).toBe('the people’s neighbourhood, don’t worry');
    expect(breakableElisions('l’écoute', 'fr')).toBe('l’écoute');
    // eight letters, the fewest, at the end of the text
    expect(breakableElisions('un l’anonymat', 'fr')).toBe(`un l’ano${SHY}ny${SHY}mat`);
  });

  it('answers what the rule alone answers, for texts of letters (some outside the BMP), apostrophes, spaces and punctuation', () => {
    const letters = ['a', 'é', 'ß', 'n', '𝒜', 'o'];
    const between = [' ', '’', "'", ', ', '\n', '. ', '1', "' "];
    let seed = 7;
    const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 * n);
    const lengths = [1, 2, 3, 7, 8, 9, 12];
    const word = () => Array.from({ length: lengths[next(lengths.length)]! }, () => letters[next(letters.length)]).join('');
    let elided = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + next(6) }, () => word() + between[next(between.length)]).join('');
      const expected = byRule(text, 'fr');
      if (expected !== text) elided++;
      expect(breakableElisions(text, 'fr'), JSON.stringify(text)).toBe(expected);
    }
    // the texts hold enough elisions before long words for the comparison to mean something
    expect(elided).toBeGreaterThan(20);
  });
});
