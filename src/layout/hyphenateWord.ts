import { createRequire } from 'node:module';
import { compoundJointAfter } from './languageBreakRules.ts';
import { exceptionFor, hyphenationKey } from './hyphenationExceptions.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { hyphenationPatterns } from './hyphenationPatterns.ts';
import { languageInfo } from '../typography/languages.ts';

const require = createRequire(import.meta.url);
type Hyphenator = (text: string) => string;
const createHyphenator = require('hyphen') as (patterns: unknown, options: { hyphenChar: string }) => Hyphenator;

export const SOFT_HYPHEN = '\u00ad';
/** Fewest letters on either side of an added hyphen. */
const MIN_LETTERS = 3;
/** A word with fewer letters stays whole: split in two it reads badly at any size. */
const MIN_WORD_LETTERS = 8;
/**
 * A longer word is not given to the patterns (their cost grows with the square of the word): no word
 * of a card language is this long, so it is a mistake (a pasted string) and stays whole.
 */
export const MAX_HYPHENATED_LETTERS = 60;

/** A piece of a word; a line may end after it with an added hyphen, at `cost` times the usual hyphen cost. */
export interface Syllable {
  text: string;
  cost: number;
}

/** Hyphenators by pattern module (kaartwerk's own, fixed while it runs): a few languages. */
const hyphenators = new BoundedCache<Hyphenator | null>('hyphenators', 64);

/** The language has hyphenation patterns (`hyphenation:` in its registry file, languages/<code>.yaml). */
export function hasHyphenation(lang: string): boolean {
  return languageInfo(lang)?.hyphenation !== undefined;
}

function hyphenatorFor(lang: string): Hyphenator | null {
  const module = languageInfo(lang)?.hyphenation;
  if (!module) return null;
  return hyphenators.getOrMake(module, () => createHyphenator(hyphenationPatterns(module), { hyphenChar: SOFT_HYPHEN }));
}

/** Syllables by language and the content hash of its exceptions list, by word. */
const syllableCache = new BoundedCache<Map<string, Syllable[]>>('syllables', 64);
/** A language's map starts again empty beyond this many words (a long watch session). */
const MAX_WORDS_PER_LANGUAGE = 100_000;
const syllablesIn = (lang: string) => syllableCache.getOrMake(syllablesKey(lang), () => new Map());

/** The syllables of a word (punctuation attached) where a line may break with a hyphen. */
export function hyphenateWord(word: string, lang: string): string[] {
  return syllablesOf(word, lang).map((s) => s.text);
}

/**
 * Splits a word at its hyphenation points, each with its cost factor. Soft hyphens the author wrote win;
 * then the language's exceptions list (`hyphenation/<lang>.txt`); then the TeX patterns. At least three
 * letters stay on either side of a break; where the word has compound joints, a break at a joint costs
 * half and one inside a part costs double, so "Entwicklungs-prozess" wins over "Entwicklungspro-zess".
 */
export function syllablesOf(word: string, lang: string): Syllable[] {
  const known = syllablesIn(lang);
  let syllables = known.get(word);
  if (!syllables) {
    if (known.size >= MAX_WORDS_PER_LANGUAGE) known.clear();
    syllables = splitWord(word, lang);
    known.set(word, syllables);
  }
  return syllables;
}

/** Every word split in this process for the language (to keep them between runs). */
export function knownSyllables(lang: string): ReadonlyMap<string, Syllable[]> {
  return syllablesIn(lang);
}

/** Words split before, by an earlier run with the same exceptions list and code: not split again. */
export function addKnownSyllables(lang: string, split: readonly (readonly [string, Syllable[]])[]): void {
  const known = syllablesIn(lang);
  for (const [word, syllables] of split) {
    if (known.size >= MAX_WORDS_PER_LANGUAGE) return;
    if (typeof word === 'string' && Array.isArray(syllables)) known.set(word, syllables);
  }
}

/** What the syllables of a language depend on besides the code: its exceptions list. */
export const syllablesKey = (lang: string): string => `${hyphenationKey(lang)}\u0000${lang}`;

function splitWord(word: string, lang: string): Syllable[] {
  if (word.includes(SOFT_HYPHEN)) return word.split(SOFT_HYPHEN).filter((p) => p !== '').map((text) => ({ text, cost: 1 }));
  if (word.length > 4 * MAX_HYPHENATED_LETTERS) return [{ text: word, cost: 1 }];
  const count = letters(word);
  if (count < MIN_WORD_LETTERS || count > MAX_HYPHENATED_LETTERS) return [{ text: word, cost: 1 }];
  const listed = exceptionFor(word, lang);
  const pieces: { text: string; joint: boolean }[] = listed
    ?? (hyphenatorFor(lang)?.(word) ?? word).split(SOFT_HYPHEN).filter((p) => p !== '').map((text) => ({ text, joint: false }));
  if (!listed) pieces.forEach((p, i) => { if (i < pieces.length - 1 && compoundJointAfter(p.text, lang)) p.joint = true; });
  // at least three letters before a break and three after it ("onderlin-ge" carries too little over)
  while (pieces.length > 1 && letters(pieces[0]!.text) < MIN_LETTERS) merge(pieces, 0);
  while (pieces.length > 1 && letters(pieces[pieces.length - 1]!.text) < MIN_LETTERS) merge(pieces, pieces.length - 2);
  const hasJoint = pieces.some((p, i) => p.joint && i < pieces.length - 1);
  return pieces.map((p) => ({ text: p.text, cost: hasJoint ? (p.joint ? 0.5 : 2) : 1 }));
}

/** Joins piece `i` and the next; the joined piece keeps the joint after the second. */
function merge(pieces: { text: string; joint: boolean }[], i: number): void {
  const next = pieces[i + 1]!;
  pieces.splice(i, 2, { text: pieces[i]!.text + next.text, joint: next.joint });
}

function letters(s: string): number {
  return [...s].filter((c) => /\p{L}/u.test(c)).length;
}
