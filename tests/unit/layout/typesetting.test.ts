import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { breakLines, type Line } from '../../../src/layout/breakLines.ts';
import { BREAK_STYLES } from '../../../src/layout/breakStyles.ts';
import { checkHyphenation } from '../../../src/layout/checkHyphenation.ts';
import { hyphenateWord, syllablesOf } from '../../../src/layout/hyphenateWord.ts';
import { parseEntry } from '../../../src/layout/hyphenationExceptions.ts';
import { mmToPt } from '../../../src/layout/units.ts';
import { REPO } from '../../helpers/project.ts';

/**
 * The line-breaking rules a typesetter would ask for, one test per rule, with the words the language
 * reviewers marked on the printed cards (shared/reviews: nl/en and fr/de numbers in the test names).
 */
const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))) as Font;
/** The text column of a poker card: 63 mm less two 5 mm margins. */
const CARD = mmToPt(53);
const statement = (text: string, lang: string, widthPt = CARD): string[] =>
  breakLines(text, { font, sizePt: 14, widthPt, lang, style: 'statement' }).map((l) => l.text);
const body = (text: string, lang: string, widthPt = CARD, sizePt = 10): Line[] => breakLines(text, { font, sizePt, widthPt, lang, style: 'body' });
const texts = (lines: Line[]): string[] => lines.map((l) => l.text);
const letters = (s: string): number => [...s].filter((c) => /\p{L}/u.test(c)).length;

describe('a short word is not left alone where a better rag exists', () => {
  it('nl 32, en 64, de 15: the helping question breaks before its long last word', () => {
    expect(statement('Zijn er ook alternatieven?', 'nl')).toEqual(['Zijn er ook', 'alternatieven?']);
    expect(statement('Are there any alternatives?', 'en')).toEqual(['Are there any', 'alternatives?']);
    expect(statement('Gibt es auch Alternativen?', 'de')).toEqual(['Gibt es auch', 'Alternativen?']);
  });

  it('nl 33: a short word that starts a sentence does not end a line ("beantwoordt. De |")', () => {
    const text = 'Neem een situatie uit je praktijk. Doorloop de drie rondes: elke ronde heeft een hoofdvraag en een opdracht, die je samen bespreekt. De andere kaarten helpen daarbij.';
    for (const widthPt of [CARD, CARD * 0.9, CARD * 1.1, CARD * 1.3]) {
      for (const line of body(text, 'nl', widthPt).slice(0, -1)) expect(line.text).not.toMatch(/[.!?] \p{L}{1,2}$/u);
    }
  });

  it('a lone last word counts as a runt only when it is short: a title never ends in one', () => {
    const lines = breakLines('Welke factoren spelen mee', { font, sizePt: 12, widthPt: 120, lang: 'nl', style: 'title' });
    expect(lines.at(-1)!.text).toContain(' ');
  });
});

describe('list items and quoted terms stay together', () => {
  it('nl 31: the summary formula keeps each item on one line and no line starts with its separator', () => {
    const text = 'Vat je keuze samen:\nwaartoe · wat · met wie · in welke volgorde · op grond van welke afweging.\nZo kun je je handelen verantwoorden.';
    for (const widthPt of [CARD, CARD * 0.85, CARD * 1.2, CARD * 1.6]) {
      const lines = texts(body(text, 'nl', widthPt));
      for (const line of lines) expect(line).not.toMatch(/^·/);
      const joined = lines.join('\n');
      for (const item of ['met wie', 'in welke volgorde']) expect(joined).toContain(item);
      // the longest item stays whole wherever it fits on a line
      if (widthPt >= CARD) expect(joined).toContain('op grond van welke afweging');
    }
  });

  it('en 63: "with whom" and "on what grounds" are never split', () => {
    const text = 'Summarise your choice:\nwhat for · what · with whom · in what order · on what grounds.';
    for (const widthPt of [CARD, CARD * 0.8, CARD * 1.3]) {
      const joined = texts(body(text, 'en', widthPt)).join('\n');
      expect(joined).toContain('with whom');
      expect(joined).toContain('on what grounds');
    }
  });

  it('en 49, nl 17: a short quoted term is not split across lines (‘not knowing’, „niet weten”)', () => {
    const en = 'You work from ‘not knowing’ and curiosity, and keep asking questions.';
    const nl = 'Je werkt vanuit het „niet weten” en vanuit nieuwsgierigheid.';
    for (let widthPt = 90; widthPt <= 200; widthPt += 7) {
      expect(texts(body(en, 'en', widthPt)).join('\n')).toContain('‘not knowing’');
      expect(texts(body(nl, 'nl', widthPt)).join('\n')).toContain('„niet weten”');
    }
  });
});

