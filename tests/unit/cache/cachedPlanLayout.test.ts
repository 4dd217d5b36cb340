import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedLayoutSheetNote } from '../../../src/cache/cachedPlanLayout.ts';
import { flushDiskCaches, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { layoutSheetNote } from '../../../src/layout/layoutSheetNote.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const before = process.env.KAARTWERK_CACHE_DIR;
let cacheDir: string;
let fonts: FontSet;
beforeAll(() => {
  cacheDir = tempDir('kaartwerk-cache-');
  process.env.KAARTWERK_CACHE_DIR = cacheDir;
  resetDiskCaches();
  const checked = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl'] });
  fonts = checked.project!.fonts;
});
afterAll(() => {
  if (before === undefined) delete process.env.KAARTWERK_CACHE_DIR;
  else process.env.KAARTWERK_CACHE_DIR = before;
  resetDiskCaches();
});

const fresh = <T>(run: () => T): T => {
  resetDiskCaches();
  const result = run();
  flushDiskCaches();
  return result;
};
const black = [0, 0, 0, 100] as const;

describe('the sheet note through the disk cache', { timeout: 60_000 }, () => {
  it('is read by the next run, and laid out anew for other arguments', () => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const first = fresh(() => cachedLayoutSheetNote('en', fonts, [...black], 60, 3));
    expect(first).toEqual(layoutSheetNote('en', fonts, [...black], 60, 3));
    const files = fs.readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    // an entry changed on disk shows in the next run: it was read, not laid out
    const file = path.join(cacheDir, files[0]!);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(first.note.lines[0]!.text, 'FROM THE CACHE'));
    expect(fresh(() => cachedLayoutSheetNote('en', fonts, [...black], 60, 3)).note.lines[0]!.text).toBe('FROM THE CACHE');
    // another width, language or colour is another entry
    expect(fresh(() => cachedLayoutSheetNote('en', fonts, [...black], 40, 3))).toEqual(layoutSheetNote('en', fonts, [...black], 40, 3));
    expect(fresh(() => cachedLayoutSheetNote('de', fonts, [...black], 60, 3))).toEqual(layoutSheetNote('de', fonts, [...black], 60, 3));
    expect(fresh(() => cachedLayoutSheetNote('en', fonts, [0, 0, 0, 90], 60, 3)).note.colour).toEqual([0, 0, 0, 90]);
  });
});
