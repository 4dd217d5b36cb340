import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { mmToPt } from '../../src/layout/units.ts';
import { applyTypography } from '../../src/typography/applyTypography.ts';
import { mainString, type CardEntry } from '../helpers/cardWords.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';
import { pageBoxes, pageCount, pagesText, squash } from '../helpers/pdf.ts';
import { skipSecondOpinion, tool } from '../helpers/tools.ts';

const out = tempDir('kaartwerk-posters-');
const edition = parse(fs.readFileSync(path.join(REPO, 'editions/default.yaml'), 'utf8')) as { name: Record<string, string>; posters: string[]; languages: string[] };
const mmOf = (pt: number) => (pt * 25.4) / 72;
const file = (lang: string, poster: string, suffix = '') => path.join(out, 'default', lang, `poster-${poster}.a2${suffix}.pdf`);

beforeAll(async () => {
  const result = await run(REPO, 'build', '--strict', '--only', edition.posters.map((p) => `poster-${p}`).join(','), '--out', out);
  // --strict: no warning at all; what stderr may hold is notes (greyscale closeness the marks carry)
  expect(result.stderr.split('\n').filter((line) => line && !/^\S+:\d+:\d+ {2}note: /.test(line) && !/^0 error\(s\), 0 warning\(s\)$/.test(line))).toEqual([]);
  expect(result.code).toBe(0);
}, 120_000);

