import { describe, expect, it } from 'vitest';
import { containsWord } from '../../../src/validate/checkGlossary.ts';

describe('a glossary form in a text', () => {
  it.each([
    ['Werk samen met de buurt.', 'buurt', 'nl', true],
    ['De buurtbewoners doen mee.', 'buurt', 'nl', false],
    ['De buurtbewoners doen mee.', 'buurt*', 'nl', true],
    ['De stadsbuurt doet mee.', 'buurt*', 'nl', false],
    ['Werk in de BUURT', 'buurt', 'nl', true],
    ['buurt2 is geen buurt', 'buurt', 'nl', true],
    ['buurt2 en buurtje', 'buurt', 'nl', false],
    ['De sociale\n   basis is er.', 'sociale basis', 'nl', true],
    ['De buurt\u00adwerker', 'buurtwerker', 'nl', true],
    ['Die Straße entlang', 'strasse', 'de', true],
    ['İSTANBUL mahallesinde', 'istanbul', 'tr', true],
    ['mahallede çalışıyoruz', 'mahalle*', 'tr', true],
    ['ISTANBUL', 'istanbul', 'tr', false],
    ['café op de hoek', 'cafe\u0301', 'nl', true],
    ['𝒜buurt', 'buurt', 'nl', false],
    ['(buurt)', 'buurt', 'nl', true],
    ['', 'buurt', 'nl', false],
  ] as const)('%j holds %j (%s): %s', (text, form, lang, expected) => {
    expect(containsWord(text, form, lang)).toBe(expected);
  });
});
