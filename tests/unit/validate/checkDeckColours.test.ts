import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourDistance, contrastRatio } from '../../../src/colour/colourDistance.ts';
import { readYamlFile } from '../../../src/load/readYamlFile.ts';
import { checkDeckColours } from '../../../src/validate/checkDeckColours.ts';
import { deckSchema, type Cmyk } from '../../../src/validate/schemas.ts';
import { REPO } from '../../helpers/project.ts';

const K: Cmyk = [0, 0, 0, 100];
const deckFrom = (file: string, text: string) => {
  const yaml = readYamlFile(file, Buffer.from(text)).file!;
  return { value: deckSchema.parse(yaml.data), file: yaml };
};

describe('deck colours', () => {
  it('computes contrast and colour distance from CMYK as the press prints it', () => {
    // black ink on paper is not screen black on screen white: about 12 : 1, not 21 : 1
    const black = contrastRatio(K, [0, 0, 0, 0]);
    expect(black).toBeGreaterThan(10);
    expect(black).toBeLessThan(16);
    expect(contrastRatio(K, [0, 0, 0, 100])).toBeCloseTo(1, 5);
    // a light red and a light green: far apart for most eyes, close for a deuteranope
    const red: Cmyk = [0, 40, 45, 0];
    const green: Cmyk = [20, 0, 50, 20];
    expect(colourDistance(red, green, 'normal vision')).toBeGreaterThan(20);
    expect(colourDistance(red, green, 'deuteranopia')).toBeLessThan(5);
  });

  // Every standard deck passes as printed: categories ΔE2000 ≥ 10 apart in colour and for each kind of
  // colour blindness, black text ≥ 4.5 : 1 on every band, the back's text ≥ 4.5 : 1, one mark each.
  for (const deck of fs.readdirSync(path.join(REPO, 'cards'))) {
    it(`${deck}: its palette holds in all four views, and check reports no error or warning`, () => {
      const file = path.join(REPO, 'cards', deck, 'deck.yaml');
      const located = deckFrom(file, fs.readFileSync(file, 'utf8'));
      const categories = Object.entries(located.value.categories);
      for (const [a, ca] of categories) {
        expect(contrastRatio(K, ca.colour), `black on ${a}`).toBeGreaterThanOrEqual(4.5);
        for (const [b, cb] of categories) {
          if (a >= b) continue;
          expect(ca.mark, `${a} and ${b} share a mark`).not.toBe(cb.mark);
          for (const view of ['normal vision', 'deuteranopia', 'protanopia', 'tritanopia']) {
            expect(colourDistance(ca.colour, cb.colour, view), `${a}–${b} in ${view}`).toBeGreaterThanOrEqual(10);
          }
        }
      }
      const back = located.value.colour;
      expect(Math.max(contrastRatio(K, back), contrastRatio([0, 0, 0, 0], back)), 'text on the back').toBeGreaterThanOrEqual(4.5);
      // greyscale closeness is only a note: the marks carry black-and-white prints
      expect(checkDeckColours(located, K).filter((d) => d.severity !== 'note')).toEqual([]);
    });
  }

  it('judges the SWAN palette as printed: the pairs the naive formula let through are found', () => {
    // the SWAN categories as they were when the check moved to the press profile
    const deck = deckFrom('/p/deck.yaml', [
      'layout: standard', 'format: poker', 'colour: [45, 10, 0, 0]', 'categories:',
      '  intro:        { colour: [0, 0, 0, 15], mark: circle }',
      '  ronde:        { colour: [75, 10, 0, 0], mark: star }',
      '  kwaliteit:    { colour: [0, 60, 75, 0], mark: square }',
      '  niveau:       { colour: [0, 0, 75, 0], mark: triangle }',
      '  factor:       { colour: [0, 10, 90, 20], mark: diamond }',
      '  reflectie:    { colour: [20, 30, 10, 20], mark: ring }',
      '  samenvatting: { colour: [0, 75, 0, 0], mark: hexagon }',
      'cards:', '  - { id: a, category: intro }', ''].join('\n'));
    const messages = checkDeckColours(deck, K).map((d) => d.message);
    expect(messages).toContainEqual(expect.stringMatching(/^categories 'intro' and 'niveau' are hard to tell apart in greyscale \(ΔE 1\.\d/));
    expect(messages).toContainEqual(expect.stringMatching(/^categories 'kwaliteit' and 'samenvatting' are hard to tell apart in tritanopia/));
    expect(messages).toContainEqual(expect.stringMatching(/^categories 'reflectie' and 'samenvatting' are hard to tell apart in deuteranopia/));
    // a clear difference stays clear: yellow against blue
    expect(colourDistance([0, 0, 75, 0], [75, 10, 0, 0], 'normal vision')).toBeGreaterThan(40);
  });

  it('fails, at the colour in the YAML, categories a colour-blind reader cannot tell apart and a back no text reads on; warns about a shared mark', () => {
    const deck = deckFrom('/p/deck.yaml', [
      'layout: standard', 'format: poker', 'colour: [85, 35, 0, 0]', 'categories:',
      '  rood:  { colour: [0, 40, 45, 0], mark: circle }',
      '  groen: { colour: [20, 0, 50, 20], mark: circle }',
      'cards:', '  - { id: a, category: rood }', ''].join('\n'));
    const found = checkDeckColours(deck, K).map((d) => `${d.severity} ${d.source?.line}:${d.source?.col} ${d.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^error 3:9 text on the back has a contrast of [34]\.\d : 1, below 4\.5 : 1$/),
      "warning 6:43 categories 'rood' and 'groen' share the mark 'circle'",
      expect.stringMatching(/^error 6:20 categories 'rood' and 'groen' are hard to tell apart in deuteranopia \(ΔE \d\.\d, needs 10\)$/),
      expect.stringMatching(/^error 6:20 categories 'rood' and 'groen' are hard to tell apart in protanopia \(ΔE \d\.\d, needs 10\)$/),
      // a shared mark cannot carry a black-and-white print: greyscale is a warning here, not a note
      expect.stringMatching(/^warning 6:20 categories 'rood' and 'groen' are hard to tell apart in greyscale \(ΔE \d\.\d, needs 4\.5\)$/),
    ]);
    // an edition may lower the palette rules to warnings
    expect(checkDeckColours(deck, K, { palette: 'warning' }).map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning', 'warning']);
  });

  it('chooses the back text that reads better: white on a deep blue, black on gold, and judges that one', () => {
    const withBack = (colour: string) => deckFrom('/p/deck.yaml', ['layout: standard', 'format: poker', `colour: ${colour}`, 'categories:',
      '  a: { colour: [0, 0, 0, 15], mark: circle }', 'cards:', '  - { id: x, category: a }', ''].join('\n'));
    expect(checkDeckColours(withBack('[90, 40, 0, 10]'), K)).toEqual([]);
    expect(checkDeckColours(withBack('[0, 25, 95, 0]'), K)).toEqual([]);
    // a mid blue: neither black (3.6 : 1) nor white (3.9 : 1) reads
    expect(checkDeckColours(withBack('[85, 35, 0, 0]'), K).map((d) => d.message)).toEqual([expect.stringMatching(/^text on the back has a contrast of 3\.9 : 1/)]);
  });
});
