import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFontDamage } from '../../../src/cache/cachedValidation.ts';
import { flushDiskCaches, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import type { BuildOptions } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { copyOfRepoProject, tempDir } from '../../helpers/project.ts';

const before = process.env.KAARTWERK_CACHE_DIR;
beforeAll(() => {
  process.env.KAARTWERK_CACHE_DIR = tempDir('kaartwerk-cache-');
  resetDiskCaches();
});
afterAll(() => {
  if (before === undefined) delete process.env.KAARTWERK_CACHE_DIR;
  else process.env.KAARTWERK_CACHE_DIR = before;
  resetDiskCaches();
});

/** As a fresh process: nothing in memory, the disk as the last run left it (and this run's entries written after). */
function fresh<T>(run: () => T): T {
  resetDiskCaches();
  const result = run();
  flushDiskCaches();
  return result;
}

describe('font checks through the disk cache', () => {
  it('probes a font file once; the next run reads the answer, other bytes are probed again', () => {
    const probes: string[] = [];
    const probe = (answer: string | undefined) => () => {
      probes.push(answer ?? 'ok');
      return answer;
    };
    const font = Buffer.from('font bytes, version 1');
    expect(fresh(() => cachedFontDamage(font, false, probe('its glyf table is damaged')))).toBe('its glyf table is damaged');
    expect(fresh(() => cachedFontDamage(Buffer.from(font), false, probe('not asked')))).toBe('its glyf table is damaged');
    expect(fresh(() => cachedFontDamage(Buffer.from('font bytes, version 2'), false, probe(undefined)))).toBeUndefined();
    expect(fresh(() => cachedFontDamage(Buffer.from('font bytes, version 2'), false, probe('not asked')))).toBeUndefined();
    // checked glyph by glyph is another check of the same bytes
    expect(fresh(() => cachedFontDamage(font, true, probe(undefined)))).toBeUndefined();
    expect(probes).toEqual(['its glyf table is damaged', 'ok', 'ok']);
  });
});

describe('the glossary check through the disk cache', { timeout: 60_000 }, () => {
  it('sees a translation edited on disk between two runs: the warning appears at its line', () => {
    const root = copyOfRepoProject();
    const options: BuildOptions = { root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl', 'en'] };
    const en = path.join(root, 'cards/gouden-regels/en.yaml');
    const glossaryWarnings = () => fresh(() => checkProject(options)).diagnostics.filter((d) => d.message.includes('glossary term'));
    expect(glossaryWarnings()).toEqual([]);
    expect(glossaryWarnings()).toEqual([]);
    const text = fs.readFileSync(en, 'utf8');
    fs.writeFileSync(en, text.replace('working with residents.', 'working with locals.'));
    const line = text.split('\n').findIndex((l) => l.includes('working with residents.')) + 1;
    const warnings = glossaryWarnings();
    expect(warnings.map((w) => [w.source?.file, w.source?.line, w.message])).toEqual([
      [en, line, "card 'regel-01' (text): the Dutch has 'bewoners' (glossary term bewoner); the en text has none of its forms: resident / residents"],
    ]);
  });
});
