import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { mmToPt } from '../../src/layout/units.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';
import { fonts, pageBoxes, pageCount, pagesText, renderPage, squash, structureProblems, uncompressed, wordBoxes } from '../helpers/pdf.ts';
import { sheetCell } from '../../src/impose/imposeSheets.ts';
import { planSheetGrid } from '../../src/plan/planSheetGrid.ts';
import { popplerBoxes, qpdfUncompressed, skipSecondOpinion, tool } from '../helpers/tools.ts';

const out = tempDir('kaartwerk-print-');
const cards = path.join(out, 'default/nl/gouden-regels.cards.pdf');
const sheets = path.join(out, 'default/nl/gouden-regels.sheets-a4.pdf');
const nl = parse(fs.readFileSync(path.join(REPO, 'cards/gouden-regels/nl.yaml'), 'utf8')) as {
  deck: { title: string; subtitle: string };
  cards: Record<string, { title?: string; text: string }>;
};
const deck = parse(fs.readFileSync(path.join(REPO, 'cards/gouden-regels/deck.yaml'), 'utf8')) as { cards: { id: string }[] };

beforeAll(async () => {
  const result = await run(REPO, 'build', '--only', 'gouden-regels', '--lang', 'nl', '--out', out);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 60_000);

describe('the print-shop file', () => {
  it('has one face per page, front then back for every card', async () => {
    expect(await pageCount(cards)).toBe(2 * deck.cards.length);
  });

  it('is trim + 3 mm bleed on every page, with TrimBox inside BleedBox inside MediaBox', async () => {
    const b = mmToPt(3);
    for (const page of await pageBoxes(cards)) {
      expect(page.media[2]).toBeCloseTo(mmToPt(69), 1);
      expect(page.media[3]).toBeCloseTo(mmToPt(94), 1);
      expect(page.bleed).toEqual(page.media);
      expect(page.trim[0]).toBeCloseTo(b, 1);
      expect(page.trim[1]).toBeCloseTo(b, 1);
      expect((page.trim[2] ?? 0) - (page.trim[0] ?? 0)).toBeCloseTo(mmToPt(63), 1);
      expect((page.trim[3] ?? 0) - (page.trim[1] ?? 0)).toBeCloseTo(mmToPt(88), 1);
    }
  });

  it('embeds every font, as a subset', async () => {
    const used = await fonts(cards);
    expect(used.length).toBeGreaterThanOrEqual(2);
    for (const font of used) expect(font, font.name).toMatchObject({ embedded: true, subset: true, toUnicode: true });
  });

  it('uses no RGB anywhere: colours are DeviceCMYK, marks none', async () => {
    const content = await uncompressed(cards);
    expect(content).not.toMatch(/DeviceRGB|\s(rg|RG)\s/);
    expect(content).toContain('/DeviceCMYK cs');
  });

  it('keeps every word 4 mm inside the trim line', async () => {
    const b = mmToPt(3);
    const safe = mmToPt(4);
    const trimW = mmToPt(63);
    const trimH = mmToPt(88);
    for (const [i, words] of (await wordBoxes(cards)).entries()) {
      for (const w of words) {
        const where = `page ${i + 1} "${w.text}"`;
        expect(w.x0 - b, where).toBeGreaterThanOrEqual(safe - 0.5);
        expect(b + trimW - w.x1, where).toBeGreaterThanOrEqual(safe - 0.5);
        // word boxes (as pdftotext's) span the font's whole ascent (1.069 em) and descent (0.293 em); ink reaches about
        // 0.76 em above the baseline (accented capitals) and 0.24 em below it
        const size = (w.y1 - w.y0) / 1.362;
        expect(w.y0 + (1.069 - 0.76) * size - b, where).toBeGreaterThanOrEqual(safe - 0.5);
        expect(b + trimH - (w.y1 - (0.293 - 0.24) * size), where).toBeGreaterThanOrEqual(safe - 0.5);
      }
    }
  });

  it('holds every text of nl.yaml on the card it belongs to, and the deck title on every back', async () => {
    const pages = await pagesText(cards);
    deck.cards.forEach(({ id }, i) => {
      const front = squash(pages[2 * i] ?? '');
      const card = nl.cards[id];
      expect(front, id).toContain(squash(card?.text ?? '?'));
      if (card?.title) expect(front, id).toContain(squash(card.title));
      const back = squash(pages[2 * i + 1] ?? '');
      expect(back).toContain(squash(nl.deck.title));
      expect(back).toContain(squash(nl.deck.subtitle));
      expect(back).not.toContain('Standaardeditie');
    });
  });

  it('passes kaartwerk preflight, and its structure is sound', async () => {
    const result = await run(REPO, 'preflight', cards, sheets);
    expect(result.stdout).toContain('preflight: 2 of 2 file(s) pass');
    expect(result.code).toBe(0);
    expect(await structureProblems(cards)).toEqual([]);
    expect(await structureProblems(sheets)).toEqual([]);
  });
});

describe.skipIf(skipSecondOpinion())('the print-shop file, read by poppler and qpdf (second opinion)', () => {
  it('pdfinfo finds the same boxes, pdffonts every font embedded as a subset, qpdf no damage and no RGB', async () => {
    expect(popplerBoxes(cards, await pageCount(cards))).toEqual((await pageBoxes(cards)).map((p) => ({
      media: p.media.map((v) => expect.closeTo(v, 1)), trim: p.trim.map((v) => expect.closeTo(v, 1)), bleed: p.bleed.map((v) => expect.closeTo(v, 1)),
    })));
    const rows = tool('pdffonts', cards).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+0$/);
    expect(tool('qpdf', '--check', cards)).toContain('No syntax or stream encoding errors');
    expect(qpdfUncompressed(cards)).not.toMatch(/DeviceRGB|\s(rg|RG)\s/);
  });

  it('pdftotext reads every text of nl.yaml on its card', () => {
    const pages = tool('pdftotext', cards, '-').split('\f').map(squash);
    deck.cards.forEach(({ id }, i) => expect(pages[2 * i], id).toContain(squash(nl.cards[id]?.text ?? '?')));
  });
});

