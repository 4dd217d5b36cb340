import path from 'node:path';
import type { YamlFile, YamlPath } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type Project } from '../model/Project.ts';
import { languageInfo, type LanguageInfo } from '../typography/languages.ts';
import { hashOf, readSourceHashes, type SourceHashes } from './sourceHashes.ts';

/**
 * done: translated (and, where a source hash is recorded, from the present Dutch); missing: Dutch (or, for
 * kaartwerk's own words, English) is printed; stale: translated from a Dutch text that has changed since;
 * same: word for word the Dutch, not marked as meant to be.
 */
export type StringState = 'done' | 'missing' | 'stale' | 'same';

/** One string that reaches paper, in one language. */
export interface PrintedString {
  /** A deck id; `edition` (its name); `kaartwerk` (the built-in words of the office files). */
  scope: string;
  /** Its path in the language file, dotted: `cards.regel-01.title`, `cards.samenvatting.items.2`, `deck.subtitle`. */
  key: string;
  path: YamlPath;
  source: string;
  target?: string;
  state: StringState;
  /** The source hash recorded for the translation, if any. */
  recorded?: string;
  /** The file the translation is (or goes) in, and the Dutch file; the target's parsed YAML where it exists. */
  targetPath: string;
  targetFile?: YamlFile;
  sourceFile: YamlFile;
  /** A few words on where it is printed: `card regel-01, title`. */
  note: string;
  /** Stale and hash tracking apply (strings in an edition file are counted, not tracked). */
  tracked: boolean;
  /** Its card (or the deck) has no text at all in the language: reported once, for the card, by the deck's check. */
  reportedElsewhere: boolean;
}

type Flat = { path: (string | number)[]; value: string }[];

/** Every string leaf under `value`, with its path. */
function flatten(value: unknown, at: (string | number)[] = [], out: Flat = []): Flat {
  if (typeof value === 'string') out.push({ path: at, value });
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, [...at, k], out);
  return out;
}

function get(value: unknown, at: YamlPath): unknown {
  let v = value;
  for (const segment of at) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, segment)) return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}

const hasLetters = (s: string) => /\p{L}/u.test(s);

function stateOf(source: string, target: string | undefined, key: string, hashes: SourceHashes | undefined): { state: StringState; recorded?: string } {
  if (target === undefined) return { state: 'missing' };
  const recorded = hashes?.sources[key];
  if (recorded !== undefined && recorded !== hashOf(source)) return { state: 'stale', recorded };
  if (target === source && hasLetters(source) && !(recorded !== undefined && hashes?.same.includes(key))) return { state: 'same', recorded };
  return { state: 'done', recorded };
}

function noteOf(at: YamlPath): string {
  const [top, id, ...rest] = at.map(String);
  if (top === 'cards') return `card ${id}, ${rest.join(' ').replace(/^items (\d+)$/, (_, n: string) => `item ${Number(n) + 1}`)}`;
  if (top === 'deck') return `deck ${id}`;
  if (top === 'categories') return `category label ${id}`;
  if (top === 'labels') return `label over the ${id}`;
  if (top === 'prompts') return `prompt of category ${id}`;
  if (top === 'poster') return `poster heading ${id}`;
  return at.join('.');
}

export interface CollectOptions {
  readHashes?: (languageFile: string) => SourceHashes;
}

/** The strings of `collectStrings` for every language of the edition but Dutch, collected once for the translation check and the status table. */
export function stringsByLanguage(project: Project, options: CollectOptions = {}): Map<string, PrintedString[]> {
  return new Map(project.languages.filter((l) => l !== SOURCE_LANGUAGE).map((lang) => [lang, collectStrings(project, lang, options)]));
}

/** Every string of the edition that reaches paper in `lang`, with its state. Dutch (the source) has none. */
export function collectStrings(project: Project, lang: string, options: CollectOptions = {}): PrintedString[] {
  if (lang === SOURCE_LANGUAGE) return [];
  const readHashes = options.readHashes ?? readSourceHashes;
  return [
    ...project.decks.flatMap((deck) => deckStrings(project, deck, lang, readHashes)),
    ...editionStrings(project, lang),
    ...builtInStrings(lang, readHashes),
  ];
}

