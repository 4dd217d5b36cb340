import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameItem } from '../../../src/model/Frame.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { copyOfRepoProject } from '../../helpers/project.ts';

// watch runs every build in one process: a card laid out before must not come back when an input of its
// layout changed, whichever input it is
const texts = (items: FrameItem[]) => items.filter((i): i is Extract<FrameItem, { kind: 'text' }> => i.kind === 'text');

describe('the card frame caches of layoutDeck', () => {
  const root = copyOfRepoProject();
  const options = { root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], only: ['gouden-regels'] };
  const deckFile = path.join(root, 'cards/gouden-regels/deck.yaml');
  const edit = (file: string, from: string, to: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
  const rule3 = () => {
    const result = checkProject(options);
    expect(result.diagnostics).toEqual([]);
    return result.laid[0]!;
  };

  it('see a card text changed', () => {
    const before = texts(rule3().fronts[3]!.items).map((t) => t.text).join(' ');
    edit(path.join(root, 'cards/gouden-regels/nl.yaml'), 'wijkanalyse.', 'buurtanalyse.');
    const after = texts(rule3().fronts[3]!.items).map((t) => t.text).join(' ');
    expect(before).toContain('wijkanalyse.');
    expect(after).toContain('buurtanalyse.');
  });

  it("see a layout's template changed", () => {
    const footer = () => texts(rule3().fronts[3]!.items).find((t) => t.text.includes('4/11'))!.text;
    expect(footer()).toBe('10 Gouden Regels · 4/11');
    edit(path.join(root, 'layouts/cards/standard.yaml'), '"{{deck.title}} · {{card.index}}', '"{{deck.title}} – {{card.index}}');
    expect(footer()).toBe('10 Gouden Regels – 4/11');
  });

  it("see the deck's colour on its back", () => {
    expect(rule3().back.items[0]).toMatchObject({ kind: 'rect', fill: [0, 25, 95, 0] });
    edit(deckFile, 'colour: [0, 25, 95, 0]', 'colour: [0, 40, 95, 0]');
    expect(rule3().back.items[0]).toMatchObject({ kind: 'rect', fill: [0, 40, 95, 0] });
  });

  it("see where the deck puts its numbers (a field of the deck the old key left out)", () => {
    const hero = texts(rule3().fronts[3]!.items).find((t) => t.text === '3')!;
    expect(hero.sizePt).toBeGreaterThanOrEqual(40);
    edit(deckFile, 'numbers: hero', 'numbers: band');
    const band = texts(rule3().fronts[3]!.items).find((t) => t.text === '3')!;
    expect(band.sizePt).toBeLessThan(20);
    expect(band.y).toBeLessThan(40);
  });

  it('see a font file replaced under the same name', () => {
    const width = () => texts(rule3().fronts[3]!.items).find((t) => t.text === 'GOUDEN REGEL')!.widthPt;
    const footer = () => texts(rule3().fronts[3]!.items).find((t) => t.text.includes('4/11'))!.widthPt;
    const [bold, regular] = [width(), footer()];
    // the regular face's file now holds the bold face: the footer (regular) gets the bold widths
    fs.copyFileSync(path.join(root, 'fonts/NotoSans-Bold.ttf'), path.join(root, 'fonts/NotoSans-Regular.ttf'));
    expect(width()).toBeCloseTo(bold, 6);
    expect(footer()).toBeGreaterThan(regular + 1);
  });
});
