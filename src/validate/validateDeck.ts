import path from 'node:path';
import type { z } from 'zod';
import { error, warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { missingTranslation } from '../diagnostics/missingTranslation.ts';
import { locate, locateInValue, type YamlFile } from '../load/readYamlFile.ts';
import { quote } from '../diagnostics/quote.ts';
import { SOURCE_LANGUAGE, type Deck, type Located, type RawProject } from '../model/Project.ts';
import { deckSchema, languageSchema } from './schemas.ts';
import { suggest } from './suggest.ts';

export type Check = <S extends z.ZodType>(file: string, schema: S) => Located<z.infer<S>> | undefined;

/** A deck's definition and its language files: cross-file rules (ids, categories, translations). */
export function validateDeck(
  raw: RawProject,
  id: string,
  languages: string[],
  cardLayouts: Map<string, unknown>,
  formats: Record<string, unknown> | undefined,
  diagnostics: Diagnostic[],
  check: Check,
): Deck | undefined {
  const folder = raw.deckFolders.get(id)?.dir ?? path.join(raw.root, 'cards', id);
  const deckFile = path.join(folder, 'deck.yaml');
  if (!raw.yaml.has(deckFile) && !raw.unreadable.has(deckFile)) {
    diagnostics.push(error({ file: deckFile, line: 1, col: 1 }, `deck '${id}' has no deck.yaml`, 'it lists the card ids in order, their category, layout and format'));
    return undefined;
  }
  const definition = check(deckFile, deckSchema);
  if (!definition) return undefined;
  const { value: def, file } = definition;

  if (!cardLayouts.has(def.layout)) {
    diagnostics.push(error(locate(file, ['layout']), `unknown layout '${def.layout}'`, suggest(def.layout, [...cardLayouts.keys()], 'layouts in layouts/cards/')));
  }
  if (formats && !Object.hasOwn(formats, def.format)) {
    diagnostics.push(error(locate(file, ['format']), `unknown card format '${def.format}'`, suggest(def.format, Object.keys(formats), 'formats in layouts/formats.yaml')));
  }
  const seen = new Set<string>();
  for (const [i, card] of def.cards.entries()) {
    if (seen.has(card.id)) diagnostics.push(error(locate(file, ['cards', i, 'id']), `card id '${card.id}' is used twice`, 'every card needs its own id'));
    seen.add(card.id);
    if (!Object.hasOwn(def.categories, card.category)) {
      diagnostics.push(error(locate(file, ['cards', i, 'category']), `unknown category '${card.category}'`, suggest(card.category, Object.keys(def.categories), 'categories of this deck')));
    }
  }

  const deck: Deck = { id, definition, languages: new Map(), build: true };
  for (const lang of new Set([SOURCE_LANGUAGE, ...languages])) {
    const langFile = path.join(folder, `${lang}.yaml`);
    if (!raw.yaml.has(langFile)) {
      if (raw.unreadable.has(langFile)) continue;
      if (lang === SOURCE_LANGUAGE) {
        diagnostics.push(error({ file: langFile, line: 1, col: 1 }, `deck '${id}' has no Dutch source text (nl.yaml)`, 'Dutch is the source language: every deck needs nl.yaml'));
      } else {
        diagnostics.push(missingTranslation({ file: langFile, line: 1, col: 1 }, `deck '${id}' has no ${lang}.yaml; the Dutch text is used`));
      }
      continue;
    }
    const located = check(langFile, languageSchema);
    if (!located) continue;
    deck.languages.set(lang, located);
    checkLanguageFile(located, lang, def, file, diagnostics);
    checkPosterHeadings(located, posterSections(raw, id), diagnostics);
  }
  const dutch = deck.languages.get(SOURCE_LANGUAGE)?.value;
  for (const [lang, translation] of deck.languages) {
    if (dutch && lang !== SOURCE_LANGUAGE) diagnostics.push(...textsWithoutSource(dutch, translation, lang));
  }
  return deck;
}

function checkLanguageFile(
  located: Located<z.infer<typeof languageSchema>>,
  lang: string,
  def: z.infer<typeof deckSchema>,
  deckFile: YamlFile,
  diagnostics: Diagnostic[],
): void {
  const { value, file } = located;
  const cardIds = def.cards.map((c) => c.id);
  for (const key of Object.keys(value.cards)) {
    if (!cardIds.includes(key)) {
      diagnostics.push(error(locate(file, ['cards', key], 'key'), `text for card '${key}', which the deck does not have`, suggest(key, cardIds, 'cards listed in deck.yaml')));
    }
  }
  for (const key of Object.keys(value.categories)) {
    if (!Object.hasOwn(def.categories, key)) {
      diagnostics.push(error(locate(file, ['categories', key], 'key'), `label for category '${key}', which the deck does not have`, suggest(key, Object.keys(def.categories), 'categories in deck.yaml')));
    }
  }
  const isSource = lang === SOURCE_LANGUAGE;
  for (const [i, card] of def.cards.entries()) {
    if (Object.hasOwn(value.cards, card.id)) continue;
    const message = isSource
      ? `card '${card.id}' has no Dutch text`
      : `card '${card.id}' has no ${lang} text; the Dutch text is used`;
    if (isSource) diagnostics.push(error(locate(file, ['cards']), message, `add '${card.id}:' with its title and text (listed in ${path.basename(deckFile.path)} at line ${locate(deckFile, ['cards', i]).line})`));
    else diagnostics.push(missingTranslation(locate(file, ['cards']), message));
  }
  for (const category of Object.keys(def.categories)) {
    if (Object.hasOwn(value.categories, category)) continue;
    const message = `category '${category}' has no ${isSource ? 'Dutch' : lang} label`;
    if (isSource) diagnostics.push(error(locate(file, ['categories']), message, `add '${category}:' under categories`));
    else diagnostics.push(missingTranslation(locate(file, ['categories']), `${message}; the Dutch label is used`));
  }
}

/** The section ids of every poster layout that shows deck `deckId` (read from the raw files: a poster need not be in the edition). */
function posterSections(raw: RawProject, deckId: string): { ids: Set<string>; posters: string[] } {
  const ids = new Set<string>();
  const posters: string[] = [];
  const folder = path.join(raw.root, 'layouts', 'posters');
  for (const [file, yaml] of raw.yaml) {
    if (path.dirname(file) !== folder) continue;
    const data = yaml.data as { deck?: unknown; sections?: unknown } | null;
    if (!data || typeof data !== 'object' || data.deck !== deckId) continue;
    posters.push(path.basename(file, '.yaml'));
    const visit = (value: unknown, depth: number): void => {
      if (value === null || typeof value !== 'object' || depth > 6) return;
      if (Array.isArray(value)) {
        for (const v of value) visit(v, depth + 1);
        return;
      }
      const record = value as Record<string, unknown>;
      if (typeof record.id === 'string') ids.add(record.id);
      for (const child of Object.values(record)) visit(child, depth + 1);
    };
    visit(data.sections, 0);
  }
  return { ids, posters };
}

/**
 * The headings under `poster:` name sections of the deck's posters; an unknown one (a typo) would be
 * ignored while the poster prints a fallback. Headings are plain text: a template would print literally.
 */
function checkPosterHeadings(located: Located<z.infer<typeof languageSchema>>, sections: { ids: Set<string>; posters: string[] }, diagnostics: Diagnostic[]): void {
  const headings = located.value.poster ?? {};
  for (const [key, text] of Object.entries(headings)) {
    if (sections.posters.length && !sections.ids.has(key)) {
      diagnostics.push(error(locate(located.file, ['poster', key], 'key'), `poster heading '${quote(key)}' names no section of the poster${sections.posters.length > 1 ? 's' : ''} ${sections.posters.join(', ')}`,
        suggest(key, [...sections.ids], 'sections')));
    }
    const brace = text.indexOf('{{');
    if (brace >= 0) {
      diagnostics.push(error(locateInValue(located.file, ['poster', key], brace), `a poster heading is plain text: '${quote(text.slice(brace), 30)}' would print as it is`, 'write the heading out in full'));
    }
  }
}

/** A translated field the Dutch does not have: nothing to translate from, and nothing checks it. */
function textsWithoutSource(dutch: z.infer<typeof languageSchema>, translation: Located<z.infer<typeof languageSchema>>, lang: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [cardId, card] of Object.entries(translation.value.cards)) {
    const source = dutch.cards[cardId];
    if (!source) continue; // an unknown card id, reported already
    if (card.title !== undefined && source.title === undefined) {
      found.push(warning(locate(translation.file, ['cards', cardId, 'title'], 'key'), `card '${cardId}' has a title in ${lang}.yaml but none in Dutch (no source)`, 'add the Dutch title to nl.yaml, or remove this one'));
    }
  }
  for (const field of ['subtitle', 'attribution'] as const) {
    if (translation.value.deck[field] !== undefined && dutch.deck[field] === undefined) {
      found.push(warning(locate(translation.file, ['deck', field], 'key'), `deck ${field} in ${lang}.yaml has no Dutch source`, 'add it to nl.yaml, or remove it here'));
    }
  }
  return found;
}