describe('hyphenation', () => {
  it('leaves at least three letters on either side of a hyphen (fr 4: never "ha-bitants")', () => {
    expect(hyphenateWord('habitants', 'fr')[0]!.length).toBeGreaterThanOrEqual(3);
    expect(hyphenateWord('accompagnement', 'fr').join('-')).toBe('accom-pa-gne-ment');
    expect(hyphenateWord('ondersteuning', 'nl')).toEqual(['onder', 'steu', 'ning']);
    expect(hyphenateWord('Können', 'de')).toEqual(['Können']);
  });

  it('fr 1, 3: never hyphenates inside an elision or a word holding a hyphen (qu’allez-vous, d’apprentissage)', () => {
    for (let widthPt = 60; widthPt <= 160; widthPt += 3) {
      const lines = texts(body('Question centrale : qu’allez-vous faire, et pourquoi ? Un temps d’apprentissage pour l’accompagnement.', 'fr', widthPt));
      for (const line of lines) {
        expect(line).not.toMatch(/qu’al-$|qu’allez-$|d’ap-$|d’appren-$|l’ac-$|l’accom-$/);
      }
    }
  });

  it('de 12: a German compound breaks at its joint first (Entwicklungs-prozess, not Entwicklungspro-zess)', () => {
    expect(syllablesOf('Entwicklungsprozess', 'de').map((s) => s.text)).toEqual(['Ent', 'wick', 'lungs', 'pro', 'zess']);
    const costs = syllablesOf('Entwicklungsprozess', 'de').map((s) => s.cost);
    expect(costs[2]).toBeLessThan(costs[3]!);
    // found without a list: a part ending in -ungs, -heits, -schafts…
    const joint = syllablesOf('Gesundheitszentrum', 'de');
    expect(joint.find((s) => s.text.endsWith('heits'))?.cost).toBe(0.5);
    // on the line: where one hyphen is needed, it goes at the joint
    const width = 125;
    const lines = texts(body('Du achtest auf den Lern- und Entwicklungsprozess und erkennst, wann du langsamer werden musst.', 'de', width, 11));
    expect(lines.join('\n')).not.toMatch(/Entwicklungspro-$/m);
  });

  it('de 11: the exceptions list overrides the patterns (gesellschaft-licher, never gesellschaftli-cher)', () => {
    expect(hyphenateWord('gesellschaftlicher', 'de').join('-')).toBe('gesell-schaft-licher');
    expect(hyphenateWord('Gesellschaftliche,', 'de').join('-')).toBe('Gesell-schaft-liche,');
    expect(parseEntry('ent-wick-lungs=pro-zess*')).toEqual({ word: 'entwicklungsprozess', prefix: true,
      breaks: [{ at: 3, joint: false }, { at: 7, joint: false }, { at: 12, joint: true }, { at: 15, joint: false }] });
  });

  it('never hyphenates a title; only a word wider than the line may be split', () => {
    const title = 'Sociaal-economische zekerheid en ondersteuning';
    for (let widthPt = 90; widthPt <= 200; widthPt += 10) {
      const lines = breakLines(title, { font, sizePt: 12, widthPt, lang: 'nl', style: 'title' });
      expect(lines.some((l) => l.hyphenated)).toBe(false);
    }
    const lone = breakLines('Ondersteuningsvraag', { font, sizePt: 12, widthPt: 60, lang: 'nl', style: 'title' });
    expect(lone.length).toBeGreaterThan(1);
    expect(lone.every((l) => !l.overfull)).toBe(true);
  });

  it('never hyphenates a short paragraph that sets as well without (fr 3: "auxquelles" whole)', () => {
    const text = 'Tâche : repérez les conditions de la qualité sociale qui comptent ici, et celles auxquelles vous voulez contribuer.';
    expect(texts(body(text, 'fr')).join('\n')).not.toMatch(/aux-$/m);
    const two = 'Wat maakt je handelen mogelijk, en wat houdt het tegen?';
    for (let widthPt = 140; widthPt <= 220; widthPt += 5) {
      const lines = body(two, 'nl', widthPt);
      if (lines.length <= 2) expect(lines.some((l) => l.hyphenated)).toBe(false);
    }
  });

  it('two hyphens in a row cost more than two apart', () => {
    const text = 'Ondersteuningsvragen, buurtbewoners, samenwerkingspartners en netwerkorganisaties werken samen aan leefbaarheidsprojecten.';
    const count = (consecutiveHyphenCost: number) => {
      let pairs = 0;
      for (let widthPt = 70; widthPt <= 130; widthPt += 2) {
        const lines = breakLines(text, { font, sizePt: 10, widthPt, lang: 'nl', style: { ...BREAK_STYLES.body, hyphenCost: 0.2, consecutiveHyphenCost } });
        lines.forEach((l, i) => { if (i > 0 && l.hyphenated && lines[i - 1]!.hyphenated) pairs++; });
      }
      return pairs;
    };
    expect(count(5)).toBeLessThan(count(0));
  });
});

