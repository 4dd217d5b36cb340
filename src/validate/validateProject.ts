import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import type { z } from 'zod';
import { error, usageError, warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, type YamlFile } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type BuildOptions, type Deck, type Poster, type FontFace, type FontRole, type FontSet, type Located, type Project, type RawProject } from '../model/Project.ts';
import { closest } from './closest.ts';
import { checkDeckColours } from './checkDeckColours.ts';
import { checkGlossary, checkGlossaryTerms } from './checkGlossary.ts';
import { cardLayoutSchema, deckSchema, editionSchema, formatsSchema, glossarySchema, languageSchema, papersSchema, posterLayoutSchema, themeSchema, type Glossary, type Theme } from './schemas.ts';
import { validateYaml } from './validateYaml.ts';

type Selection = Pick<BuildOptions, 'langs' | 'only' | 'format' | 'paper' | 'strict'>;

/** Typed content from the raw files, with every problem across all files collected. */
export function validateProject(raw: RawProject, options: Selection): { project?: Project; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const check = <S extends z.ZodType>(file: string, schema: S): Located<z.infer<S>> | undefined => {
    const yaml = raw.yaml.get(file);
    if (!yaml) return undefined;
    const result = validateYaml(yaml, schema);
    diagnostics.push(...result.diagnostics);
    return result.value === undefined ? undefined : { value: result.value, file: yaml };
  };
  const layouts = path.join(raw.root, 'layouts');
  const theme = check(path.join(layouts, 'theme.yaml'), themeSchema);
  const formats = check(path.join(layouts, 'formats.yaml'), formatsSchema);
  const papers = check(path.join(layouts, 'papers.yaml'), papersSchema);
  const cardLayouts = new Map<string, Located<z.infer<typeof cardLayoutSchema>>>();
  for (const name of raw.cardLayoutNames) {
    const layout = check(path.join(layouts, 'cards', `${name}.yaml`), cardLayoutSchema);
    if (layout) cardLayouts.set(name, layout);
  }
  const edition = check(raw.editionPath, editionSchema);
  const fonts = theme ? loadFonts(theme, raw.fontFiles, diagnostics) : undefined;

  if (formats && options.format && !(options.format in formats.value.formats)) {
    diagnostics.push(usageError(`unknown card format '${options.format}' in --format`, `known formats: ${Object.keys(formats.value.formats).join(', ')}`));
  }
  if (papers && !(options.paper in papers.value.papers)) {
    diagnostics.push(usageError(`unknown paper '${options.paper}' in --paper`, `known papers: ${Object.keys(papers.value.papers).join(', ')}`));
  }

  const glossaries = new Map<string, Located<Glossary>>();
  for (const file of raw.yaml.keys()) {
    if (path.dirname(file) !== path.join(raw.root, 'glossary')) continue;
    const glossary = check(file, glossarySchema);
    if (glossary) glossaries.set(path.basename(file, '.yaml'), glossary);
  }

  const decks: Deck[] = [];
  const posters: Poster[] = [];
  let languages: string[] = [];
  if (edition) {
    for (const [i, deckId] of edition.value.decks.entries()) {
      if (!raw.deckFolders.has(deckId)) {
        diagnostics.push(error(locate(edition.file, ['decks', i]), `unknown deck '${deckId}'`, suggest(deckId, [...raw.deckFolders.keys()], 'decks in cards/')));
      }
    }
    const available = edition.value.decks.filter((d) => raw.deckFolders.has(d));
    for (const [i, posterId] of edition.value.posters.entries()) {
      if (!raw.posterLayoutNames.includes(posterId)) {
        diagnostics.push(error(locate(edition.file, ['posters', i]), `unknown poster '${posterId}'`, suggest(posterId, raw.posterLayoutNames, 'posters in layouts/posters/')));
      }
    }
    const availablePosters = edition.value.posters.filter((p) => raw.posterLayoutNames.includes(p));
    for (const id of options.only ?? []) {
      const known = available.includes(id) || (id.startsWith('poster-') && availablePosters.includes(id.slice(7)));
      if (!known) diagnostics.push(usageError(`unknown deck or poster '${id}' in --only`, `this edition has: ${[...available, ...availablePosters.map((p) => `poster-${p}`)].join(', ')}`));
    }
    // posters first: they name the decks whose words they need, built or not
    for (const posterId of availablePosters.filter((p) => !options.only || options.only.includes(`poster-${p}`))) {
      const layout = check(path.join(layouts, 'posters', `${posterId}.yaml`), posterLayoutSchema);
      if (!layout) continue;
      if (!raw.deckFolders.has(layout.value.deck)) {
        diagnostics.push(error(locate(layout.file, ['deck']), `unknown deck '${layout.value.deck}'`, suggest(layout.value.deck, [...raw.deckFolders.keys()], 'decks in cards/')));
        continue;
      }
      posters.push({ id: posterId, layout });
    }
    languages = edition.value.languages;
    for (const lang of options.langs ?? []) {
      if (!languages.includes(lang)) diagnostics.push(usageError(`language '${lang}' in --lang is not one of this edition`, `its languages: ${languages.join(', ')}`));
    }
    if (options.langs) languages = languages.filter((l) => options.langs?.includes(l));
    const built = available.filter((d) => !options.only || options.only.includes(d));
    const needed = [...new Set([...built, ...posters.map((p) => p.layout.value.deck)])];
    for (const id of needed) {
      const deck = validateDeck(raw, id, languages, cardLayouts, formats?.value.formats, options.strict, diagnostics, check);
      if (deck) decks.push({ ...deck, build: built.includes(id) });
      if (deck && theme) diagnostics.push(...checkDeckColours(deck.definition, theme.value.colours.text));
    }
    const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
    for (const lang of languages) {
      const target = glossaries.get(lang);
      if (sourceGlossary && target && lang !== SOURCE_LANGUAGE) diagnostics.push(...checkGlossaryTerms(sourceGlossary.value, target, lang));
    }
    diagnostics.push(...decks.flatMap((deck) => glossaryDiagnostics(deck, glossaries)));
  } else {
    // The edition is broken: still check its deck list and every deck, so that all problems show at once.
    const editionYaml = raw.yaml.get(raw.editionPath);
    const listed = (editionYaml?.data as { decks?: unknown } | undefined)?.decks;
    if (editionYaml && Array.isArray(listed)) {
      listed.forEach((deckId, i) => {
        if (typeof deckId === 'string' && !raw.deckFolders.has(deckId)) {
          diagnostics.push(error(locate(editionYaml, ['decks', i]), `unknown deck '${deckId}'`, suggest(deckId, [...raw.deckFolders.keys()], 'decks in cards/')));
        }
      });
    }
    for (const [id, found] of raw.deckFolders) {
      if (!options.only || options.only.includes(id)) validateDeck(raw, id, found, cardLayouts, formats?.value.formats, options.strict, diagnostics, check);
    }
  }
  if (!theme || !formats || !papers || !edition || !fonts || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics };
  }
  const editionId = path.basename(raw.editionPath) === 'edition.yaml'
    ? path.basename(path.dirname(raw.editionPath))
    : path.basename(raw.editionPath).replace(/\.ya?ml$/, '');
  return {
    project: { root: raw.root, theme, formats, papers, cardLayouts, edition: { ...edition, id: editionId }, decks, posters, languages, fonts },
    diagnostics,
  };
}

