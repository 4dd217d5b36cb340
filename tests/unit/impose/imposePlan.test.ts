import { describe, expect, it } from 'vitest';
import { imposePlan } from '../../../src/impose/imposePlan.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { Cmyk } from '../../../src/model/Colour.ts';
import type { Frame, FrameItem } from '../../../src/model/Frame.ts';
import type { PlannedFile } from '../../../src/model/PrintPlan.ts';
import { planSheetGrid } from '../../../src/plan/planSheetGrid.ts';
import { planTiles } from '../../../src/plan/planTiles.ts';

const A4 = { widthMm: 210, heightMm: 297, marginMm: 5 };
const A3 = { widthMm: 297, heightMm: 420, marginMm: 5 };
const REG: Cmyk = [100, 100, 100, 100];
const BLUE: Cmyk = [100, 40, 0, 0];
const card = (id: string): Frame => ({ widthPt: mmToPt(63), heightPt: mmToPt(88), bleedPt: mmToPt(3), side: 'front', cardId: id, items: [] });
const poster: Frame = { widthPt: mmToPt(297), heightPt: mmToPt(420), bleedPt: mmToPt(3), side: 'front', items: [] };
const document = { date: '2025-01-02T03:04:05.000Z', title: 'T — test (nl), E', lang: 'nl', author: 'E' };
const base = { deck: 'd', lang: 'nl', document };
type Line = Extract<FrameItem, { kind: 'line' }>;
const lines = (items: FrameItem[]) => items.filter((i): i is Line => i.kind === 'line');

describe('imposePlan: the pages of each planned file, from its frames and what the plan decided', () => {
  const files: PlannedFile[] = [
    { ...base, path: 'nl/d.cards.pdf', kind: 'cards', imposition: 'cards', fronts: [card('a')], back: card('back'), document: { ...document, printFile: true } },
    { ...base, path: 'nl/d.sheets-a4.pdf', kind: 'sheets', imposition: 'sheets', fronts: [card('a'), card('b')], back: card('back'), paper: A4, grid: planSheetGrid(63, 88, A4, 3)!,
      backOffsetMm: { x: 0, y: 0 }, marks: { colour: REG, widthPt: 0.3 }, note: { lines: [], font: 'regular', sizePt: 6.5, capHeightPt: 4.6, colour: BLUE } },
    { ...base, path: 'nl/poster-p.a3-tiles-a4.pdf', kind: 'tiles', imposition: 'tiles', poster, tiles: planTiles(297, 420, A4, 10), overview: { frame: { widthPt: 10, heightPt: 10, bleedPt: 0, side: 'front', items: [] }, mini: { x: 0, y: 0, scale: 0.1 } },
      marks: { colour: BLUE, widthPt: 0.6 }, labels: { colour: BLUE, font: 'regular', sizePt: 9 } },
    { ...base, path: 'nl/poster-p.a3-office-a3.pdf', kind: 'sheets', imposition: 'office-poster', poster, paper: A3, marks: { colour: REG, widthPt: 0.3, offsetMm: 3, lengthMm: 5 } },
  ];
  const imposed = imposePlan({ files });

  it('keeps path, kind, deck, language and metadata, and adds the pages', () => {
    expect(imposed.map((f) => [f.path, f.kind, f.deck, f.lang, f.document.pages.length])).toEqual([
      ['nl/d.cards.pdf', 'cards', 'd', 'nl', 2],
      ['nl/d.sheets-a4.pdf', 'sheets', 'd', 'nl', 2],
      // the overview and 2 × 2 tiles of an A3 poster on A4
      ['nl/poster-p.a3-tiles-a4.pdf', 'tiles', 'd', 'nl', 5],
      ['nl/poster-p.a3-office-a3.pdf', 'sheets', 'd', 'nl', 1],
    ]);
    expect(imposed[0]!.document).toEqual({ ...document, printFile: true, pages: expect.any(Array) });
  });

  it('draws the marks in the colour and width the plan chose', () => {
    const sheetMarks = lines(imposed[1]!.document.pages[0]!.items);
    expect(sheetMarks.length).toBeGreaterThan(0);
    expect(new Set(sheetMarks.map((l) => `${l.stroke}/${l.lineWidthPt}`))).toEqual(new Set(['100,100,100,100/0.3']));
    const tileLines = imposed[2]!.document.pages.slice(1).flatMap((p) => lines(p.items));
    expect(new Set(tileLines.map((l) => `${l.stroke}/${l.lineWidthPt}`))).toEqual(new Set(['100,40,0,0/0.6']));
    const labels = imposed[2]!.document.pages[1]!.items.filter((i) => i.kind === 'text');
    expect(labels.map((l) => [l.text, l.font, l.sizePt])).toContainEqual(['1/4', 'regular', 9]);
    const officeMarks = lines(imposed[3]!.document.pages[0]!.items);
    expect(officeMarks).toHaveLength(8);
    // 5 mm long, in the registration colour, 0.3 pt
    for (const mark of officeMarks) {
      expect(Math.hypot(mark.x2 - mark.x1, mark.y2 - mark.y1)).toBeCloseTo(mmToPt(5), 6);
      expect([mark.stroke, mark.lineWidthPt]).toEqual([REG, 0.3]);
    }
  });
});
