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
  it('computes contrast and colour distance from CMYK', () => {
    expect(contrastRatio(K, [0, 0, 0, 0])).toBeCloseTo(21, 0);
    expect(contrastRatio(K, [0, 0, 0, 100])).toBeCloseTo(1, 5);
    // a light red and a light green: far apart for most eyes, close for a deuteranope
    const red: Cmyk = [0, 40, 45, 0];
    const green: Cmyk = [20, 0, 50, 20];
    expect(colourDistance(red, green, 'normal vision')).toBeGreaterThan(40);
    expect(colourDistance(red, green, 'deuteranopia')).toBeLessThan(10);
  });

  for (const deck of fs.readdirSync(path.join(REPO, 'cards'))) {
    it(`${deck}: categories stay apart in colour, for colour-blind readers and in grey; text reads on every band`, () => {
      const file = path.join(REPO, 'cards', deck, 'deck.yaml');
      expect(checkDeckColours(deckFrom(file, fs.readFileSync(file, 'utf8')), K)).toEqual([]);
    });
  }

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
      expect.stringMatching(/^6:20 categories 'rood' and 'groen' are hard to tell apart in greyscale \(ΔE \d\.\d, needs 4\.5\)$/),
    ]);
  });
});
