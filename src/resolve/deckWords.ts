import type { YamlFile, YamlPath } from '../load/readYamlFile.ts';
import type { LanguageFile } from '../model/Deck.ts';
import type { CardPart } from '../model/Layout.ts';
import { SOURCE_LANGUAGE, type DeckChoiceRules, type Located } from '../model/Project.ts';

/** Words found somewhere in the cascade, with the place they came from. */
export interface Words {
  value: string;
  file: YamlFile;
  path: YamlPath;
  lang: string;
}

/** Where a deck's words are looked up in one language: its own file, the Dutch, and the edition's choice for the deck. */
export interface WordSources {
  lang: string;
  own?: Located<LanguageFile>;
  dutch: Located<LanguageFile>;
  choice?: DeckChoiceRules;
  editionFile: YamlFile;
}

export type CardField = 'title' | CardPart;

/** The place of the edition's choice for the deck in edition.yaml, and of `rest` inside it. */
export function choicePath(choice: DeckChoiceRules | undefined, ...rest: (string | number)[]): YamlPath {
  return ['decks', choice?.index ?? 0, ...rest];
}

/** A value of the language files: in the deck's language, else in Dutch. */
export function fromLanguageFiles(sources: WordSources, get: (f: LanguageFile) => string | undefined, path: YamlPath): Words | undefined {
  const fromFile = (file: Located<LanguageFile> | undefined, fileLang: string): Words | undefined => {
    const value = file && get(file.value);
    return file && value !== undefined ? { value, file: file.file, path, lang: fileLang } : undefined;
  };
  return fromFile(sources.own, sources.lang) ?? fromFile(sources.dutch, SOURCE_LANGUAGE);
}

/** The deck's title, subtitle or attribution. */
export function deckField(sources: WordSources, field: 'title' | 'subtitle' | 'attribution'): Words | undefined {
  return fromLanguageFiles(sources, (f) => f.deck[field], ['deck', field]);
}

/** The label over a question or task, in the deck's language (else Dutch). */
export function partLabel(sources: WordSources, label: 'question' | 'task'): string | undefined {
  return sources.own?.value.labels?.[label] ?? sources.dutch.value.labels?.[label];
}

interface FieldWords {
  values: string[];
  file: YamlFile;
  path: YamlPath;
  lang: string;
}

/**
 * A card's field, as a list (items have many): for a card the edition adds, its own texts (the language's,
 * else the Dutch); else the edition's rewording, the language file, the Dutch rewording, the Dutch file.
 */
export function cardField(sources: WordSources, cardId: string, field: CardField): Words[] | undefined {
  const { lang, own, dutch, choice, editionFile } = sources;
  const asWords = (value: string | string[] | undefined, file: YamlFile, path: YamlPath, inLang: string): FieldWords | undefined =>
    value === undefined ? undefined : { values: typeof value === 'string' ? [value] : value, file, path, lang: inLang };
  const reworded = (inLang: string): FieldWords | undefined =>
    asWords(choice?.reword[cardId]?.[inLang]?.[field], editionFile, choicePath(choice, 'reword', cardId, inLang, field), inLang);
  const added = choice?.add.findIndex((a) => a.id === cardId) ?? -1;
  let found: FieldWords | undefined;
  if (added >= 0) {
    const texts = choice!.add[added]!.texts;
    const inLang = (l: string) => asWords(texts[l]?.[field], editionFile, choicePath(choice, 'add', added, 'texts', l, field), l);
    found = inLang(lang) ?? inLang(SOURCE_LANGUAGE);
  } else {
    found = reworded(lang)
      ?? (own && asWords(own.value.cards[cardId]?.[field], own.file, ['cards', cardId, field], lang))
      ?? reworded(SOURCE_LANGUAGE)
      ?? asWords(dutch.value.cards[cardId]?.[field], dutch.file, ['cards', cardId, field], SOURCE_LANGUAGE);
  }
  if (!found) return undefined;
  const { values, file, path, lang: inLang } = found;
  return values.map((value, i) => ({ value, file, lang: inLang, path: field === 'items' ? [...path, i] : path }));
}
