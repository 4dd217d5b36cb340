import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/layout/units.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO } from '../../helpers/project.ts';

const texts = (items: FrameItem[]) => items.filter((i): i is Extract<FrameItem, { kind: 'text' }> => i.kind === 'text');

describe('poster layout', () => {
  const { posters, diagnostics } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], only: ['poster-swan', 'poster-gouden-regels', 'poster-dichterbij'] });

  it('lays out the three posters with no error, and builds no cards for them', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(posters.map((p) => p.poster.id)).toEqual(['swan', 'gouden-regels', 'dichterbij']);
  });

  for (const { poster, frame } of posters) {
    it(`${poster.id}: A2, title at least 60 pt, all other text at least 18 pt, all 10 mm inside the trim`, () => {
      expect(frame.widthPt).toBeCloseTo(mmToPt(420), 6);
      expect(frame.heightPt).toBeCloseTo(mmToPt(594), 6);
      const lines = texts(frame.items);
      const titleLines = lines.filter((t) => t.source === poster.title.source);
      expect(titleLines.map((t) => t.text).join(' ')).toBe(poster.title.value);
      for (const t of titleLines) expect(t.sizePt).toBeGreaterThanOrEqual(60);
      const safe = mmToPt(10);
      for (const t of lines) {
        expect(t.sizePt, t.text).toBeGreaterThanOrEqual(18);
        expect(t.x).toBeGreaterThanOrEqual(safe);
        expect(t.x + t.widthPt).toBeLessThanOrEqual(frame.widthPt - safe + 0.01);
        expect(t.y - t.sizePt * 0.75).toBeGreaterThanOrEqual(safe);
        expect(t.y + t.sizePt * 0.25).toBeLessThanOrEqual(frame.heightPt - safe);
      }
    });
  }

  it('takes its words from the deck: every rule on the Gouden Regels poster is the text of its card', () => {
    const { poster, frame } = posters.find((p) => p.poster.id === 'gouden-regels')!;
    const words = texts(frame.items).map((t) => t.text).join(' ').replace(/- /g, '');
    const items = poster.sections[0]!.items;
    expect(items).toHaveLength(10);
    for (const item of items) expect(words).toContain(item.text!.value);
    expect(words).toContain('Standaardeditie');
  });
});