function validateDeck(
  raw: RawProject,
  id: string,
  languages: string[],
  cardLayouts: Map<string, unknown>,
  formats: Record<string, unknown> | undefined,
  strict: boolean,
  diagnostics: Diagnostic[],
  check: <S extends z.ZodType>(file: string, schema: S) => Located<z.infer<S>> | undefined,
): Deck | undefined {
  const folder = path.join(raw.root, 'cards', id);
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
  if (formats && !(def.format in formats)) {
    diagnostics.push(error(locate(file, ['format']), `unknown card format '${def.format}'`, suggest(def.format, Object.keys(formats), 'formats in layouts/formats.yaml')));
  }
  const seen = new Set<string>();
  for (const [i, card] of def.cards.entries()) {
    if (seen.has(card.id)) diagnostics.push(error(locate(file, ['cards', i, 'id']), `card id '${card.id}' is used twice`, 'every card needs its own id'));
    seen.add(card.id);
    if (!(card.category in def.categories)) {
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
        diagnostics.push(missingTranslation(strict, { file: langFile, line: 1, col: 1 }, `deck '${id}' has no ${lang}.yaml; the Dutch text is used`));
      }
      continue;
    }
    const located = check(langFile, languageSchema);
    if (!located) continue;
    deck.languages.set(lang, located);
    checkLanguageFile(located, lang, def, file, strict, diagnostics);
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
  strict: boolean,
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
    if (!(key in def.categories)) {
      diagnostics.push(error(locate(file, ['categories', key], 'key'), `label for category '${key}', which the deck does not have`, suggest(key, Object.keys(def.categories), 'categories in deck.yaml')));
    }
  }
  const isSource = lang === SOURCE_LANGUAGE;
  for (const [i, card] of def.cards.entries()) {
    if (card.id in value.cards) continue;
    const message = isSource
      ? `card '${card.id}' has no Dutch text`
      : `card '${card.id}' has no ${lang} text; the Dutch text is used`;
    if (isSource) diagnostics.push(error(locate(file, ['cards']), message, `add '${card.id}:' with its title and text (listed in ${path.basename(deckFile.path)} at line ${locate(deckFile, ['cards', i]).line})`));
    else diagnostics.push(missingTranslation(strict, locate(file, ['cards']), message));
  }
  for (const category of Object.keys(def.categories)) {
    if (category in value.categories) continue;
    const message = `category '${category}' has no ${isSource ? 'Dutch' : lang} label`;
    if (isSource) diagnostics.push(error(locate(file, ['categories']), message, `add '${category}:' under categories`));
    else diagnostics.push(missingTranslation(strict, locate(file, ['categories']), `${message}; the Dutch label is used`));
  }
}

