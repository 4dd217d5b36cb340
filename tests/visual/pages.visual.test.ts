import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../helpers/pdf.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';

/**
 * A few pages as pictures, against small committed references: what assertions on positions cannot
 * see (a colour gone wrong, a mark drawn askew). Drawn in-process by the preview renderer (pdf.js on a
 * Skia canvas, CMYK through the press profile), so they need no system tool. UPDATE_REFERENCES=1
 * writes new references: look at them before committing.
 */
const REFERENCES = path.join(REPO, 'tests/visual/reference');
const out = tempDir('kaartwerk-visual-');
const pages = [
  { name: 'gouden-regels-nl-front', file: 'default/nl/gouden-regels.cards.pdf', page: 3, dpi: 40 },
  { name: 'gouden-regels-nl-back', file: 'default/nl/gouden-regels.cards.pdf', page: 4, dpi: 40 },
  { name: 'swan-de-sheet', file: 'default/de/swan.sheets-a4.pdf', page: 1, dpi: 15 },
  { name: 'dichterbij-fr-poster', file: 'default/fr/poster-dichterbij.a2.pdf', page: 1, dpi: 6 },
];

beforeAll(async () => {
  const result = await run(REPO, 'build', '--only', 'gouden-regels,swan,poster-dichterbij', '--out', out);
  expect(result.code).toBe(0);
}, 120_000);

describe('pages as pictures', () => {
  for (const { name, file, page, dpi } of pages) {
    it(`${name} looks as it did (under 1 % of pixels differ)`, async () => {
      const prefix = path.join(out, name);
      const drawn = await renderPage(path.join(out, file), page, dpi);
      fs.writeFileSync(`${prefix}.png`, await drawn.png());
      const actual = { width: drawn.width, height: drawn.height, data: drawn.data };
      const reference = path.join(REFERENCES, `${name}.png`);
      if (process.env.UPDATE_REFERENCES || !fs.existsSync(reference)) {
        fs.copyFileSync(`${prefix}.png`, reference);
        if (!process.env.UPDATE_REFERENCES) throw new Error(`no reference for ${name}: written to ${reference}; look at it and commit it`);
      }
      const expected = PNG.sync.read(fs.readFileSync(reference));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
      expect(differing / (actual.width * actual.height)).toBeLessThan(0.01);
    });
  }
});
