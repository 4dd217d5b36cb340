import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionLanguages } from '../helpers/languages.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';
import { pagesText, squash } from '../helpers/pdf.ts';

/**
 * The words as the sources give them (seeds 002 and 004, ../shared/reviews): SWAN's structure in every
 * language, and the source letter's slips corrected in the Dutch Gouden Regels and DichtErBij, each
 * correction with a `source:` comment beside it, none of the slips left on a printed card.
 */

/** The default edition's languages; the words expected of SWAN are given for those the reviews covered. */
const LANGS = editionLanguages();
const out = tempDir('kaartwerk-sources-');
const yamlOf = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');
const pdf = (lang: string, file: string) => path.join(out, 'default', lang, file);
const text: Record<string, string> = {};

interface Deck { categories: Record<string, { colour: number[]; mark: string }>; cards: { id: string; category: string }[] }
interface Words { categories: Record<string, string>; cards: Record<string, { title?: string; text?: string }>; poster?: Record<string, string> }
const swanDeck = parse(yamlOf('cards/swan/deck.yaml')) as Deck;
const words = (deck: string, lang: string) => parse(yamlOf(`cards/${deck}/${lang}.yaml`)) as Words;

beforeAll(async () => {
  const result = await run(REPO, 'build', '--only', 'swan,gouden-regels,dichterbij,poster-swan', '--out', out);
  expect(result.code).toBe(0);
  for (const lang of LANGS) {
    for (const file of ['swan.cards.pdf', 'gouden-regels.cards.pdf', 'dichterbij.cards.pdf', 'poster-swan.a2.pdf']) {
      text[`${lang}/${file}`] = squash((await pagesText(pdf(lang, file))).join('\n'));
    }
  }
}, 120_000);

/** What a language prints for SWAN's new and renamed parts (review-nl-en 21, 25, 26, 52, 53). */
const SWAN: Record<string, { level: string; situation: string; model: string; helps: string; phases: string; printed: string[] }> = {
  nl: { level: 'Maatschappelijk niveau', situation: 'De situatie', model: 'Model van de beslissende professional', helps: 'Wat helpt', phases: 'Drie fasen',
    printed: ['Marcel Spierts', 'zelfreflectie', 'bestuurders', 'doorzettingsmacht', 'continuüm', 'Kernvraag'] },
  en: { level: 'Societal level', situation: 'The situation', model: 'Model of the decision-making professional', helps: 'What helps', phases: 'Three phases',
    printed: ['Marcel Spierts', 'self-reflection', 'directors', 'authority', 'continuum', 'on what grounds'] },
  fr: { level: 'Niveau sociétal', situation: 'La situation', model: 'Le modèle du professionnel qui décide', helps: 'Ce qui aide', phases: 'Trois phases',
    printed: ['Marcel Spierts', 'réflexion personnelle', 'dirigeants', 'pouvoir de décision', 'continuum'] },
  de: { level: 'Gesellschaftliche Ebene', situation: 'Die Situation', model: 'Modell der entscheidungstragenden Fachkraft', helps: 'Was hilft', phases: 'Drei Phasen',
    printed: ['Marcel Spierts', 'Selbstreflexion', 'Vorstand', 'Durchsetzungsmacht', 'Kontinuum'] },
};

describe('SWAN follows its source (seed 002)', () => {
  it('has what helps as a category of its own, with a colour and a mark no other category has', () => {
    const { helpt, ...rest } = swanDeck.categories;
    expect(helpt).toBeDefined();
    expect(Object.values(rest).map((c) => c.mark)).not.toContain(helpt?.mark);
    for (const other of Object.values(rest)) expect(other.colour).not.toEqual(helpt?.colour);
    const category = (id: string) => swanDeck.cards.find((c) => c.id === id)?.category;
    expect(['stilstaan', 'vragen-stellen', 'steun'].map(category)).toEqual(['helpt', 'helpt', 'helpt']);
    expect(swanDeck.cards.filter((c) => c.category === 'reflectie').map((c) => c.id)).toEqual(['waarom', 'alternatieven', 'signalen', 'voorwaarden']);
  });

  it('has factors for both sides: the situation first, then the model van de beslissende professional and its layers', () => {
    expect(swanDeck.cards.filter((c) => c.category === 'factor').map((c) => c.id))
      .toEqual(['situatie', 'beslissende-professional', 'professional', 'team', 'organisatie', 'omgeving', 'kennis']);
    // card ids that editions refer to stay
    for (const id of ['gebruik', 'samenleving', 'alternatieven', 'voorwaarden']) expect(swanDeck.cards.map((c) => c.id)).toContain(id);
  });

  for (const lang of LANGS) {
    const want = SWAN[lang]!;
    it.skipIf(!Object.hasOwn(SWAN, lang))(`${lang}: names the level, the situation, the model and what helps, in the language file and on the printed cards`, () => {
      const w = words('swan', lang);
      expect(w.cards['samenleving']?.title).toBe(want.level);
      expect(w.cards['situatie']?.title).toBe(want.situation);
      expect(w.cards['beslissende-professional']?.title).toBe(want.model);
      expect(w.categories['helpt']).toBe(want.helps);
      expect(w.poster?.['rondes']).toBe(want.phases);
      const cards = text[`${lang}/swan.cards.pdf`]!;
      // labels print in capitals (KERNVRAAG): the words are compared without case
      for (const words of [want.level, want.situation, want.model, ...want.printed]) expect(cards.toLocaleLowerCase(lang), words).toContain(squash(words).toLocaleLowerCase(lang));
      expect(cards.toLocaleLowerCase(lang)).toContain(squash(want.helps).toLocaleLowerCase(lang));
      const poster = text[`${lang}/poster-swan.a2.pdf`]!;
      expect(poster).toContain(squash(want.phases));
      expect(poster).toContain(squash(want.helps));
    });
  }

  it('no longer says SWAN helps choose one level, in any language', () => {
    expect(text['nl/swan.cards.pdf']).not.toContain(squash('kiezen op welk niveau'));
    expect(text['en/swan.cards.pdf']).not.toContain(squash('choose the level'));
    expect(text['fr/swan.cards.pdf']).not.toContain(squash('choisir à quel niveau'));
    expect(text['de/swan.cards.pdf']).not.toContain(squash('auf welcher Ebene sie eingreifen'));
    expect(text['fr/poster-swan.a2.pdf']).not.toContain(squash('Trois tours'));
  });
});