describe('language rules', () => {
  it('Polish, Czech, Slovak and Ukrainian never end a line with a one-letter word', () => {
    const cases: [string, string][] = [
      ['pl', 'Pracujesz z mieszkańcami w dzielnicy i z partnerami w sieci, a w razie potrzeby o pomoc prosisz innych.'],
      ['cs', 'Pracuješ s obyvateli v sousedství a s partnery v síti, k dispozici jsi i o víkendu.'],
      ['uk', 'Ти працюєш з мешканцями в районі і з партнерами у мережі, а в разі потреби звертаєшся по допомогу.'],
    ];
    for (const [lang, text] of cases) {
      for (let widthPt = 50; widthPt <= 220; widthPt += 4) {
        for (const line of texts(body(text, lang, widthPt)).slice(0, -1)) expect(line).not.toMatch(/(^|\s)\p{L}$/u);
      }
    }
    // Dutch has no such rule: "a" may end a line there
    expect(breakLines('Je werkt in de wijk a b c d e f g h i j k l m n o p', { font, sizePt: 10, widthPt: 40, lang: 'nl' }).some((l) => /\s\p{L}$/u.test(l.text))).toBe(true);
  });

  it('French keeps an inverted pronoun with its verb (voulez-vous, a-t-il)', () => {
    for (let widthPt = 40; widthPt <= 120; widthPt += 2) {
      for (const line of texts(body('Que voulez-vous faire, et a-t-il raison ?', 'fr', widthPt))) expect(line).not.toMatch(/-$/);
    }
  });
});

describe('properties of every break', () => {
  const frenchWords = fc.constantFrom('qu’allez-vous', 'd’apprentissage', 'l’accompagnement', 'habitants', 'auxquelles', 'quartier', 'professionnel', 'de', 'la', 'et', 'aujourd’hui', 'travailleurs', 'sociaux', 'voulez-vous');
  const germanWords = fc.constantFrom('Entwicklungsprozess', 'gesellschaftlicher', 'Nachbarschaftshilfe', 'Fachkräfte', 'Quartier', 'und', 'die', 'Lebenswelt', 'Sozialraumorientierung', 'Können');

  it('never leaves fewer than three letters on either side of an added hyphen', () => {
    fc.assert(fc.property(fc.array(fc.oneof(frenchWords, germanWords), { minLength: 1, maxLength: 25 }), fc.integer({ min: 50, max: 300 }), fc.constantFrom('fr', 'de', 'nl', 'en'), (ws, widthPt, lang) => {
      const lines = breakLines(ws.join(' '), { font, sizePt: 10, widthPt, lang, mode: 'fewest-lines' });
      lines.forEach((line, i) => {
        if (!line.hyphenated) return;
        const before = line.text.slice(0, -1).split(' ').at(-1)!;
        const after = lines[i + 1]!.text.split(' ')[0]!;
        expect(letters(before)).toBeGreaterThanOrEqual(3);
        expect(letters(after)).toBeGreaterThanOrEqual(3);
      });
    }), { numRuns: 200 });
  });

  it('never splits an elision or a word that holds a hyphen with an added hyphen', () => {
    fc.assert(fc.property(fc.array(frenchWords, { minLength: 1, maxLength: 25 }), fc.integer({ min: 40, max: 300 }), fc.constantFrom('best', 'fewest-lines') as fc.Arbitrary<'best' | 'fewest-lines'>, (ws, widthPt, mode) => {
      const lines = breakLines(ws.join(' '), { font, sizePt: 10, widthPt, lang: 'fr', mode });
      for (const line of lines) {
        if (!line.hyphenated) continue;
        const before = line.text.slice(0, -1).split(' ').at(-1)!;
        expect(before).not.toMatch(/[’'-]/);
      }
    }), { numRuns: 200 });
  });
});

describe('hyphens per paragraph', () => {
  it('counts lines and hyphens per paragraph and warns above two', () => {
    const source = { file: 'cards/x/de.yaml', line: 12, col: 11 };
    const fit = { field: 'text', sizePt: 10, preferredSizePt: 10, minSizePt: 7, fill: 0.5, paragraphs: [
      { field: 'title', source, lines: 1, hyphens: 0 },
      { field: 'text', source, lines: 4, hyphens: 2 },
      { field: 'text', source, lines: 6, hyphens: 3 },
    ] };
    const diagnostics = checkHyphenation(fit, "card 'a' (deck d, language de)");
    expect(diagnostics).toEqual([{ severity: 'warning', source, message: "card 'a' (deck d, language de), field text, paragraph 2: 3 hyphens in 6 lines",
      hint: 'more than two hyphens in one paragraph read poorly: reword it, or give a long word a soft hyphen (U+00AD) where it should break' }]);
  });

  it('a text with written line breaks reports one paragraph per part', () => {
    const lines = body('Vat je keuze samen:\nwaartoe · wat · met wie · in welke volgorde · op grond van welke afweging.\nZo kun je je handelen verantwoorden.', 'nl');
    expect(new Set(lines.map((l) => l.paragraph))).toEqual(new Set([0, 1, 2]));
  });
});
