import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { partStrings, plain, type CardEntry } from '../helpers/cardWords.ts';
import { deckLanguages } from '../helpers/languages.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';
import { pageCount, pagesText } from '../helpers/pdf.ts';
import { skipSecondOpinion, tool } from '../helpers/tools.ts';

interface LanguageFile { deck: { title: string; subtitle?: string; attribution?: string }; categories: Record<string, string>; cards: Record<string, CardEntry> }

const out = tempDir('kaartwerk-all-');
const edition = parse(fs.readFileSync(path.join(REPO, 'editions/default.yaml'), 'utf8')) as { name: Record<string, string>; decks: string[]; posters: string[]; languages: string[] };
let buildOutput = '';

beforeAll(async () => {
  const result = await run(REPO, 'build', '--strict', '--out', out);
  buildOutput = result.stdout;
  // --strict: no warning at all; what stderr may hold is notes (greyscale closeness the marks carry)
  expect(result.stderr.split('\n').filter((line) => line && !/^\S+:\d+:\d+ {2}note: /.test(line) && !/^0 error\(s\), 0 warning\(s\)$/.test(line))).toEqual([]);
  expect(result.code).toBe(0);
}, 120_000);

describe('the default edition: every deck in every language', () => {
  it('ships SWAN, Gouden Regels and DichtErBij in every language of the edition, Dutch (the source) first', () => {
    expect(edition.decks).toEqual(['swan', 'gouden-regels', 'dichterbij']);
    expect(edition.languages[0]).toBe('nl');
    for (const deck of edition.decks) expect(deckLanguages(deck), deck).toEqual(edition.languages);
    // per language: a print file and an A4 sheets file per deck; per poster its A2 file and its A4 and A3 tiles
    const files = (edition.decks.length * 2 + edition.posters.length * 3) * edition.languages.length;
    expect(buildOutput).toMatch(new RegExp(`: ${files} files written, 0 unchanged`));
    for (const deck of edition.decks) for (const lang of edition.languages) {
      expect(fs.existsSync(path.join(out, 'default', lang, `${deck}.cards.pdf`))).toBe(true);
      expect(fs.existsSync(path.join(out, 'default', lang, `${deck}.sheets-a4.pdf`))).toBe(true);
    }
  });

  for (const deck of edition.decks) {
    const ids = (parse(fs.readFileSync(path.join(REPO, 'cards', deck, 'deck.yaml'), 'utf8')) as { cards: { id: string; category: string }[] }).cards;
    for (const lang of edition.languages) {
      it(`${deck} ${lang}: every text of ${lang}.yaml is on its card`, async () => {
        const words = parse(fs.readFileSync(path.join(REPO, 'cards', deck, `${lang}.yaml`), 'utf8')) as LanguageFile;
        const pdf = path.join(out, 'default', lang, `${deck}.cards.pdf`);
        expect(await pageCount(pdf)).toBe(2 * ids.length);
        const pages = (await pagesText(pdf)).map(plain);
        // expectations made without the code under test: quotes and spaces compared loosely (see plain)
        const set = (text: string) => plain(text);
        ids.forEach(({ id, category }, i) => {
          const card = words.cards[id];
          expect(card, `${deck}/${lang}.yaml has ${id}`).toBeDefined();
          const front = pages[2 * i] ?? '';
          expect(partStrings(card).length, `${id} has words`).toBeGreaterThan(0);
          for (const words of partStrings(card)) expect(front, `${id} text`).toContain(set(words));
          if (card?.title) expect(front, `${id} title`).toContain(set(card.title));
          // the band prints the label in capitals: both sides lower-cased by the language's rules (Turkish I → ı, İ → i)
          expect(front.toLocaleLowerCase(lang), `${id} category`).toContain(set(words.categories[category] ?? '?').toLocaleLowerCase(lang));
          const back = pages[2 * i + 1] ?? '';
          expect(back).toContain(set(words.deck.title));
          if (words.deck.subtitle) expect(back).toContain(set(words.deck.subtitle));
          if (words.deck.attribution) expect(back).toContain(set(words.deck.attribution));
          // the standard edition prints no edition name on its backs
          expect(back).not.toContain(set(edition.name[lang] ?? '?'));
        });
      });
    }
  }

  it.skipIf(skipSecondOpinion())('second opinion: pdftotext finds every card text of every deck and language', () => {
    for (const deck of edition.decks) for (const lang of edition.languages) {
      const words = parse(fs.readFileSync(path.join(REPO, 'cards', deck, `${lang}.yaml`), 'utf8')) as LanguageFile;
      const text = plain(tool('pdftotext', path.join(out, 'default', lang, `${deck}.cards.pdf`), '-'));
      for (const [id, card] of Object.entries(words.cards)) {
        for (const part of partStrings(card)) expect(text, `${deck} ${lang} ${id}`).toContain(plain(part));
      }
    }
  }, 60_000);

  it('every print-shop file and its sheets pass preflight', async () => {
    const files = edition.decks.flatMap((deck) => edition.languages.flatMap((lang) => [
      path.join(out, 'default', lang, `${deck}.cards.pdf`), path.join(out, 'default', lang, `${deck}.sheets-a4.pdf`)]));
    const result = await run(REPO, 'preflight', ...files);
    expect(result.stdout).toContain(`preflight: ${files.length} of ${files.length} file(s) pass`);
    expect(result.code).toBe(0);
  }, 60_000);

  it('writes a fit report that names every card face in every language', () => {
    const report = fs.readFileSync(path.join(out, 'default/fit-report.txt'), 'utf8');
    const cards = edition.decks.reduce((n, deck) => n + (parse(fs.readFileSync(path.join(REPO, 'cards', deck, 'deck.yaml'), 'utf8')) as { cards: unknown[] }).cards.length, 0);
    const faces = (cards + edition.posters.length) * edition.languages.length;
    expect(report).toMatch(new RegExp(`^Fit report, edition default: ${faces} card faces and posters`));
    expect(report.trim().split('\n').length).toBe(5 + 1 + faces);
    for (const lang of edition.languages) expect(report).toMatch(new RegExp(`^swan +${lang} +gebruik +text +\\d+\\.\\d pt`, 'm'));
  });
});