describe('the office sheets', () => {
  // the sheet as impose plans it: A4, poker cards, 3 mm bleed
  const grid = planSheetGrid(63, 88, { widthMm: 210, heightMm: 297, marginMm: 5 }, 3)!;
  const perSheet = grid.cols.count * grid.rows.count;
  const cellAt = (col: number, row: number) => sheetCell(grid, col, row);

  it('are A4 pages, a fronts page then a backs page, as many cards a sheet as fit with bleed, gutter and marks', async () => {
    // poker cards turned a quarter: two across, four down, each with its own bleed
    expect([grid.cols.count, grid.rows.count, grid.turned]).toEqual([2, 4, true]);
    const pages = await pageCount(sheets);
    expect(pages).toBe(2 * Math.ceil(deck.cards.length / perSheet));
    for (const page of await pageBoxes(sheets)) {
      expect(Math.abs((page.media[2] ?? 0) - mmToPt(210))).toBeLessThan(0.5);
      expect(Math.abs((page.media[3] ?? 0) - mmToPt(297))).toBeLessThan(0.5);
    }
    // the first sheet holds the intro and rules 1 to 7, the second rules 8 to 10
    const text = (await pagesText(sheets)).map(squash);
    for (const [i, { id }] of deck.cards.entries()) expect(text[i < perSheet ? 0 : 2], id).toContain(squash(nl.cards[id]?.text ?? '?'));
  });

  it('put every front inside its own cell, and the backs in mirrored columns', async () => {
    // the last sheet: rules 8, 9 and 10 in cells (0, 0), (1, 0) and (0, 1); their backs in the mirrored cells
    const raster = await renderPage(sheets, 4, 36);
    const px = (xPt: number, yPt: number) => {
      const i = (Math.round((yPt / 72) * 36) * raster.width + Math.round((xPt / 72) * 36)) * 4;
      return raster.data[i]! + raster.data[i + 1]! + raster.data[i + 2]! < 3 * 250;
    };
    const inked = (col: number, row: number) => {
      const { trim } = cellAt(col, row);
      return px(trim.x + trim.w / 2, trim.y + 8);
    };
    expect([inked(0, 0), inked(1, 0), inked(0, 1), inked(1, 1)]).toEqual([true, true, false, true]);
  });

  it('carry a line in the deck’s language, and nothing outside the printer margin', async () => {
    const text = squash((await pagesText(sheets))[0] ?? '');
    expect(text).toContain(squash('Dubbelzijdig afdrukken, spiegelen over de lange kant, op ware grootte (100%)'));
    // nothing inked in the 5 mm the printer cannot print (turned text is checked as pixels, not as words)
    const dpi = 72;
    const margin = Math.floor((5 / 25.4) * dpi) - 1;
    for (let page = 1; page <= await pageCount(sheets); page++) {
      const raster = await renderPage(sheets, page, dpi);
      let inked = 0;
      for (let y = 0; y < raster.height; y++) {
        for (let x = 0; x < raster.width; x++) {
          if (x >= margin && x < raster.width - margin && y >= margin && y < raster.height - margin) continue;
          const i = (y * raster.width + x) * 4;
          if (raster.data[i]! + raster.data[i + 1]! + raster.data[i + 2]! < 3 * 240) inked++;
        }
      }
      expect(inked, `page ${page}`).toBe(0);
    }
  });
});
