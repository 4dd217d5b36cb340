import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it, vi } from 'vitest';
import { DiskCache, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { registerFont } from '../../../src/input/fontKey.ts';
import { hashBytes } from '../../../src/input/hashBytes.ts';
import { imposePrintPage } from '../../../src/impose/imposePrintPage.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const { laid, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl'] });
const documents: PageDocument[] = [0, 3].map((n) => ({ title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: laid[0]!.fronts.slice(n, n + 3).map((f) => imposePrintPage(f)) }));

/** What a new process starts with: no shaped words or cache entries in memory, each font parsed anew from `bytes` (by role). */
function freshProcess(bytes: Partial<Record<string, Uint8Array>> = {}): FontSet {
  resetDiskCaches();
  for (const cache of caches()) if (cache.name === 'shaped runs') cache.clear();
  return Object.fromEntries(Object.values(project!.fonts).map((face) => {
    const file = bytes[face.role] ?? face.bytes;
    const font = fontkit.create(Buffer.from(file)) as Font;
    registerFont(font, hashBytes(file));
    return [face.role, { ...face, bytes: file, font }];
  })) as FontSet;
}

/** Every document drawn, then the cache written as at the end of a command; with how often fontkit shaped and made a subset. */
async function drawAll(fonts: FontSet, cache: DiskCache | null, drawn = documents) {
  const layout = Object.values(fonts).map((face) => vi.spyOn(face.font, 'layout'));
  const subset = vi.spyOn(Object.getPrototypeOf(fonts.regular.font.createSubset()) as { encode(): Uint8Array }, 'encode');
  const pdfs: Buffer[] = [];
  for (const document of drawn) pdfs.push(await renderPdf(document, fonts, { contentId: 'c', cache }));
  cache?.flush();
  const counts = { shaped: layout.reduce((n, spy) => n + spy.mock.calls.length, 0), fontsShaped: layout.filter((spy) => spy.mock.calls.length).length, subsets: subset.mock.calls.length };
  vi.restoreAllMocks();
  return { pdfs, ...counts };
}

const entries = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
const holding = (dir: string, field: string, value?: string) => entries(dir).filter((file) => fs.readFileSync(file, 'utf8').includes(`{"${field}":${value === undefined ? '' : JSON.stringify(value)}`)).length;

