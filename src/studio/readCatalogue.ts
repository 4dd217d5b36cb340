import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../load/loadProject.ts';
import { REWORD_PARTS, type RewordPart } from './editEdition.ts';

/** The words of one card in one language, as the deck's language file has them. */
export type CardWords = Partial<Record<RewordPart, string>>;

export interface CatalogueCard {
  id: string;
  category: string;
  /** Per language. */
  words: Record<string, CardWords>;
}

export interface CatalogueDeck {
  id: string;
  /** The deck's title per language. */
  titles: Record<string, string>;
  /** Category labels per language, by category id. */
  categories: { id: string; labels: Record<string, string> }[];
  cards: CatalogueCard[];
  languages: string[];
  /** The deck lives in the edition's own folder. */
  own: boolean;
}

export interface Catalogue {
  decks: CatalogueDeck[];
  posters: { id: string; deck: string }[];
  languages: string[];
}

/** Everything an edition can choose from: the project's decks (and the edition's own), their cards and words, the posters. */
export function readCatalogue(root: string, editionFile: string): Catalogue {
  const { raw } = loadProject(root, editionFile);
  const data = (file: string): Record<string, unknown> | undefined => {
    const found = raw.yaml.get(file)?.data;
    return found && typeof found === 'object' ? (found as Record<string, unknown>) : undefined;
  };
  const decks: CatalogueDeck[] = [];
  for (const [id, folder] of [...raw.deckFolders].sort(([a], [b]) => a.localeCompare(b))) {
    const definition = data(path.join(folder.dir, 'deck.yaml'));
    const cardList = Array.isArray(definition?.cards) ? (definition.cards as { id?: unknown; category?: unknown }[]) : [];
    const titles: Record<string, string> = {};
    const labels = new Map<string, Record<string, string>>();
    const words = new Map<string, Record<string, CardWords>>();
    for (const lang of folder.languages) {
      const file = data(path.join(folder.dir, `${lang}.yaml`));
      const deckWords = file?.deck as { title?: unknown } | undefined;
      if (typeof deckWords?.title === 'string') titles[lang] = deckWords.title;
      for (const [category, label] of Object.entries((file?.categories ?? {}) as Record<string, unknown>)) {
        if (typeof label === 'string') labels.set(category, { ...labels.get(category), [lang]: label });
      }
      for (const [card, value] of Object.entries((file?.cards ?? {}) as Record<string, Record<string, unknown>>)) {
        const picked: CardWords = {};
        for (const part of REWORD_PARTS) if (typeof value?.[part] === 'string') picked[part] = value[part] as string;
        words.set(card, { ...words.get(card), [lang]: picked });
      }
    }
    const categoryIds = Object.keys((definition?.categories ?? {}) as Record<string, unknown>);
    decks.push({
      id,
      titles,
      categories: categoryIds.map((c) => ({ id: c, labels: labels.get(c) ?? {} })),
      cards: cardList.map((c) => ({ id: String(c.id), category: String(c.category), words: words.get(String(c.id)) ?? {} })),
      languages: folder.languages,
      own: folder.own,
    });
  }
  const posters = raw.posterLayoutNames.map((name) => {
    const layout = data(path.join(root, 'layouts', 'posters', `${name}.yaml`));
    return { id: name, deck: String(layout?.deck ?? name) };
  });
  const languages = [...new Set(decks.flatMap((d) => d.languages))].sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));
  return { decks, posters, languages };
}

/** The editions of a project: `editions/<id>/edition.yaml`. */
export function listEditions(root: string): string[] {
  const dir = path.join(root, 'editions');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'edition.yaml')))
    .map((e) => e.name)
    .sort();
}

/** Names of languages, in their own language, for the studio's labels. */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands', en: 'English', fr: 'Français', de: 'Deutsch', tr: 'Türkçe', pl: 'Polski', ar: 'العربية', es: 'Español', it: 'Italiano', pt: 'Português',
};

/** In English, for sentences such as "tight in German". */
export const LANGUAGE_IN_ENGLISH: Record<string, string> = {
  nl: 'Dutch', en: 'English', fr: 'French', de: 'German', tr: 'Turkish', pl: 'Polish', ar: 'Arabic', es: 'Spanish', it: 'Italian', pt: 'Portuguese',
};
