import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/layout/units.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO } from '../../helpers/project.ts';

const options = { root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'] };
const texts = (items: FrameItem[]) => items.filter((i): i is Extract<FrameItem, { kind: 'text' }> => i.kind === 'text');

describe('card layout of the Gouden Regels deck', () => {
  for (const format of ['poker', 'tarot', 'a6']) {
    const { laid, diagnostics } = checkProject({ ...options, format, only: ['gouden-regels'] });
    it(`${format}: lays out every card with no diagnostic`, () => {
      expect(diagnostics).toEqual([]);
      expect(laid[0]?.fronts).toHaveLength(11);
    });

    it(`${format}: keeps all text 4 mm inside the trim, and the band bleeds off three edges`, () => {
      const safe = mmToPt(4);
      for (const frame of [...(laid[0]?.fronts ?? []), laid[0]!.back]) {
        for (const t of texts(frame.items)) {
          expect(t.x).toBeGreaterThanOrEqual(safe - 0.01);
          expect(t.x + t.widthPt).toBeLessThanOrEqual(frame.widthPt - safe + 0.01);
          expect(t.y - t.sizePt * 0.75).toBeGreaterThanOrEqual(safe - 0.01);
          expect(t.y + t.sizePt * 0.25).toBeLessThanOrEqual(frame.heightPt - safe + 0.01);
          expect(t.sizePt).toBeGreaterThanOrEqual(7);
        }
        const background = frame.items[0];
        expect(background).toMatchObject({ kind: 'rect', x: -frame.bleedPt, y: -frame.bleedPt, w: frame.widthPt + 2 * frame.bleedPt });
      }
    });
  }

  it('reads the hierarchy top to bottom: category, the rule, its number large at the lower left, then the footer', () => {
    const { laid } = checkProject({ ...options, only: ['gouden-regels'] });
    const rule = laid[0]!.fronts[3]!;
    const lines = texts(rule.items);
    expect(lines[0]?.text).toBe('GOUDEN REGEL');
    const number = lines.find((l) => l.text === '3')!;
    expect(number.sizePt).toBeGreaterThanOrEqual(40);
    const statement = lines.filter((l) => l !== number && l !== lines[0] && !l.text.includes('/11') && l.font === 'regular');
    // the category's prompt sits beside the number, small and italic, its last line on the number's baseline
    const prompt = lines.filter((l) => l.font === 'italic');
    expect(prompt.map((l) => l.text).join(' ')).toBe('Hoe doen we dit nu? Wat is de volgende stap?');
    expect(prompt.at(-1)!.y).toBeCloseTo(number.y, 3);
    expect(Math.min(...prompt.map((l) => l.x))).toBeGreaterThan(number.x + number.widthPt);
    expect(statement.map((l) => l.text).join(' ').replace(/- /g, '')).toBe('Je laat bewoners een agenda voor de buurt opstellen op basis van hun wijkanalyse.');
    expect(number.y).toBeGreaterThan(Math.max(...statement.map((l) => l.y)));
    const footer = lines.find((l) => l.text.includes('/11'));
    expect(footer?.text).toBe('10 Gouden Regels · 4/11');
    expect(footer!.y).toBeGreaterThan(Math.max(...lines.filter((l) => l !== footer).map((l) => l.y)));
  });

  it('shrinks a long text until it fits, not below 7 pt, and reports how close it came', () => {
    const { laid, fitReport } = checkProject({ ...options, only: ['gouden-regels'] });
    const intro = fitReport.find((r) => r.card === 'intro');
    expect(intro?.preferredSizePt).toBe(10.5);
    expect(intro?.sizePt).toBeLessThanOrEqual(10.5);
    expect(intro?.sizePt).toBeGreaterThanOrEqual(7);
    expect(intro?.fill).toBeLessThanOrEqual(1);
    expect(laid[0]!.fronts[0]!.fit).toEqual(intro && { field: intro.field, sizePt: intro.sizePt, preferredSizePt: intro.preferredSizePt, minSizePt: intro.minSizePt, fill: intro.fill, paragraphs: intro.paragraphs });
    expect([...new Set(intro?.paragraphs.map((p) => p.field))]).toEqual(['title', 'text']);
    expect(intro?.paragraphs[1]?.lines).toBeGreaterThan(3);
  });
});
