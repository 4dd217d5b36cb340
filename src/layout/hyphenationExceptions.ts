import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The exceptions lists shipped with kaartwerk (`hyphenation/<lang>.txt`), like the patterns it ships. */
const FOLDER = fileURLToPath(new URL('../../hyphenation/', import.meta.url));

interface Entry {
  /** The word in lower case, without break marks. */
  word: string;
  /** Matches any ending after `word`. */
  prefix: boolean;
  /** Break positions (letters before the break) and whether each is a compound joint. */
  breaks: { at: number; joint: boolean }[];
}

const lists = new Map<string, Entry[]>();

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
  let list = lists.get(lang);
  if (!list) {
    let text = '';
    try {
      text = fs.readFileSync(`${FOLDER}${lang}.txt`, 'utf8');
    } catch {
      // no list for this language: the patterns alone
    }
    list = text.split('\n').map(parseEntry).filter((e): e is Entry => e !== undefined)
      // the longest entry first, so "lebensweltnah*" wins over "lebenswelt*"
      .sort((a, b) => b.word.length - a.word.length);
    lists.set(lang, list);
  }
  return list;
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