/** The slips of the source letter (seed 004) and of the SWAN helping questions (seed 002), as corrected (review-nl-en 1–13, 28, 29). */
const CORRECTIONS: { deck: string; card: string; seed?: string; corrected: string }[] = [
  { deck: 'gouden-regels', card: 'regel-02', seed: 'Je werkt ambulante', corrected: 'Je werkt ambulant en hebt' },
  { deck: 'gouden-regels', card: 'regel-08', seed: 'pro-actief', corrected: 'proactief' },
  { deck: 'gouden-regels', card: 'regel-10', seed: 'wat diegene aan anderen', corrected: 'wat die persoon aan anderen' },
  { deck: 'dichterbij', card: 'houding-01', seed: '„niet weten”', corrected: 'vanuit het niet-weten,' },
  { deck: 'dichterbij', card: 'houding-02', seed: 'Erkenning voor probleem eerst in voldoende mate', corrected: '(eerst voldoende erkenning voor het probleem, dan pas richting de toekomst).' },
  { deck: 'dichterbij', card: 'houding-03', corrected: 'degene die je ondersteunt.' },
  { deck: 'dichterbij', card: 'houding-05', seed: 'houding tav de situatie', corrected: 'houding ten aanzien van de situatie' },
  { deck: 'dichterbij', card: 'houding-06', seed: 'de degene', corrected: 'de ervaring van degene die je ondersteunt en de betekenis die hij of zij aan de eigen situatie verleent, je leidraad zijn,' },
  { deck: 'dichterbij', card: 'houding-07', corrected: 'partners in een zoektocht.' },
  { deck: 'dichterbij', card: 'houding-08', seed: 'leer-en', corrected: 'leer- en ontwikkelproces' },
  { deck: 'dichterbij', card: 'houding-09', seed: 'Je ben je', corrected: 'Je bent je bewust van de krachten' },
  { deck: 'dichterbij', card: 'houding-10', seed: 'bewust hoe tot op', corrected: 'Je bent je ervan bewust hoe en tot op welke hoogte' },
  { deck: 'dichterbij', card: 'werk-3', seed: 'lichtvoetige eenvoudige', corrected: 'lichtvoetige, eenvoudige' },
  { deck: 'swan', card: 'waarom', seed: 'ik / je', corrected: 'Waarom heb ik (of heb jij)' },
  { deck: 'swan', card: 'signalen', seed: 'gezinnen of krijgen', corrected: 'gezinnen, of krijgen' },
];

/** The comment lines inside one card's block of a language file, joined (a wrapped comment reads as one). */
function commentsOf(source: string, card: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l === `  ${card}:`);
  if (start < 0) return '';
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^ {0,2}\S/.test(line)) break;
    block.push(line);
  }
  return block.filter((l) => /^\s*#/.test(l)).map((l) => l.replace(/^\s*#\s?/, '')).join(' ');
}

describe('the source texts, edited as a careful editor would (seed 004)', () => {
  for (const { deck, card, seed, corrected } of CORRECTIONS) {
    it(`${deck} ${card}: "${corrected}"${seed ? ` for "${seed}"` : ''}, recorded beside the text and printed`, () => {
      const value = words(deck, 'nl').cards[card]?.text ?? '';
      expect(value).toContain(corrected);
      if (seed) expect(value).not.toContain(seed);
      const comment = commentsOf(yamlOf(`cards/${deck}/nl.yaml`), card);
      expect(comment, `${deck}/nl.yaml ${card} records the source's wording`).toMatch(/source: /);
      if (seed) expect(comment).toContain(seed);
      const printed = text[`nl/${deck}.cards.pdf`]!;
      expect(printed).toContain(squash(corrected));
      // line breaks and hyphens are squashed away, so a slip that differs only by a hyphen or space is checked in the YAML alone
      if (seed && !squash(corrected).includes(squash(seed))) expect(printed).not.toContain(squash(seed));
    });
  }

  it('every attitude principle ends in a full stop, as a sentence; the work principles stay mantras without one', () => {
    const cards = words('dichterbij', 'nl').cards;
    for (const [id, card] of Object.entries(cards)) {
      if (id.startsWith('houding-')) expect(card.text, id).toMatch(/\.$/);
      if (id.startsWith('werk-') && id !== 'werk-5') expect(card.text, id).not.toMatch(/\.$/);
    }
  });

  it('the translations carry the meaning the reviews asked for', () => {
    expect(words('gouden-regels', 'en').cards['regel-08']?.text).toMatch(/needs/);
    expect(words('gouden-regels', 'en').cards['regel-09']?.text).toMatch(/^For every need/);
    expect(words('gouden-regels', 'de').cards['regel-02']?.text).toBe('Du arbeitest aufsuchend und hast keinen festen Arbeitsplatz.');
    expect(words('dichterbij', 'de').cards['houding-07']?.text).toMatch(/^Du arbeitest/);
    for (const lang of LANGS) expect(text[`${lang}/gouden-regels.cards.pdf`]).not.toMatch(/(Source|Bron|Quelle):/);
  });
});
