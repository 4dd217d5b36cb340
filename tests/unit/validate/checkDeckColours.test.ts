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

  // The palettes are judged through the press profile; what they get wrong is a warning (the build
  // goes on), never an error.
  for (const deck of fs.readdirSync(path.join(REPO, 'cards'))) {
    it(`${deck}: the colour check of its palette warns and never stops the build`, () => {
      const file = path.join(REPO, 'cards', deck, 'deck.yaml');
      for (const d of checkDeckColours(deckFrom(file, fs.readFileSync(file, 'utf8')), K)) expect(d.severity).toBe('warning');
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

  it('warns, at the colour in the YAML, about categories a colour-blind reader cannot tell apart, a shared mark and low contrast', () => {
    const deck = deckFrom('/p/deck.yaml', [
      'layout: standard', 'format: poker', 'colour: [0, 0, 0, 90]', 'categories:',
      '  rood:  { colour: [0, 40, 45, 0], mark: circle }',
      '  groen: { colour: [20, 0, 50, 20], mark: circle }',
      'cards:', '  - { id: a, category: rood }', ''].join('\n'));
    const messages = checkDeckColours(deck, K).map((d) => `${d.source?.line}:${d.source?.col} ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^3:9 text on the back has a contrast of 1\.\d : 1, below 4\.5 : 1$/),
      "6:43 categories 'rood' and 'groen' share the mark 'circle'",
      expect.stringMatching(/^6:20 categories 'rood' and 'groen' are hard to tell apart in deuteranopia \(ΔE \d\.\d, needs 10\)$/),
      expect.stringMatching(/^6:20 categories 'rood' and 'groen' are hard to tell apart in protanopia \(ΔE \d\.\d, needs 10\)$/),
      expect.stringMatching(/^6:20 categories 'rood' and 'groen' are hard to tell apart in greyscale \(ΔE \d\.\d, needs 4\.5\)$/),
    ]);
  });
});
