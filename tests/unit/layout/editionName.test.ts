import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutCardBack } from '../../../src/layout/layoutCardBack.ts';
import { layoutPoster } from '../../../src/layout/layoutPoster.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import type { ResolvedDeck } from '../../../src/model/Resolved.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO, copyOfRepoProject } from '../../helpers/project.ts';

type Text = Extract<FrameItem, { kind: 'text' }>;
const options = { root: REPO, editionFile: path.join(REPO, 'editions/voorbeeld-gemeente/edition.yaml'), paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } };
const NAME = 'Stichting Buurtwerk Heerhugowaard';
const LONG = 'Stichting Maatschappelijke Dienstverlening Noord-Kennemerland en West-Friesland';

describe('the organisation\'s name on the card backs: one line, two, its shortName, or an error at its own line', () => {
  const { laid, posters, project } = checkProject(options);
  const fonts = project!.fonts;
  const formats = project!.formats.value.formats;
  const square = { aspect: 1 } as unknown as NonNullable<ResolvedDeck['logo']>;
  /** The deck with another name (and shortName) on its backs, a square logo, in a format. */
  const named = (deck: ResolvedDeck, name: string, shortName?: string, format = deck.format.id): ResolvedDeck => {
    const edition = deck.back.edition!;
    return {
      ...deck,
      logo: square,
      format: { ...formats[format]!, id: format },
      back: {
        ...deck.back,
        edition: { ...edition, value: name },
        editionShort: shortName ? { ...edition, value: shortName } : undefined,
        editionName: { ...deck.back.editionName!, name, shortName },
      },
    };
  };
  /** The brand strip at the foot of a back, and the lines of text in it. */
  const stripOf = (deck: ResolvedDeck, frame: { items: FrameItem[] }) => {
    const rect = frame.items.find((i): i is Extract<FrameItem, { kind: 'rect' }> => i.kind === 'rect' && i.fill === deck.colours.brand)!;
    const lines = frame.items.filter((i): i is Text => i.kind === 'text' && i.y > rect.y);
    return { top: rect.y, lines };
  };

  it('the example edition prints its name on its backs, and knows where the name is written', () => {
    expect(laid.length).toBeGreaterThan(0);
    for (const { deck } of laid) {
      expect(deck.back.edition?.value).toBe('Gemeente Voorbeeld');
      expect(deck.back.editionShort?.value).toBe('Voorbeeld');
      expect(path.relative(REPO, deck.back.editionName!.source.file)).toBe('editions/voorbeeld-gemeente/edition.yaml');
      expect(deck.back.editionName!.source.line).toBe(fs.readFileSync(options.editionFile, 'utf8').split('\n').findIndex((l) => l.startsWith('name:')) + 1);
    }
  });

  for (const format of ['poker', 'tarot', 'a6', 'a7', 'square']) {
    it(`${format}: a 33-character name with a square logo fits every back, on one or two lines beside the logo, inside the strip and the safe zone`, () => {
      for (const { deck: standard } of laid) {
        const deck = named(standard, NAME, undefined, format);
        const { frame, diagnostics } = layoutCardBack(deck, fonts);
        expect(diagnostics, `${deck.id} ${deck.lang}`).toEqual([]);
        const logo = frame!.items.find((i) => i.kind === 'image')!;
        const { top, lines } = stripOf(deck, frame!);
        expect(lines.map((l) => l.text).join(' ')).toBe(NAME);
        expect(lines.length).toBeLessThanOrEqual(2);
        const safe = mmToPt(deck.print.safeMm);
        expect(logo.y).toBeGreaterThan(top);
        for (const l of lines) {
          expect(l.x).toBeGreaterThanOrEqual(logo.x + logo.w);
          expect(l.x + l.widthPt).toBeLessThanOrEqual(frame!.widthPt - safe + 0.01);
          expect(l.y + l.sizePt * 0.25).toBeLessThanOrEqual(frame!.heightPt - safe + 0.01);
          expect(l.y - l.sizePt * 0.75).toBeGreaterThan(top);
          expect(l.sizePt).toBeGreaterThanOrEqual(8);
        }
        expect(logo.x).toBeGreaterThanOrEqual(safe - 0.01);
      }
    });
  }

  it('and on every poster (the footer) with the logo in the header', () => {
    for (const { poster } of posters) {
      const p = { ...poster, logo: square, footer: { ...poster.footer, value: poster.footer.value.replace(poster.edition.name, NAME) }, edition: { ...poster.edition, name: NAME, shortName: undefined } };
      const result = layoutPoster(p, fonts);
      expect(result.diagnostics.filter((d) => d.severity === 'error'), poster.id).toEqual([]);
    }
  });

  it('a name too long for two lines gives way to its shortName', () => {
    const { deck: standard } = laid[0]!;
    const deck = named(standard, LONG, 'Welzijn NKWF');
    const { frame, diagnostics } = layoutCardBack(deck, fonts);
    expect(diagnostics).toEqual([]);
    const words = frame!.items.filter((i): i is Text => i.kind === 'text').map((t) => t.text);
    expect(words).toContain('Welzijn NKWF');
    expect(words.join(' ')).not.toContain('Kennemerland');
    expect(stripOf(deck, frame!).lines.map((t) => t.text)).toEqual(['Welzijn NKWF']);
  });

  it('a name that does not fit even so fails at the name: line of the edition\'s own file (its language\'s line), with the limit in characters', () => {
    const root = copyOfRepoProject();
    fs.mkdirSync(path.join(root, 'editions/test'), { recursive: true });
    fs.writeFileSync(path.join(root, 'editions/test/edition.yaml'), `languages: [nl, en]\nname:\n  nl: ${LONG}\n  en: Neighbourhood Work\ndecks: [gouden-regels]\nposters: []\n`);
    const { diagnostics } = checkProject({ ...options, root, editionFile: path.join(root, 'editions/test/edition.yaml') });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    const [d] = errors;
    expect(path.relative(root, d!.source!.file)).toBe('editions/test/edition.yaml');
    expect(d!.source!.line).toBe(3);
    expect(d!.message).toMatch(new RegExp(`^the edition's name \\(${[...LONG].length} characters\\) does not fit the back of deck 'gouden-regels' \\(language nl\\): at most about (\\d+) characters fit there, on 2 lines$`));
    const limit = Number(/about (\d+)/.exec(d!.message)![1]);
    expect(limit).toBeGreaterThanOrEqual(NAME.length);
    expect(limit).toBeLessThan([...LONG].length);
    expect(d!.hint).toBe('add a shortName: (the name is then used where it fits, the short form elsewhere)');
  });
});
