import fs from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { DiskCache, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { fontkit } from '../../../src/input/fontkit.ts';
import { registerFont } from '../../../src/input/fontKey.ts';
import { hashBytes } from '../../../src/input/hashBytes.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { packRuns, unpackRuns } from '../../../src/render/shapedRunCodec.ts';
import { pagesText } from '../../helpers/pdf.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const bytes = new Uint8Array(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf')));
/** A new process: nothing shaped in memory, the font parsed anew. */
function freshProcess(): FontSet {
  resetDiskCaches();
  for (const cache of caches()) if (cache.name === 'shaped runs') cache.clear();
  const font = fontkit.create(Buffer.from(bytes)) as Font;
  registerFont(font, hashBytes(bytes));
  const face = { fileName: 'NotoSans-Regular.ttf', bytes, font };
  return { regular: { role: 'regular', ...face }, bold: { role: 'bold', ...face }, italic: { role: 'italic', ...face } } as FontSet;
}
/** Each text on a line of its own (pdfkit shapes word by word: a text drawn alone is one word). */
const line = (...texts: string[]): PageDocument => ({ title: 't', lang: 'en', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 300, heightPt: 100, placements: [], items:
  texts.map((text, i) => ({ kind: 'text' as const, x: 10, y: 20 + 20 * i, text, font: 'regular' as const, sizePt: 12, widthPt: 280, colour: [0, 0, 0, 100] as [number, number, number, number] })),
}] });
async function textOf(pdf: Buffer): Promise<string> {
  const file = path.join(tempDir('kaartwerk-text-'), 'x.pdf');
  fs.writeFileSync(file, pdf);
  return (await pagesText(file)).join('\n');
}

describe('the characters behind each glyph', () => {
  it('stay right for a ligature shaped after a font subset made its glyph (words kept on disk between runs)', async () => {
    const dir = tempDir('kaartwerk-render-cache-');
    // a first run shapes '(first' (with the 'fi' ligature) and keeps it
    let fonts = freshProcess();
    let cache = new DiskCache(dir);
    await renderPdf(line('(first'), fonts, { contentId: 'a', cache });
    cache.flush();
    // the next run draws it from disk (no glyph objects made by shaping) and makes a new subset of it,
    // then shapes new words with the same glyphs
    fonts = freshProcess();
    cache = new DiskCache(dir);
    await renderPdf(line('(first', 'go'), fonts, { contentId: 'b', cache });
    const later = await renderPdf(line('((first)'), fonts, { contentId: 'c', cache });
    expect(await textOf(later)).toBe('((first)');
    cache.flush();
    // and what that run kept reads right in the run after
    fonts = freshProcess();
    expect(await textOf(await renderPdf(line('((first)'), fonts, { contentId: 'd', cache: new DiskCache(dir) }))).toBe('((first)');
  }, 30_000);

  it('are never kept on disk without their characters: such a word is shaped again', () => {
    const glyph = (id: number, codePoints: number[]) => ({ id, advanceWidth: 500, codePoints });
    const at = { xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: 500 };
    const packed = packRuns({
      fit: { glyphs: [glyph(1967, [102, 105]), glyph(87, [116])], positions: [at, at], advanceWidth: 1000 },
      first: { glyphs: [glyph(1967, []), glyph(85, [114])], positions: [at, at], advanceWidth: 1000 },
    }, 1, 100);
    expect(packed.words).toEqual(['fit']);
    expect(unpackRuns(packed, 1, 5000)?.fit?.glyphs.map((g) => g.codePoints)).toEqual([[102, 105], [116]]);
  });
});
