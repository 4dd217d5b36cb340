import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/project.ts';

// In a process of its own: the failure this guards against is a segmentation fault, which would take
// the test runner's worker down with it.
const SCRIPT = `
import { rasterisePdf } from ${JSON.stringify(path.join(REPO, 'src/output/rasterisePdf.ts'))};
const page = (n) => '0 0 0 1 k 0 0 ' + (400 + n) + ' 400 re f';
const objects = [];
const pdf = (count) => {
  const kids = Array.from({ length: count }, (_, i) => (3 + 2 * i) + ' 0 R').join(' ');
  let body = '%PDF-1.4\\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\\n2 0 obj <</Type/Pages/Kids[' + kids + ']/Count ' + count + '>> endobj\\n';
  for (let i = 0; i < count; i++) {
    const content = page(i);
    body += (3 + 2 * i) + ' 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 500 400]/Contents ' + (4 + 2 * i) + ' 0 R>> endobj\\n';
    body += (4 + 2 * i) + ' 0 obj <</Length ' + content.length + '>> stream\\n' + content + '\\nendstream endobj\\n';
  }
  return new TextEncoder().encode(body + 'trailer <</Root 1 0 R/Size ' + (3 + 2 * count) + '>>\\n%%EOF\\n');
};
const bytes = pdf(12);
for (let round = 0; round < 6; round++) {
  // the pages are dropped at once: only the PNGs being made are held
  const pngs = (await rasterisePdf(bytes, { dpi: 150 })).map((p) => p.png());
  for (let i = 0; i < 4; i++) { globalThis.gc(); await new Promise((r) => setImmediate(r)); }
  for (const png of await Promise.all(pngs)) if (png.subarray(1, 4).toString() !== 'PNG') throw new Error('not a PNG');
}
console.log('done');
`;

describe('rasterised pages', () => {
  it('make their PNGs when nothing holds the pages any more, with garbage collected meanwhile', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: REPO, encoding: 'utf8' });
    expect({ signal: run.signal, status: run.status, stderr: run.stderr }).toEqual({ signal: null, status: 0, stderr: '' });
    expect(run.stdout.trim()).toBe('done');
  }, 60_000);
});
