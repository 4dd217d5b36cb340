import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BoundedCache } from '../input/BoundedCache.ts';
import { InputSet } from '../input/InputSet.ts';

/** The exceptions lists shipped with kaartwerk (`hyphenation/<lang>.txt`), like the patterns it ships. */
export const HYPHENATION_FOLDER = fileURLToPath(new URL('../../hyphenation/', import.meta.url));

interface Entry {
  /** The word in lower case, without break marks. */
  word: string;
  /** Matches any ending after `word`. */
  prefix: boolean;
  /** Break positions (letters before the break) and whether each is a compound joint. */
  breaks: { at: number; joint: boolean }[];
}

/** The lists in use, by language: their text's content hash and the parsed entries. */
let current: Map<string, { hash: string; entries: Entry[] }> | undefined;
/** Parsed lists by content hash: a list read again unchanged is not parsed again. */
const parsedLists = new BoundedCache<Entry[]>('hyphenation lists', 64);

/**
 * Reads the lists again (load calls it for every build, through the build's inputs, so that `watch` sees
 * an edited list): a few small files. A list whose hash changed gives new cache keys (hyphenationKey) to
 * everything hyphenated with it.
 */
export function readHyphenationLists(inputs = new InputSet(), folder = HYPHENATION_FOLDER): void {
  const lists = new Map<string, { hash: string; entries: Entry[] }>();
  for (const entry of inputs.readDir(folder)) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const input = inputs.read(path.join(folder, entry.name));
    const entries = parsedLists.getOrMake(input.hash, () => parseList(Buffer.from(input.bytes).toString('utf8')));
    lists.set(entry.name.slice(0, -'.txt'.length), { hash: input.hash, entries });
  }
  current = lists;
}

function parseList(text: string): Entry[] {
  return text.split('\n').map(parseEntry).filter((e): e is Entry => e !== undefined)
    // the longest entry first, so "lebensweltnah*" wins over "lebenswelt*"
    .sort((a, b) => b.word.length - a.word.length);
}

/** What hyphenating a word of `lang` depends on besides the word: the content hash of its list, if any. */
export function hyphenationKey(lang: string): string {
  if (!current) readHyphenationLists();
  // the start of the hash: enough to tell lists apart, and short in the many keys of the syllables
  return current!.get(lang)?.hash.slice(0, 16) ?? 'none';
}

/** Reads one line of an exceptions list: `ent-wick-lungs=pro-zess*`. */
export function parseEntry(line: string): Entry | undefined {
  const spec = line.replace(/#.*/, '').trim();
  if (spec === '') return undefined;
  const prefix = spec.endsWith('*');
  const breaks: Entry['breaks'] = [];
  let word = '';
  for (const ch of [...(prefix ? spec.slice(0, -1) : spec)]) {
    if (ch === '-' || ch === '=') breaks.push({ at: [...word].length, joint: ch === '=' });
    else word += ch;
  }
  return { word: word.toLowerCase(), prefix, breaks };
}

function listFor(lang: string): Entry[] {
  if (!current) readHyphenationLists();
  return current!.get(lang)?.entries ?? [];
}

/**
 * The pieces of `word` as its language's exceptions list breaks it, or undefined when it is not listed.
 * Punctuation around the word stays on its first and last piece.
 */
export function exceptionFor(word: string, lang: string): { text: string; joint: boolean }[] | undefined {
  const list = listFor(lang);
  if (list.length === 0) return undefined;
  const chars = [...word];
  const lead = chars.findIndex((c) => /\p{L}/u.test(c));
  if (lead < 0) return undefined;
  let end = chars.length;
  while (end > lead && !/\p{L}/u.test(chars[end - 1]!)) end--;
  const core = chars.slice(lead, end).join('').toLocaleLowerCase(lang);
  const entry = list.find((e) => (e.prefix ? core.startsWith(e.word) : core === e.word));
  if (!entry) return undefined;
  const pieces: { text: string; joint: boolean }[] = [];
  let from = 0;
  for (const { at, joint } of entry.breaks) {
    pieces.push({ text: chars.slice(from, lead + at).join(''), joint });
    from = lead + at;
  }
  pieces.push({ text: chars.slice(from).join(''), joint: false });
  return pieces;
}
