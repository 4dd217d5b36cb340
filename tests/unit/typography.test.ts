import { describe, expect, it } from 'vitest';
import { applyTypography } from '../../src/typography/applyTypography.ts';

describe('applyTypography', () => {
  it('turns straight quotes and apostrophes into the language’s own', () => {
    expect(applyTypography('Je gaat uit van het "niet weten", met collega\'s.', 'nl')).toBe('Je gaat uit van het „niet weten”, met collega’s.');
    expect(applyTypography('the "not knowing" of a team\'s work', 'en')).toBe('the ‘not knowing’ of a team’s work');
    expect(applyTypography('das "Nicht-Wissen"', 'de')).toBe('das „Nicht-Wissen“');
  });

  it('puts a narrow no-break space before French ; : ! ? and inside guillemets', () => {
    expect(applyTypography('Pourquoi ? Question : "ne pas savoir" ; voilà!', 'fr'))
      .toBe('Pourquoi\u202f? Question\u202f: «\u202fne pas savoir\u202f»\u202f; voilà\u202f!');
    expect(applyTypography('« déjà » et l\'aide', 'fr')).toBe('«\u202fdéjà\u202f» et l’aide');
  });

  it('leaves times, addresses and texts without such marks as they are', () => {
    expect(applyTypography('à 10:30, voir han.nl/swan', 'fr')).toBe('à 10:30, voir han.nl/swan');
    expect(applyTypography('Wat wil je bereiken?', 'nl')).toBe('Wat wil je bereiken?');
  });
});

describe('applyTypography: apostrophes and quote styles', () => {
  it('makes an apostrophe after a number typographic in every language (Turkish %85’i, 2022’de)', () => {
    expect(applyTypography("Katılımcıların %85'i 2022'de geldi.", 'tr')).toBe('Katılımcıların %85’i 2022’de geldi.');
    expect(applyTypography("in de jaren 2020's", 'nl')).toBe('in de jaren 2020’s');
    expect(applyTypography("Les années 2020'", 'fr')).toBe("Les années 2020'");
  });

  it('sets English in single quotes, straight or double as typed', () => {
    expect(applyTypography('from "not knowing" on', 'en')).toBe('from ‘not knowing’ on');
    expect(applyTypography("from 'not knowing' and the residents' own view", 'en')).toBe('from ‘not knowing’ and the residents’ own view');
  });
});