describe('renderPdf with shaped words and font subsets kept on disk', () => {
  it('draws the same bytes from a warm cache as from a cold one, without shaping or subsetting again', async () => {
    const dir = tempDir('kaartwerk-render-cache-');
    const uncached = await drawAll(freshProcess(), null);
    const cold = await drawAll(freshProcess(), new DiskCache(dir));
    expect(cold.shaped).toBeGreaterThan(100);
    expect(cold.subsets).toBeGreaterThanOrEqual(2 * documents.length);
    // a subset drawn twice (the same glyphs of a face in both documents) is made once
    expect(cold.subsets).toBeLessThanOrEqual(uncached.subsets);
    // one entry of words per font, one subset per font and document, and the large streams compressed
    expect(holding(dir, 'format')).toBe(cold.fontsShaped);
    expect(holding(dir, 'what', 'font subset')).toBe(cold.subsets);
    expect(entries(dir)).toHaveLength(cold.fontsShaped + cold.subsets + holding(dir, 'what', 'deflated stream'));
    const warm = await drawAll(freshProcess(), new DiskCache(dir));
    expect(warm.shaped).toBe(0);
    expect(warm.subsets).toBe(0);
    for (const [i, pdf] of warm.pdfs.entries()) {
      expect(Buffer.compare(pdf, cold.pdfs[i]!)).toBe(0);
      expect(Buffer.compare(pdf, uncached.pdfs[i]!)).toBe(0);
    }
  });

  it('keeps every stored word when a run draws a few of them and shapes a new one: the stored ones copied as they were read', async () => {
    const dir = tempDir('kaartwerk-render-cache-');
    await drawAll(freshProcess(), new DiskCache(dir));
    const wordsOf = () => new Map(entries(dir).flatMap((file) => {
      const value = JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[1]!) as { format?: number; words: string[]; numbers: number[] };
      return value.format ? [[file, value] as const] : [];
    }));
    const before = wordsOf();
    // a run that draws one line: two words the cache holds, one it does not
    const line: PageDocument = { title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 300, heightPt: 100, placements: [], items: [
      { kind: 'text', x: 10, y: 50, text: 'Kaartwerkwoord de', font: 'regular', sizePt: 12, widthPt: 200, colour: [0, 0, 0, 100] },
    ] }] };
    const one = await drawAll(freshProcess(), new DiskCache(dir), [line]);
    expect(one.shaped).toBe(1);
    const after = wordsOf();
    const grown = [...after].filter(([file, value]) => value.words.length !== before.get(file)?.words.length);
    expect(grown).toHaveLength(1);
    const [file, value] = grown[0]!;
    const old = before.get(file)!;
    expect(value.words).toEqual([...old.words, 'Kaartwerkwoord ']);
    expect(value.numbers.slice(0, old.numbers.length)).toEqual(old.numbers);
    // the words that run never drew are still there: both documents drawn again shape nothing
    expect((await drawAll(freshProcess(), new DiskCache(dir))).shaped).toBe(0);
  });

  it('shapes and subsets anew for a font file replaced under the same name', async () => {
    // NotoSans Bold gives these characters the same glyph ids as Regular, with other outlines and widths
    const line: PageDocument = { title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 300, heightPt: 100, placements: [], items: [
      { kind: 'text', x: 10, y: 50, text: 'Wat nu, een regel.', font: 'regular', sizePt: 12, widthPt: 200, colour: [0, 0, 0, 100] },
    ] }] };
    const dir = tempDir('kaartwerk-render-cache-');
    await drawAll(freshProcess(), new DiskCache(dir), [line]);
    // the regular face's file now holds the bold font's bytes
    const replaced = { regular: project!.fonts.bold.bytes };
    const uncached = await drawAll(freshProcess(replaced), null, [line]);
    const cached = await drawAll(freshProcess(replaced), new DiskCache(dir), [line]);
    expect([cached.shaped, cached.subsets]).toEqual([uncached.shaped, 1]);
    expect(Buffer.compare(cached.pdfs[0]!, uncached.pdfs[0]!)).toBe(0);
  });

  it('ignores entries that are damaged, cut off or not JSON, and writes them again', async () => {
    const dir = tempDir('kaartwerk-render-cache-');
    const cold = await drawAll(freshProcess(), new DiskCache(dir));
    const files = entries(dir);
    for (const [i, file] of files.entries()) {
      const [header, json] = fs.readFileSync(file, 'utf8').split('\n');
      const value = JSON.parse(json!) as { numbers?: number[]; base64?: string };
      if (i % 3 === 2) fs.writeFileSync(file, `${header}\n{"numb`);
      else if (value.numbers) fs.writeFileSync(file, `${header}\n${JSON.stringify({ ...value, numbers: value.numbers.slice(0, value.numbers.length / 2) })}`);
      // one character of the font program changed: valid base64, other bytes
      else fs.writeFileSync(file, `${header}\n${JSON.stringify({ ...value, base64: `${value.base64![0] === 'A' ? 'B' : 'A'}${value.base64!.slice(1)}` })}`);
    }
    const damaged = await drawAll(freshProcess(), new DiskCache(dir));
    expect(damaged.subsets).toBe(cold.subsets);
    for (const [i, pdf] of damaged.pdfs.entries()) expect(Buffer.compare(pdf, cold.pdfs[i]!)).toBe(0);
    const rewritten = await drawAll(freshProcess(), new DiskCache(dir));
    expect([rewritten.shaped, rewritten.subsets]).toEqual([0, 0]);
  });
});

describe('renderPdf in a render worker', () => {
  it('writes what the document added to the cache when it is drawn (flushCache), not at the end of a command', async () => {
    const fonts = freshProcess();
    for (const flushCache of [false, true]) {
      const cache = new DiskCache(tempDir('kaartwerk-render-flush-'));
      const flush = vi.spyOn(cache, 'flush');
      await renderPdf(documents[0]!, fonts, { contentId: 'c', cache, flushCache });
      expect(flush).toHaveBeenCalledTimes(flushCache ? 1 : 0);
    }
  });
});