function deckStrings(project: Project, deck: Deck, lang: string, readHashes: (f: string) => SourceHashes): PrintedString[] {
  const dutch = deck.languages.get(SOURCE_LANGUAGE);
  if (!dutch) return [];
  const own = deck.languages.get(lang);
  const def = deck.definition.value;
  const choice = project.edition.choices.get(deck.id);
  const hasPoster = project.posters.some((p) => p.layout.value.deck === deck.id);
  const targetPath = own?.file.path ?? path.join(path.dirname(dutch.file.path), `${lang}.yaml`);
  const hashes = own ? readHashes(targetPath) : undefined;
  const printed = (at: YamlPath): boolean => {
    const [top, id] = at;
    if (top === 'cards') return def.cards.some((c) => c.id === id) && !choice?.leaveOut.includes(String(id));
    if (top === 'categories' || top === 'prompts') return Object.hasOwn(def.categories, String(id)) && def.cards.some((c) => c.category === id);
    if (top === 'poster') return hasPoster;
    return true;
  };
  const strings: PrintedString[] = [];
  for (const { path: at, value: source } of flatten(dutch.value)) {
    if (!printed(at)) continue;
    const key = at.join('.');
    // the edition's rewording of a card in this language wins over the language file
    const reworded = at[0] === 'cards' ? get(choice?.reword[String(at[1])]?.[lang], at.slice(2)) : undefined;
    const target = typeof reworded === 'string' ? reworded : get(own?.value, at);
    const found = stateOf(source, typeof target === 'string' ? target : undefined, key, typeof reworded === 'string' ? undefined : hashes);
    const wholeMissing = !own || (at[0] === 'cards' && get(own.value, at.slice(0, 2)) === undefined && reworded === undefined) || at[0] === 'categories';
    strings.push({
      scope: deck.id, key, path: at, source, target: typeof target === 'string' ? target : undefined, ...found,
      targetPath, targetFile: own?.file, sourceFile: dutch.file, note: noteOf(at), tracked: typeof reworded !== 'string', reportedElsewhere: found.state === 'missing' && wholeMissing,
    });
  }
  // cards the edition adds, with their texts per language
  for (const [n, added] of (choice?.add ?? []).entries()) {
    const texts = added.texts as Record<string, unknown>;
    for (const { path: at, value: source } of flatten(texts[SOURCE_LANGUAGE])) {
      const target = get(texts[lang], at);
      const found = stateOf(source, typeof target === 'string' ? target : undefined, '', undefined);
      strings.push({
        scope: deck.id, key: ['add', added.id, ...at].join('.'), path: ['decks', choice!.index, 'add', n, 'texts', lang, ...at], source,
        target: typeof target === 'string' ? target : undefined, ...found, targetPath: project.edition.file.path, targetFile: project.edition.file,
        sourceFile: project.edition.file, note: `added card ${added.id}, ${at.join(' ')}`, tracked: false, reportedElsewhere: found.state === 'missing' && texts[lang] === undefined,
      });
    }
  }
  return strings;
}

/** The edition's name and short name, where given per language. */
function editionStrings(project: Project, lang: string): PrintedString[] {
  const edition = project.edition;
  const strings: PrintedString[] = [];
  for (const field of ['name', 'shortName'] as const) {
    const value = edition.value[field];
    // one name for every language is the same on purpose
    if (value === undefined || typeof value === 'string' || value[SOURCE_LANGUAGE] === undefined) continue;
    const source = value[SOURCE_LANGUAGE];
    const target = Object.hasOwn(value, lang) ? value[lang] : undefined;
    // a name given in a language is that language's name, even where it reads as the Dutch
    const state: StringState = target === undefined ? 'missing' : 'done';
    strings.push({ scope: 'edition', key: `${field}.${lang}`, path: [field], source, target, state, targetPath: edition.file.path, targetFile: edition.file,
      sourceFile: edition.file, note: `the edition's ${field === 'name' ? 'name' : 'short name'}`, tracked: false, reportedElsewhere: false });
  }
  return strings;
}

/** kaartwerk's own words on the office files, from the registry (languages/nl.yaml is their source). */
function builtInStrings(lang: string, readHashes: (f: string) => SourceHashes): PrintedString[] {
  const dutch = languageInfo(SOURCE_LANGUAGE);
  const own: LanguageInfo | undefined = languageInfo(lang);
  if (!dutch || !own) return [];
  const hashes = readHashes(own.file.path);
  return flatten(dutch.words).map(({ path: at, value: source }) => {
    const full = ['words', ...at];
    const key = full.join('.');
    const target = get(own.words, at);
    const found = stateOf(source, typeof target === 'string' ? target : undefined, key, hashes);
    return {
      scope: 'kaartwerk', key, path: full, source, target: typeof target === 'string' ? target : undefined, ...found,
      targetPath: own.file.path, targetFile: own.file, sourceFile: dutch.file,
      note: builtInNote(at), tracked: true, reportedElsewhere: false,
    };
  });
}

/** Where one of kaartwerk's own words is printed. */
function builtInNote(at: YamlPath): string {
  if (at[0] === 'sheet') return 'the printing line on every card sheet';
  if (at[0] === 'files') return `the title of every ${at[1]} file (${at.join(' ')})`;
  return `the tiles overview page of a poster (${at.join(' ')})`;
}
