import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DiskCache, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { withStoredConversions, withStoredMeasures } from '../../../src/cache/storedMeasures.ts';
import { colourEngine } from '../../../src/colour/colourEngine.ts';
import { cmykToLab } from '../../../src/colour/cmykToLab.ts';
import { cmykToSrgb } from '../../../src/colour/cmykToSrgb.ts';
import { addKnownConversions, knownConversions } from '../../../src/colour/pressProfile.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { measureText } from '../../../src/layout/measureText.ts';
import type { Cmyk } from '../../../src/model/Colour.ts';
import type { FontFace, FontSet } from '../../../src/model/Project.ts';
import { parseFont } from '../../../src/validate/validateFonts.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const bytes = new Uint8Array(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf')));
const face: FontFace = parseFont('regular', 'NotoSans-Regular.ttf', bytes, { file: 'layouts/theme.yaml', line: 1, col: 1 }, [], [])!;
const fonts = { regular: face } as unknown as FontSet;

describe('measures kept between runs', () => {
  it('are not copied at all without a cache folder (KAARTWERK_CACHE=0)', () => {
    const cache = new DiskCache(undefined);
    const set = vi.spyOn(cache, 'set');
    const get = vi.spyOn(cache, 'get');
    withStoredMeasures(cache, fonts, 'nl', () => measureText(face.font, 'zonder map 1', 10));
    expect(set).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });

  it('are written as they are when the cache writes, with what was measured after the layout that grew them', () => {
    const dir = tempDir('kaartwerk-measures-');
    const cache = new DiskCache(dir);
    withStoredMeasures(cache, fonts, 'nl', () => measureText(face.font, 'eerst gemeten 7', 10));
    measureText(face.font, 'daarna gemeten 7', 10);
    cache.flush();
    const written = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const widths = written.find((text) => text.includes('eerst gemeten 7'));
    expect(widths).toContain('"daarna gemeten 7"');
  });
});

describe('colour conversions kept between runs', () => {
  /** As a fresh process: no conversion, transform or colour result in memory, only the cache folder. */
  const freshProcess = () => {
    resetDiskCaches();
    for (const cache of caches()) if (/colour|cmyk|rgb|stored measures/.test(cache.name)) cache.clear();
  };

  it('give a later run the same colours without creating a transform in the engine', () => {
    const dir = tempDir('kaartwerk-conversions-');
    const colours: Cmyk[] = [[12, 34, 56, 7], [100, 0, 0, 0]];
    freshProcess();
    const create = vi.spyOn(colourEngine(), 'cmsCreateTransform');
    const first = new DiskCache(dir);
    const before = withStoredConversions(first, () => colours.map((c) => [cmykToSrgb(c), cmykToLab(c)]));
    first.flush();
    expect(create).toHaveBeenCalledTimes(2);
    freshProcess();
    create.mockClear();
    const again = withStoredConversions(new DiskCache(dir), () => colours.map((c) => [cmykToSrgb(c), cmykToLab(c)]));
    expect(again).toEqual(before);
    expect(create).not.toHaveBeenCalled();
    // a colour the earlier run did not convert is converted by the engine
    withStoredConversions(new DiskCache(dir), () => cmykToLab([1, 2, 3, 4]));
    expect(create).toHaveBeenCalledTimes(1);
    create.mockRestore();
  });

  it('leave out what a damaged entry holds', () => {
    freshProcess();
    addKnownConversions([['cmykToSrgb:1,2,3,4', [0.5, 0.5]], ['cmykToLab:1,2,3,4', [50, 'a', 0]], ['nonsense:1', [1, 2, 3]], ['cmykToLab:5,6,7,8', [60, 1, 2]]]);
    expect([...knownConversions().keys()]).toEqual(['cmykToLab:5,6,7,8']);
  });
});
