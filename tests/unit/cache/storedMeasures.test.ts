import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DiskCache } from '../../../src/cache/diskCache.ts';
import { withStoredMeasures } from '../../../src/cache/storedMeasures.ts';
import { measureText } from '../../../src/layout/measureText.ts';
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