describe('posters', () => {
  it('are built for SWAN, Gouden Regels and DichtErBij in every language, with no card files', () => {
    expect(edition.posters).toEqual(['swan', 'gouden-regels', 'dichterbij']);
    for (const lang of edition.languages) {
      const written = fs.readdirSync(path.join(out, 'default', lang)).sort();
      expect(written).toEqual(edition.posters.flatMap((p) => [`poster-${p}.a2-tiles-a3.pdf`, `poster-${p}.a2-tiles-a4.pdf`, `poster-${p}.a2.pdf`]).sort());
    }
  });

  for (const poster of edition.posters) {
    it(`${poster}: A2 + 3 mm bleed with TrimBox and BleedBox, in every language`, async () => {
      for (const lang of edition.languages) {
        const [page] = await pageBoxes(file(lang, poster));
        expect(await pageCount(file(lang, poster))).toBe(1);
        expect(page?.media[2]).toBeCloseTo(mmToPt(426), 0);
        expect(page?.media[3]).toBeCloseTo(mmToPt(600), 0);
        expect((page?.trim[2] ?? 0) - (page?.trim[0] ?? 0)).toBeCloseTo(mmToPt(420), 0);
        expect((page?.trim[3] ?? 0) - (page?.trim[1] ?? 0)).toBeCloseTo(mmToPt(594), 0);
        expect(page?.bleed).toEqual(page?.media);
      }
    });

    it(`${poster}: carries the words of the deck's language files, the attribution and the edition name`, async () => {
      type Section = { kind?: string; optional?: boolean; cards?: { category?: string; ids?: string[] }; show?: string[]; rows?: { category: string }; columns?: { category: string } | number; card?: string; rail?: { sections: Section[] } };
      const layout = parse(fs.readFileSync(path.join(REPO, 'layouts/posters', `${poster}.yaml`), 'utf8')) as { deck: string; sections: Section[] };
      const cards = (parse(fs.readFileSync(path.join(REPO, 'cards', layout.deck, 'deck.yaml'), 'utf8')) as { cards: { id: string; category: string }[] }).cards;
      const ofCategory = (category: string) => cards.filter((c) => c.category === category).map((c) => c.id);
      // what each section shows: [card id, part] — a grid its rows' and columns' titles, boxes the card's items
      const shown = (section: Section): [string, string][] => {
        if (section.optional) return [];
        if (section.kind === 'grid') {
          const columns = typeof section.columns === 'object' ? ofCategory(section.columns.category) : [];
          return [...ofCategory(section.rows!.category), ...columns].map((id): [string, string] => [id, 'title'])
            .concat((section.rail?.sections ?? []).flatMap(shown));
        }
        if (section.kind === 'boxes') return [[section.card!, 'items']];
        const ids = section.cards!.ids ?? ofCategory(section.cards!.category!);
        return ids.flatMap((id) => section.show!.filter((p) => p !== 'number').map((p): [string, string] => [id, p]));
      };
      for (const lang of edition.languages) {
        const words = parse(fs.readFileSync(path.join(REPO, 'cards', layout.deck, `${lang}.yaml`), 'utf8')) as {
          deck: { title: string; attribution?: string }; cards: Record<string, CardEntry & { items?: string[] }>;
        };
        // in drawing order, so a text in a column is not interleaved with its neighbour
        const page = squash((await pagesText(file(lang, poster))).join('\n')).replace(/\u00ad/g, '');
        const set = (t: string) => squash(applyTypography(t, lang));
        expect(page).toContain(set(words.deck.title));
        if (words.deck.attribution) expect(page).toContain(set(words.deck.attribution));
        expect(page).toContain(squash(edition.name[lang] ?? '?'));
        for (const [id, part] of layout.sections.flatMap(shown)) {
          const card = words.cards[id];
          if (part === 'title' && card?.title) expect(page, `${lang} ${id} title`).toContain(set(card.title));
          if (part === 'text') expect(page, `${lang} ${id} text`).toContain(set(mainString(card) ?? '?'));
          if (part === 'items') for (const item of card?.items ?? []) expect(page, `${lang} ${id} item`).toContain(set(item));
        }
      }
    });
  }

  it('pass preflight with a 10 mm safe zone; their tiles pass too', async () => {
    const prints = edition.posters.flatMap((p) => edition.languages.map((l) => file(l, p)));
    const posterCheck = await run(REPO, 'preflight', '--safe-mm', '10', ...prints);
    expect(posterCheck.stdout).toContain(`preflight: ${prints.length} of ${prints.length} file(s) pass`);
    // without --safe-mm, a poster is held to the 10 mm zone by its size
    const bySize = await run(REPO, 'preflight', prints[0]!);
    expect(bySize.stdout).toMatch(/trim 420 × 594 mm \+ 3 mm bleed, safe zone 10 mm/);
    const tiles = edition.posters.flatMap((p) => edition.languages.flatMap((l) => [file(l, p, '-tiles-a4'), file(l, p, '-tiles-a3')]));
    const tileCheck = await run(REPO, 'preflight', ...tiles);
    expect(tileCheck.stdout).toContain(`preflight: ${tiles.length} of ${tiles.length} file(s) pass`);
  }, 60_000);

  it('tiles: an overview page and 8 A4 or 4 A3 tiles, each labelled', async () => {
    const a4 = file('nl', 'swan', '-tiles-a4');
    const a3 = file('nl', 'swan', '-tiles-a3');
    expect(await pageCount(a4)).toBe(9);
    expect(await pageCount(a3)).toBe(5);
    // landscape A4, the overview page too: one page size for the printer
    for (const page of await pageBoxes(a4)) expect(page.media.slice(2)).toEqual([expect.closeTo(mmToPt(297), 0), expect.closeTo(mmToPt(210), 0)]);
    const text = await pagesText(a4);
    expect(text[0]).toContain('Poster in delen');
    for (let i = 1; i <= 8; i++) expect(text[i]).toContain(`${i}/8`);
  });

  it('poster sizes: --poster-size a1 and a3 build every poster in every language, scaled, the files named by size; a3 also for an office A3 printer, with crop marks', async () => {
    for (const size of ['a1', 'a3'] as const) {
      const dir = tempDir(`kaartwerk-posters-${size}-`);
      const result = await run(REPO, 'build', '--only', edition.posters.map((p) => `poster-${p}`).join(','), '--poster-size', size, '--out', dir);
      expect(result.code, result.stderr).toBe(0);
      const files: string[] = [];
      for (const lang of edition.languages) {
        const written = fs.readdirSync(path.join(dir, 'default', lang)).sort();
        expect(written).toEqual(edition.posters.flatMap((p) => (size === 'a1'
          ? [`poster-${p}.a1-tiles-a3.pdf`, `poster-${p}.a1-tiles-a4.pdf`, `poster-${p}.a1.pdf`]
          : [`poster-${p}.a3-office-a3.pdf`, `poster-${p}.a3-tiles-a4.pdf`, `poster-${p}.a3.pdf`])).sort());
        files.push(...written.map((f) => path.join(dir, 'default', lang, f)));
      }
      const [page] = await pageBoxes(path.join(dir, 'default', 'nl', `poster-swan.${size}.pdf`));
      const [w, h] = size === 'a1' ? [594, 841] : [297, 420];
      expect(mmOf((page?.trim[2] ?? 0) - (page?.trim[0] ?? 0))).toBeCloseTo(w, 0);
      expect(mmOf((page?.trim[3] ?? 0) - (page?.trim[1] ?? 0))).toBeCloseTo(h, 0);
      expect(mmOf((page?.media[2] ?? 0) - (page?.trim[2] ?? 0))).toBeCloseTo(3, 1);
      const check = await run(REPO, 'preflight', ...files);
      expect(check.stdout).toContain(`preflight: ${files.length} of ${files.length} file(s) pass`);
    }
  }, 240_000);

  it.skipIf(skipSecondOpinion())('second opinion: pdftotext reads the tile labels and every poster\'s edition name', () => {
    const text = tool('pdftotext', file('nl', 'swan', '-tiles-a4'), '-').split('\f');
    for (let i = 1; i <= 8; i++) expect(text[i]).toContain(`${i}/8`);
    for (const poster of edition.posters) for (const lang of edition.languages) {
      expect(squash(tool('pdftotext', '-raw', file(lang, poster), '-'))).toContain(squash(edition.name[lang] ?? '?'));
    }
  });
});
