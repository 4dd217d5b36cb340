import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheDirFor } from '../../../src/cache/diskCache.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import type { HashedFile } from '../../../src/output/hashFiles.ts';
import { hashFiles } from '../../../src/output/hashFiles.ts';
import { buildProject, checkProject, imposeProject } from '../../../src/pipeline.ts';
import { MIN_FILES_FOR_WORKER, renderFiles } from '../../../src/render/renderFiles.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { prestartRenderPool, RenderPool } from '../../../src/render/renderPool.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const options = { root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, force: true, documentDate: '2026-01-01T00:00:00Z' };
const fonts = () => checkProject({ ...options, only: ['gouden-regels'], langs: ['nl'] }).project!.fonts;

/** A file whose one text is set in a font role nobody registered: pdfkit fails on it. */
const broken = (name: string): HashedFile => ({
  path: `nl/${name}.pdf`, kind: 'cards', deck: name, lang: 'nl', contentHash: name,
  document: { title: name, lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 100, heightPt: 100, placements: [], items: [{ kind: 'text', x: 1, y: 50, text: 'x', font: 'missing' as 'regular', sizePt: 10, widthPt: 10, colour: [0, 0, 0, 100] }] }] } as PageDocument,
});

/** Every PDF of a build folder, by its path inside it. */
function pdfs(dir: string): Map<string, Buffer> {
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.pdf')).sort();
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('render on two threads', () => {
  it('builds the default edition with the same bytes as on the main thread alone', { timeout: 180_000 }, async () => {
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '1');
    const alone = tempDir();
    await buildProject({ ...options, outDir: alone });
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '2');
    const useFonts = vi.spyOn(RenderPool.prototype, 'useFonts');
    const shared = tempDir();
    const result = await buildProject({ ...options, outDir: shared });
    // the worker started before the check was given the fonts, and the project's cache to draw with
    expect(useFonts).toHaveBeenCalledTimes(1);
    expect(useFonts.mock.calls[0]![1]).toBe(cacheDirFor(REPO));
    const one = pdfs(alone);
    const two = pdfs(shared);
    expect(one.size).toBe(60);
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [file, bytes] of one) expect(Buffer.compare(two.get(file)!, bytes), file).toBe(0);
    // the files come back in the order of the plan, whichever thread drew them
    expect(result.files.map((f) => f.path)).toEqual(result.plan!.files.map((f) => f.path));
  });

  it('draws files in the worker byte for byte as renderPdf does on the main thread', { timeout: 60_000 }, async () => {
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '2');
    const checked = checkProject({ ...options, only: ['gouden-regels', 'poster-gouden-regels'] });
    const fonts = checked.project!.fonts;
    const files = hashFiles(imposeProject(checked), fonts);
    expect(files).toHaveLength(20);
    const pool = new RenderPool();
    pool.useFonts(fonts, undefined);
    await pool.ready;
    const draws = vi.spyOn(pool, 'draw');
    const heard: string[] = [];
    const rendered = await renderFiles(files, fonts, new Set(), (file) => heard.push(file), pool);
    // the main thread takes the largest file; the worker, ready, takes the next two at once
    expect(draws.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect([...heard].sort()).toEqual(files.map((f) => f.path).sort());
    expect(rendered.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, file] of files.entries()) {
      const alone = await renderPdf(file.document, fonts, { contentId: file.contentHash });
      expect(Buffer.compare(Buffer.from(rendered[i]!.bytes), alone), file.path).toBe(0);
    }
  });

  it('rejects with the name of the file that failed in the worker', async () => {
    const pool = new RenderPool();
    try {
      pool.useFonts(fonts(), undefined);
      await pool.ready;
      await expect(pool.draw('nl/kapot.pdf', broken('kapot').document, 'x')).rejects.toThrow(/^could not draw nl\/kapot\.pdf \(render worker\): .*missing/);
    } finally {
      pool.close();
    }
  });

  it('rejects with the name of the file a worker was drawing when it exited', async () => {
    const pool = new RenderPool(new URL('./exitingWorker.mjs', import.meta.url));
    try {
      pool.useFonts(fonts(), undefined);
      await pool.ready;
      await expect(pool.draw('nl/poster.pdf', broken('poster').document, 'x')).rejects.toThrow('the render worker stopped while drawing nl/poster.pdf: it exited with code 3');
    } finally {
      pool.close();
    }
  });

  it('fails the build, naming the file, when a file fails in either thread', async () => {
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '2');
    const files = Array.from({ length: MIN_FILES_FOR_WORKER }, (_, i) => broken(`kapot-${i}`));
    await expect(renderFiles(files, fonts(), new Set())).rejects.toThrow(/^could not draw nl\/kapot-\d+\.pdf( \(render worker\))?: /);
  });

  it('draws a small build on the main thread, without starting a worker', async () => {
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '2');
    const draws = vi.spyOn(RenderPool.prototype, 'draw');
    const useFonts = vi.spyOn(RenderPool.prototype, 'useFonts');
    // a save in watch: one deck in one language (cards, sheets, poster and its tiles)
    const result = await buildProject({ ...options, only: ['gouden-regels', 'poster-gouden-regels'], langs: ['nl'], outDir: tempDir() });
    expect(result.files).toHaveLength(5);
    expect(prestartRenderPool({ only: ['gouden-regels'] })).toBeUndefined();
    expect(useFonts).not.toHaveBeenCalled();
    expect(draws).not.toHaveBeenCalled();
  });

  it('starts no worker before the check with KAARTWERK_RENDER_THREADS=1', () => {
    vi.stubEnv('KAARTWERK_RENDER_THREADS', '1');
    expect(prestartRenderPool({})).toBeUndefined();
  });
});
