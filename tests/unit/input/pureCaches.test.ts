import { describe, expect, it } from 'vitest';
import { cmykToLab } from '../../../src/colour/cmykToLab.ts';
import { cmykToSrgb } from '../../../src/colour/cmykToSrgb.ts';
import { PRESS_PROFILE, PROFILE_KEY } from '../../../src/colour/pressProfile.ts';
import { hexToCmyk } from '../../../src/colour/toCmyk.ts';
import { accentColour } from '../../../src/layout/accentColour.ts';
import { fillTemplate } from '../../../src/resolve/fillTemplate.ts';
import { containsWord } from '../../../src/validate/checkGlossary.ts';

// caches of pure functions: keyed by their arguments (and the press profile, fixed while kaartwerk runs);
// a changed argument is a changed input and gets its own value, the same one the same value
const at = () => ({ file: 'layouts/cards/standard.yaml', line: 1, col: 1 });

describe('caches of pure functions', () => {
  it('fill an edited template with its new words (parsed templates, by the template text)', () => {
    const context = { deck: { title: 'SWAN' }, card: { number: 4 } };
    expect(fillTemplate('{{deck.title}} · {{card.number}}', context, at).value).toBe('SWAN · 4');
    expect(fillTemplate('{{deck.title}} – kaart {{card.number}}', context, at).value).toBe('SWAN – kaart 4');
    expect(fillTemplate('{{deck.title}} · {{card.number}}', { ...context, card: { number: 5 } }, at).value).toBe('SWAN · 5');
  });

  it('match an edited glossary term (patterns, by language and form)', () => {
    expect(containsWord('De wijkanalyse is klaar', 'wijk*', 'nl')).toBe(true);
    expect(containsWord('De wijkanalyse is klaar', 'wijk', 'nl')).toBe(false);
    expect(containsWord('De wijkanalyse is klaar', 'wijkanalyse', 'nl')).toBe(true);
  });

  it('convert a changed colour through the press profile (by profile hash and colour)', () => {
    expect(PROFILE_KEY).toBe(PRESS_PROFILE.hash.slice(0, 16));
    expect(PRESS_PROFILE.hash).toMatch(/^[0-9a-f]{64}$/);
    const blue = cmykToSrgb([100, 0, 0, 0]);
    expect(cmykToSrgb([100, 0, 0, 0])).toBe(blue);
    expect(cmykToSrgb([0, 100, 0, 0])).not.toEqual(blue);
    expect(cmykToLab([0, 0, 0, 0]).l).toBeCloseTo(100, 1);
    expect(cmykToLab([0, 0, 0, 100]).l).toBeLessThan(30);
    expect(hexToCmyk('#808080')).toEqual([0, 0, 0, expect.any(Number)]);
    expect(hexToCmyk('#000000')).toEqual([0, 0, 0, 100]);
    expect(hexToCmyk('#ffffff')).toEqual([0, 0, 0, 0]);
  });

  it('deepen a changed category colour (accent colours, by profile hash and colour)', () => {
    expect(accentColour([0, 0, 0, 100])).toEqual([0, 0, 0, 100]);
    const yellow = accentColour([0, 0, 100, 0]);
    expect(yellow[3]).toBeGreaterThan(0);
    expect(accentColour([0, 0, 100, 0])).toBe(yellow);
    expect(accentColour([100, 60, 0, 0])).toEqual([100, 60, 0, 0]);
  });
});
