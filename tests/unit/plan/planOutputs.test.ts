import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/layout/units.ts';
import type { CardsFilePlan, OfficePosterFilePlan, PlannedFile, SheetsFilePlan, TilesFilePlan } from '../../../src/model/PrintPlan.ts';
import type { BuildOptions } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { planDeckFiles } from '../../../src/plan/planDeckFiles.ts';
import { planContext } from '../../../src/plan/planContext.ts';
import { tilesOf } from '../../../src/plan/planTiles.ts';
import { REPO } from '../../helpers/project.ts';

const options: BuildOptions = { root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0.5, y: -1 }, langs: ['nl'], only: ['gouden-regels', 'poster-gouden-regels'] };
/** layouts/theme.yaml and layouts/papers.yaml, written out here. */
const REGISTRATION = [100, 100, 100, 100];
const TEXT = [0, 0, 0, 100];
const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const A3 = { widthMm: 297, heightMm: 420, marginMm: 5 };

function planFor(over: Partial<BuildOptions> = {}): PlannedFile[] {
  const checked = checkProject({ ...options, ...over });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return checked.plan!.files;
}
const byPath = (files: PlannedFile[], path: string) => files.find((f) => f.path === path)!;

describe('the print plan of a deck and its poster (Gouden Regels, Dutch, A2)', () => {
  const files = planFor();

  it('names every file, its kind and the way it is imposed, decks first', () => {
    expect(files.map((f) => [f.path, f.kind, f.imposition, f.deck, f.lang])).toEqual([
      ['nl/gouden-regels.cards.pdf', 'cards', 'cards', 'gouden-regels', 'nl'],
      ['nl/gouden-regels.sheets-a4.pdf', 'sheets', 'sheets', 'gouden-regels', 'nl'],
      ['nl/poster-gouden-regels.a2.pdf', 'poster', 'poster', 'gouden-regels', 'nl'],
      ['nl/poster-gouden-regels.a2-tiles-a4.pdf', 'tiles', 'tiles', 'gouden-regels', 'nl'],
      ['nl/poster-gouden-regels.a2-tiles-a3.pdf', 'tiles', 'tiles', 'gouden-regels', 'nl'],
    ]);
  });

  it('puts the poker cards on A4 turned, 2 × 4, with the cards’ 3 mm bleed, registration-colour hairline marks and the back offset', () => {
    const sheets = byPath(files, 'nl/gouden-regels.sheets-a4.pdf') as SheetsFilePlan;
    expect(sheets.paper).toEqual(A4);
    expect(sheets.grid.turned).toBe(true);
    expect([sheets.grid.cols.count, sheets.grid.rows.count]).toEqual([2, 4]);
    expect([sheets.grid.cols.cardMm, sheets.grid.rows.cardMm]).toEqual([88, 63]);
    expect([sheets.grid.cols.bleedMm, sheets.grid.rows.bleedMm, sheets.grid.cols.markOffsetMm]).toEqual([3, 3, 3]);
    expect(sheets.marks).toEqual({ colour: REGISTRATION, widthPt: 0.25 });
    expect(sheets.backOffsetMm).toEqual({ x: 0.5, y: -1 });
    // the laid-out frames themselves: the plan copies nothing of the cards
    expect(sheets.fronts).toBe((byPath(files, 'nl/gouden-regels.cards.pdf') as CardsFilePlan).fronts);
    // the line of words: at most one line per column, in the text colour
    expect(sheets.note.lines.length).toBeGreaterThan(0);
    expect(sheets.note.lines.length).toBeLessThanOrEqual(2);
    expect(sheets.note.colour).toEqual(TEXT);
  });

  it('gives the PDFs their titles, language, date and author; only the print-shop files are PDF/X', () => {
    const cards = byPath(files, 'nl/gouden-regels.cards.pdf');
    expect(cards.document).toEqual({ date: '2024-01-01T00:00:00.000Z', title: expect.stringMatching(/ — kaarten, drukbestand \(nl\), /), lang: 'nl', author: expect.any(String), printFile: true });
    expect(byPath(files, 'nl/gouden-regels.sheets-a4.pdf').document.printFile).toBeUndefined();
    expect(byPath(files, 'nl/poster-gouden-regels.a2.pdf').document.printFile).toBe(true);
    expect(byPath(files, 'nl/poster-gouden-regels.a2-tiles-a3.pdf').document.title).toMatch(/ — poster A2 op A3-tegels \(nl\), /);
    const dated = planFor({ documentDate: '2025-06-01T12:00:00.000Z' });
    expect(new Set(dated.map((f) => f.document.date))).toEqual(new Set(['2025-06-01T12:00:00.000Z']));
  });

  it('splits the A2 poster over A4 landscape, 2 × 4, and over A3 portrait, 2 × 2, numbered in reading order', () => {
    const onA4 = byPath(files, 'nl/poster-gouden-regels.a2-tiles-a4.pdf') as TilesFilePlan;
    expect(onA4.tiles.paper).toEqual(A4);
    expect([onA4.tiles.landscape, onA4.tiles.cols, onA4.tiles.rows, onA4.tiles.overlapMm]).toEqual([true, 2, 4, 10]);
    expect(tilesOf(onA4.tiles).map((t) => `${t.index}/${t.total}@${t.col},${t.row}`)).toEqual(['1/8@0,0', '2/8@1,0', '3/8@0,1', '4/8@1,1', '5/8@0,2', '6/8@1,2', '7/8@0,3', '8/8@1,3']);
    expect(onA4.labels).toEqual({ colour: TEXT, font: 'bold', sizePt: 7 });
    expect(onA4.marks).toEqual({ colour: TEXT, widthPt: 0.5 });
    // the overview page has the tiles' page size (A4 landscape) and numbers every tile
    expect([onA4.overview.frame.widthPt, onA4.overview.frame.heightPt]).toEqual([mmToPt(297), mmToPt(210)]);
    const numbers = onA4.overview.frame.items.flatMap((i) => (i.kind === 'text' && i.sizePt === 14 ? [i.text] : []));
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const onA3 = byPath(files, 'nl/poster-gouden-regels.a2-tiles-a3.pdf') as TilesFilePlan;
    expect(onA3.tiles.paper).toEqual(A3);
    expect([onA3.tiles.landscape, onA3.tiles.cols, onA3.tiles.rows]).toEqual([false, 2, 2]);
  });

  it('an A3 poster: tiles on A4 only, and the poster on one office A3 sheet with marks the poster’s bleed away', () => {
    const a3 = planFor({ posterSize: 'a3' }).filter((f) => f.deck === 'gouden-regels' && f.path.includes('poster'));
    expect(a3.map((f) => f.path)).toEqual(['nl/poster-gouden-regels.a3.pdf', 'nl/poster-gouden-regels.a3-tiles-a4.pdf', 'nl/poster-gouden-regels.a3-office-a3.pdf']);
    const office = a3[2] as OfficePosterFilePlan;
    expect([office.kind, office.imposition]).toEqual(['sheets', 'office-poster']);
    expect(office.paper).toEqual(A3);
    expect(office.marks).toEqual({ colour: REGISTRATION, widthPt: 0.25, offsetMm: 3, lengthMm: 5 });
  });
});

describe('planDeckFiles', () => {
  const checked = checkProject({ ...options, only: ['gouden-regels'] });
  const laid = checked.laid[0]!;
  const context = planContext(checked.project!, options);

  it('takes the sheet’s bleed from the laid-out frames, not from the theme', () => {
    const back = { ...laid.back, bleedPt: mmToPt(2) };
    const sheets = planDeckFiles({ ...laid, back }, A4, context).files[1] as SheetsFilePlan;
    expect([sheets.grid.cols.bleedMm, sheets.grid.rows.bleedMm, sheets.grid.rows.markOffsetMm]).toEqual([2, 2, 2]);
  });

  it('reports a card that does not fit on the paper, and plans no files for it', () => {
    const { files, diagnostics } = planDeckFiles(laid, { widthMm: 80, heightMm: 80, marginMm: 5 }, { ...context, paperId: 'tiny' });
    expect(files).toEqual([]);
    expect(diagnostics).toEqual([{ severity: 'error', usage: true, message: 'a poker card does not fit on tiny paper', hint: 'choose a larger --paper' }]);
  });
});
