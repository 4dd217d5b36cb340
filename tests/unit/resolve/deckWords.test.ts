import { describe, expect, it } from 'vitest';
import { locate, readYamlFile, type YamlFile } from '../../../src/load/readYamlFile.ts';
import type { LanguageFile } from '../../../src/model/Deck.ts';
import type { DeckChoiceRules } from '../../../src/model/Project.ts';
import { cardField, deckField, fromLanguageFiles, type WordSources } from '../../../src/resolve/deckWords.ts';
import { selectCards } from '../../../src/resolve/selectCards.ts';

const yaml = (name: string, text: string): YamlFile => readYamlFile(`/p/${name}`, Buffer.from(text)).file!;

const nl = yaml('nl.yaml', `deck:
  title: Proefspel
categories:
  vraag: Vraag
cards:
  een:
    title: Eerste
    text: Tekst een
  twee:
    text: Tekst twee
    items: [a, b]
`);
const en = yaml('en.yaml', `deck:
  title: Test deck
categories: {}
cards:
  een:
    title: First
  twee:
    text: Text two
`);
const edition = yaml('edition.yaml', `name: Proef
languages: [nl, en]
decks:
  - id: proef
    leaveOut: [drie]
    reword:
      een: { nl: { text: Nieuwe tekst een } }
      twee: { en: { text: New text two }, nl: { text: Nieuwe tekst twee } }
    add:
      - { id: extra, category: vraag, after: een, texts: { nl: { text: Extra } } }
`);
const choice: DeckChoiceRules = {
  index: 0,
  id: 'proef',
  leaveOut: ['drie'],
  reword: { een: { nl: { text: 'Nieuwe tekst een' } }, twee: { en: { text: 'New text two' }, nl: { text: 'Nieuwe tekst twee' } } },
  add: [{ id: 'extra', category: 'vraag', after: 'een', texts: { nl: { text: 'Extra' } } }],
};
const sources: WordSources = {
  lang: 'en',
  own: { value: en.data as LanguageFile, file: en },
  dutch: { value: nl.data as LanguageFile, file: nl },
  choice,
  editionFile: edition,
};
/** A found word as value, language and line:column. */
const shown = (words: { value: string; lang: string; file: YamlFile; path: readonly (string | number)[] }[] | undefined) =>
  words?.map((w) => { const at = locate(w.file, w.path); return `${w.value} (${w.lang}) ${w.file.path.slice(3)}:${at.line}:${at.col}`; });

describe('deckWords: where a card\'s words come from', () => {
  it('the edition\'s rewording in the language first, then the language file, then the Dutch rewording, then the Dutch file', () => {
    expect(shown(cardField(sources, 'twee', 'text'))).toEqual(['New text two (en) edition.yaml:8:27']);
    expect(shown(cardField(sources, 'een', 'title'))).toEqual(['First (en) en.yaml:6:12']);
    expect(shown(cardField(sources, 'een', 'text'))).toEqual(['Nieuwe tekst een (nl) edition.yaml:7:26']);
    expect(shown(cardField(sources, 'twee', 'items'))).toEqual(['a (nl) nl.yaml:11:13', 'b (nl) nl.yaml:11:16']);
    expect(cardField(sources, 'twee', 'title')).toBeUndefined();
  });

  it('a card the edition adds has only its own texts: the language\'s, else the Dutch', () => {
    expect(shown(cardField(sources, 'extra', 'text'))).toEqual(['Extra (nl) edition.yaml:10:72']);
    expect(cardField(sources, 'extra', 'title')).toBeUndefined();
  });

  it('deck fields and category labels: the language file, else the Dutch', () => {
    expect(shown([deckField(sources, 'title')!])).toEqual(['Test deck (en) en.yaml:2:10']);
    expect(deckField(sources, 'subtitle')).toBeUndefined();
    expect(shown([fromLanguageFiles(sources, (f) => f.categories.vraag, ['categories', 'vraag'])!])).toEqual(['Vraag (nl) nl.yaml:4:10']);
  });
});

describe('selectCards: the edition\'s selection of a deck', () => {
  const def = { cards: [{ id: 'een', category: 'vraag' }, { id: 'twee', category: 'vraag' }, { id: 'drie', category: 'vraag' }] };

  it('leaves cards out and puts an added card after the one it names; a card added or reworded without English words is a warning', () => {
    const { cards, diagnostics } = selectCards({ ...def } as never, choice, 'en', edition);
    expect(cards.map((c) => c.id)).toEqual(['een', 'extra', 'twee']);
    expect(diagnostics.map((d) => `${d.severity} ${d.source?.line}:${d.source?.col} ${d.message}`)).toEqual([
      "warning 10:58 added card 'extra' has no en text; the Dutch text is used",
      "warning 7:7 card 'een' is reworded in Dutch but not in en; the standard en text is used",
    ]);
  });

  it('in Dutch nothing falls back; without a choice the deck is taken whole', () => {
    expect(selectCards(def as never, choice, 'nl', edition).diagnostics).toEqual([]);
    expect(selectCards(def as never, undefined, 'en', edition).cards.map((c) => c.id)).toEqual(['een', 'twee', 'drie']);
  });
});
