import { describe, expect, it } from 'vitest';
import { layoutPoster } from '../../../src/layout/layoutPoster.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO } from '../../helpers/project.ts';

const texts = (items: FrameItem[]) => items.filter((i): i is Extract<FrameItem, { kind: 'text' }> => i.kind === 'text');

describe('poster layout', () => {
  const { posters, diagnostics, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], only: ['poster-swan', 'poster-gouden-regels', 'poster-dichterbij'] });

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

  it('shrinks to fit down to 18 pt, then fails naming the poster, the language and the layout file', () => {
    const { poster } = posters.find((p) => p.poster.id === 'gouden-regels')!;
    const long = poster.sections[0]!.items.map((item) => ({ ...item, text: { ...item.text!, value: `${item.text!.value} `.repeat(8) } }));
    const shrunk = layoutPoster({ ...poster, sections: [{ ...poster.sections[0]!, items: long.slice(0, 4) }] }, project!.fonts);
    expect(shrunk.diagnostics).toEqual([]);
    expect(shrunk.frame?.fit?.sizePt).toBeLessThan(poster.layout.itemText.sizePt);
    expect(shrunk.frame?.fit?.sizePt).toBeGreaterThanOrEqual(18);
    const failed = layoutPoster({ ...poster, sections: [{ ...poster.sections[0]!, items: long }] }, project!.fonts);
    expect(failed.frame).toBeUndefined();
    expect(failed.diagnostics).toHaveLength(1);
    expect(failed.diagnostics[0]?.source?.file).toMatch(/layouts\/posters\/gouden-regels\.yaml$/);
    expect(failed.diagnostics[0]?.message).toMatch(/^poster 'gouden-regels' \(language nl\): the sections do not fit, even with body text at 18 pt \(they need \d+ mm, there are \d+ mm\)$/);
  });
});
