import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../../../src/pipeline.ts';
import { copyOfRepoProject } from '../../helpers/project.ts';

// an output's content hash covers everything it is made from: an input the hash missed would leave the
// old file in place ("unchanged") after a rebuild in watch
describe('output content hashes', () => {
  it('change with the fonts’ bytes and the document date, and only then', { timeout: 120_000 }, async () => {
    const root = copyOfRepoProject();
    const options = { root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], only: ['gouden-regels'] };
    const build = async (extra: { documentDate?: string } = {}) => {
      const result = await buildProject({ ...options, ...extra });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return { hashes: Object.fromEntries(result.manifest!.files.map((f) => [f.path, f.contentHash])), unchanged: result.unchanged ?? [] };
    };
    const first = await build();
    const paths = Object.keys(first.hashes);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    const again = await build();
    expect(again.hashes).toEqual(first.hashes);
    expect(again.unchanged.sort()).toEqual(paths.sort());

    const dated = await build({ documentDate: '2025-06-01T00:00:00.000Z' });
    for (const file of paths) expect(dated.hashes[file], file).not.toBe(first.hashes[file]);
    expect(dated.unchanged).toEqual([]);

    // other bytes in a font file that lay out the same (padding after its tables): only the fonts' part
    // of the hash can see it
    fs.appendFileSync(path.join(root, 'fonts/NotoSans-Italic.ttf'), new Uint8Array(16));
    const refonted = await build({ documentDate: '2025-06-01T00:00:00.000Z' });
    for (const file of paths) expect(refonted.hashes[file], file).not.toBe(dated.hashes[file]);
    expect(refonted.unchanged).toEqual([]);
  });
});
