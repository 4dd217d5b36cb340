import { addKnownConversions, knownConversions, PROFILE_KEY } from '../colour/pressProfile.ts';
import { addKnownSyllables, knownSyllables, syllablesKey } from '../layout/hyphenateWord.ts';
import { addKnownAdvances, knownAdvances } from '../layout/measureText.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';
import type { FontSet } from '../model/Project.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import type { DiskCache } from './diskCache.ts';
import { hashValue } from './hashValue.ts';

/**
 * How many entries each kept table had when it was last read from or given to a cache folder (by folder
 * and table): read once per process, written again only when something new was measured.
 */
const kept = new BoundedCache<number>('stored measures', 256);

/** A table of measures kept between runs: its entries in this process, and a way to add earlier ones. */
interface Table<V> {
  /** What the table's entries depend on besides the code (a font's content hash, a language and its exceptions list). */
  id: string;
  known(): ReadonlyMap<string, V>;
  add(entries: [string, V][]): void;
}

/**
 * The value given to the disk cache: the table itself, turned into its entries only as the cache writes
 * them (at the end of the command), not copied after every deck that measured a new word.
 */
class LiveTable<V> {
  constructor(private readonly known: ReadonlyMap<string, V>) {}

  toJSON(): [string, V][] {
    return [...this.known];
  }
}

function keepBetweenRuns<V, T>(cache: DiskCache, tables: Table<V>[], work: () => T): T {
  // no cache folder (KAARTWERK_CACHE=0): nothing is kept between runs
  if (!cache.dir) return work();
  const entryKey = (table: Table<V>) => hashValue('storedMeasures', codeFingerprint(), table.id);
  const slot = (table: Table<V>) => `${cache.dir ?? ''}\u0000${table.id}`;
  for (const table of tables) {
    if (kept.get(slot(table)) !== undefined) continue;
    const stored = cache.get<[string, V][]>(entryKey(table));
    if (Array.isArray(stored)) table.add(stored);
    kept.set(slot(table), table.known().size);
  }
  const result = work();
  for (const table of tables) {
    const known = table.known();
    if (known.size === kept.get(slot(table))) continue;
    cache.set(entryKey(table), new LiveTable(known));
    kept.set(slot(table), known.size);
  }
  return result;
}

/**
 * `lay()` with the measures of earlier runs at hand: the advance widths of words, per font (by its content
 * hash), and their syllables, per language (with its exceptions list). Laying out a card or a poster
 * measures and hyphenates its words, and shaping (fontkit) and hyphenating (the TeX patterns, loaded per
 * language) are most of what that costs in a fresh process: a one-card edit then measures and splits
 * only the words that are new. The code (fontkit's and hyphen's versions among it) is part of each key.
 */
export function withStoredMeasures<T>(cache: DiskCache, fonts: FontSet, lang: string, lay: () => T): T {
  const advances: Table<number>[] = Object.values(fonts).map(({ font }) => ({
    id: `advances\u0000${fontKey(font)}`,
    known: () => knownAdvances(font),
    add: (entries) => addKnownAdvances(font, entries),
  }));
  const syllables: Table<unknown>[] = [{
    id: `syllables\u0000${syllablesKey(lang)}`,
    known: () => knownSyllables(lang),
    add: (entries) => addKnownSyllables(lang, entries as Parameters<typeof addKnownSyllables>[1]),
  }];
  return keepBetweenRuns(cache, advances, () => keepBetweenRuns(cache, syllables, lay));
}

/**
 * `work()` with the colours of earlier runs at hand: each single colour converted through the press
 * profile (by its content hash), with its result (see colour/pressProfile.ts). A check after an edit
 * judges the same colours as the one before it, and then opens no profile and creates no transform.
 */
export function withStoredConversions<T>(cache: DiskCache, work: () => T): T {
  return keepBetweenRuns(cache, [{ id: `colour conversions\u0000${PROFILE_KEY}`, known: knownConversions, add: addKnownConversions }], work);
}