/** Glossary consistency of every translation of a deck (where both glossaries exist). */
function glossaryDiagnostics(deck: Deck, glossaries: Map<string, Located<Glossary>>): Diagnostic[] {
  const source = deck.languages.get(SOURCE_LANGUAGE);
  const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
  if (!source || !sourceGlossary) return [];
  return [...deck.languages].flatMap(([lang, target]) => {
    const targetGlossary = glossaries.get(lang);
    return lang === SOURCE_LANGUAGE || !targetGlossary ? [] : checkGlossary(source.value, target, lang, sourceGlossary.value, targetGlossary);
  });
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

function missingTranslation(strict: boolean, source: Diagnostic['source'], message: string): Diagnostic {
  return strict
    ? error(source, message, 'add the translation, or build without --strict to fall back to Dutch')
    : warning(source, message, 'add the translation; --strict makes this an error');
}

function suggest(word: string, known: string[], what: string): string {
  const near = closest(word, known);
  return near ? `did you mean '${near}'?` : `${what}: ${known.join(', ') || 'none'}`;
}

function loadFonts(theme: Located<Theme>, files: Map<string, Uint8Array>, diagnostics: Diagnostic[]): FontSet | undefined {
  const faces: Partial<FontSet> = {};
  for (const role of ['regular', 'bold', 'italic'] as const satisfies readonly FontRole[]) {
    const fileName = theme.value.fonts[role];
    const at = locate(theme.file, ['fonts', role]);
    if (/\.woff2?$/i.test(fileName)) {
      diagnostics.push(error(at, `font '${fileName}' is a web font`, 'WOFF and WOFF2 embed broken in PDFs: use the TTF or OTF file'));
      continue;
    }
    const bytes = files.get(fileName);
    if (!bytes) {
      diagnostics.push(error(at, `font file '${fileName}' not found in fonts/`, `fonts there: ${[...files.keys()].join(', ') || 'none'}`));
      continue;
    }
    let font: Font;
    try {
      const created = fontkit.create(Buffer.from(bytes));
      if (!('layout' in created)) throw new Error('a font collection');
      font = created;
    } catch (e) {
      diagnostics.push(error(at, `font file '${fileName}' cannot be read: ${e instanceof Error ? e.message : String(e)}`, 'use a TTF or OTF file'));
      continue;
    }
    faces[role] = { role, fileName, bytes, font } satisfies FontFace;
  }
  return faces.regular && faces.bold && faces.italic ? (faces as FontSet) : undefined;
}
