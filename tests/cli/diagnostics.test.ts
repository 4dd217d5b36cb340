import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureProject, run } from '../helpers/project.ts';

const cases = fs.readdirSync(FIXTURES).filter((n) => fs.existsSync(path.join(FIXTURES, n, 'expected.txt')));

describe('every broken input gets its one-line diagnostic', () => {
  it('has a case for each kind of mistake', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'yaml-syntax', 'bad-indentation', 'duplicate-key', 'unknown-key', 'wrong-type', 'missing-field',
      'unknown-card-id', 'unknown-layout', 'unknown-format', 'unknown-template-variable', 'missing-glyph',
      'text-too-long', 'alias-bomb', 'empty-file', 'binary-file', 'many-errors',
      // issue 11: a palette colour-blind readers cannot tell apart, and a back no text reads on
      'palette-too-close',
      // issue 14: inputs from a security and reliability review, each with its exact diagnostic
      'proto-key', 'category-constructor', 'card-id-constructor', 'format-constructor', 'paper-renamed',
      'template-this', 'template-constructor', 'template-lookup', 'template-helper-missing', 'template-block',
      'logo-empty', 'logo-folder', 'logo-svg-entity', 'logo-svg-deep', 'logo-svg-many-elements', 'logo-svg-too-large',
      'logo-svg-viewbox', 'logo-png-huge', 'logo-jpeg-huge', 'own-font-truncated', 'own-font-damaged',
      'poster-heading-glyph', 'deck-attribution-glyph', 'unknown-poster-heading', 'poster-heading-template',
      'category-label-overflow', 'long-word',
      // issue 13: an unknown language code, and a right-to-left language refused with one message
      'language-unknown', 'language-rtl',
    ]));
  });

  for (const name of cases) {
    it(`${name}: check prints exactly expected.txt and exits 1`, async () => {
      const expected = fs.readFileSync(path.join(FIXTURES, name, 'expected.txt'), 'utf8');
      const started = performance.now();
      const result = await run(fixtureProject(name), 'check');
      expect(result.stderr).toBe(expected);
      expect(result.code).toBe(1);
      expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      // every problem has its place, and quotes no more than a short piece of the offending text
      for (const line of result.stderr.trim().split('\n').slice(0, -1)) {
        expect(line).toMatch(/^[^\s:][^:]*:\d+:\d+ {2}/);
        expect(line.length).toBeLessThan(600);
      }
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }

  it('a failed build writes nothing', async () => {
    const dir = fixtureProject('text-too-long');
    const result = await run(dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(fs.existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('the alias bomb fails fast', async () => {
    const started = performance.now();
    await run(fixtureProject('alias-bomb'), 'check');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('valid YAML in unusual encodings builds', () => {
  it('BOM, CRLF line endings and decomposed accents', async () => {
    const dir = fixtureProject('valid-bom-crlf-decomposed');
    const result = await run(dir, 'build');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = path.join(dir, 'output/default/nl/proef.cards.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
  });
});
