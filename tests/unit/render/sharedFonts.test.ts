import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { caches } from '../../../src/input/BoundedCache.ts';
import { imposePrintPage } from '../../../src/impose/imposePrintPage.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { parseFont } from '../../../src/validate/validateFonts.ts';
import { pagesText } from '../../helpers/pdf.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

describe('renderPdf with fonts parsed more than once', () => {
  const { laid, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl'] });
  const document = (n: number): PageDocument => ({ title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: laid[0]!.fronts.slice(n, n + 3).map((f) => imposePrintPage(f)) });
  /** The same font files parsed again into new Font objects, as a check with every glyph probed does. */
  const again = (fonts: FontSet): FontSet => Object.fromEntries(Object.values(fonts).map((face) => [face.role, parseFont(face.role, face.fileName, face.bytes, { file: 'x', line: 1, col: 1 }, [], [], true)!])) as FontSet;

  it('draws the same bytes whichever parse of a font file shaped a word first', async () => {
    const fonts = project!.fonts;
    const other = again(fonts);
    expect(other.regular.font).not.toBe(fonts.regular.font);
    // words shaped with one parse of the files, then drawn with the other
    await renderPdf(document(0), other);
    const after = await renderPdf(document(1), fonts);
    for (const cache of caches()) if (cache.name === 'shaped runs') cache.clear();
    const alone = await renderPdf(document(1), fonts);
    expect(Buffer.compare(after, alone)).toBe(0);
  });
});

describe('renderPdf and composite glyphs', () => {
  const { project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl'] });
  /** The project's font files parsed anew: nothing shaped or subset with them yet, as in a build whose layout came from the cache. */
  const fresh = (): FontSet => Object.fromEntries(Object.values(project!.fonts).map((face) => [face.role, { ...face, font: fontkit.create(Buffer.from(face.bytes)) as Font }])) as FontSet;
  const page = (text: string) => ({ widthPt: 300, heightPt: 100, placements: [], items: [{ kind: 'text' as const, x: 10, y: 50, text, font: 'regular' as const, sizePt: 12, widthPt: 200, colour: [0, 0, 0, 100] as [number, number, number, number] }] });
  const file = (text: string): PageDocument => ({ title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [page(text)] });

  it("keeps a '.' readable in a file drawn after one that embedded '…' (three '.' in one glyph)", async () => {
    const fonts = fresh();
    await renderPdf(file('Wat nu…'), fonts);
    const dir = tempDir('kaartwerk-glyphs-');
    const pdf = path.join(dir, 'b.pdf');
    fs.writeFileSync(pdf, await renderPdf(file('in de wijk.'), fonts));
    expect((await pagesText(pdf)).join('')).toContain('in de wijk.');
  });
});

describe('renderPdf and the lines of a text', () => {
  const { project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl'] });
  const line = (text: string, y: number) => ({ kind: 'text' as const, x: 10, y, text, font: 'regular' as const, sizePt: 12, widthPt: 200, colour: [0, 0, 0, 100] as [number, number, number, number] });
  const file = (...texts: string[]): PageDocument => ({ title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 300, heightPt: 100, placements: [], items: texts.map((t, i) => line(t, 20 + 15 * i)) }] });

  it('sets a line from its words once per process, in whichever file it comes again', async () => {
    const fonts = Object.fromEntries(Object.values(project!.fonts).map((face) => [face.role, { ...face, font: fontkit.create(Buffer.from(face.bytes)) as Font }])) as FontSet;
    // pdfkit's font of a document: its `layout` joins a line's shaped words (for drawing, and again to measure it)
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.registerFont('r', fonts.regular.font as unknown as string);
    probe.font('r');
    const layout = vi.spyOn(Object.getPrototypeOf((probe as unknown as { _font: object })._font) as { layout(text: string): unknown }, 'layout');
    await renderPdf(file('Een regel van de kaart', 'en nog een'), fonts);
    const dir = tempDir('kaartwerk-lines-');
    fs.writeFileSync(path.join(dir, 'again.pdf'), await renderPdf(file('en nog een', 'Een regel van de kaart', 'en nog een'), fonts));
    const texts = layout.mock.calls.map(([text]) => text);
    layout.mockRestore();
    expect(texts.sort()).toEqual(['Een regel van de kaart', 'en nog een']);
    expect(await pagesText(path.join(dir, 'again.pdf'))).toEqual(['en nog een\nEen regel van de kaart\nen nog een']);
  });
});
