import { describe, expect, it } from 'vitest';
import { caches } from '../../../src/input/BoundedCache.ts';
import { fillTemplate } from '../../../src/resolve/fillTemplate.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { REPO } from '../../helpers/project.ts';

// every module-level cache of kaartwerk is a BoundedCache: after a check of the whole default edition,
// and a flood of texts as a long watch session brings, each holds no more than its bound
describe('the bounds of the caches', () => {
  it('hold for every cache after a check of the default edition and a flood of new texts', { timeout: 60_000 }, () => {
    const result = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl', 'de'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(renderPdf).toBeTypeOf('function'); // loads render's caches too
    const templates = caches().find((c) => c.name === 'parsed templates')!;
    const at = () => ({ file: 'x.yaml', line: 1, col: 1 });
    for (let i = 0; i < templates.maxEntries + 500; i++) fillTemplate(`{{deck.title}} ${i}`, { deck: { title: 'SWAN' } }, at);
    expect(templates.size).toBe(templates.maxEntries);
    const names = caches().map((c) => c.name).sort();
    expect(names).toEqual(['accent colours', 'advance widths', 'card backs', 'card fronts', 'cmyk to lab', 'cmyk to srgb', 'colour conversions', 'colour transforms',
      'disk cache entries', 'glossary patterns', 'hyphenation lists', 'hyphenators', 'line pieces', 'parsed YAML files', 'parsed fonts', 'parsed templates',
      'rgb to cmyk', 'shaped runs', 'small deflated streams', 'stored measures', 'syllables']);
    for (const cache of caches()) {
      expect(cache.size, cache.name).toBeLessThanOrEqual(cache.maxEntries);
      expect(cache.maxEntries, cache.name).toBeLessThanOrEqual(100_000);
    }
  });
});
