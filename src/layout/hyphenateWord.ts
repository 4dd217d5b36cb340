import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Hyphenator = (text: string) => string;
const createHyphenator = require('hyphen') as (patterns: unknown, options: { hyphenChar: string }) => Hyphenator;

/** The `hyphen` pattern set for each card language; a later language is one line here. */
const PATTERNS: Record<string, string> = {
  nl: 'hyphen/patterns/nl',
  en: 'hyphen/patterns/en-gb',
  fr: 'hyphen/patterns/fr',
  de: 'hyphen/patterns/de-1996',
  tr: 'hyphen/patterns/tr',
  pl: 'hyphen/patterns/pl',
};

export const SOFT_HYPHEN = '\u00ad';
const hyphenators = new Map<string, Hyphenator | null>();

export function hasHyphenation(lang: string): boolean {
  return lang in PATTERNS;
}

function hyphenatorFor(lang: string): Hyphenator | null {
  let h = hyphenators.get(lang);
  if (h === undefined) {
    const module = PATTERNS[lang];
    h = module ? createHyphenator(require(module), { hyphenChar: SOFT_HYPHEN }) : null;
    hyphenators.set(lang, h);
  }
  return h;
}

/**
 * Splits a word (punctuation attached) at its hyphenation points. Soft hyphens the author wrote win over
 * the patterns; the first piece has at least two letters, the last at least three.
 */
const syllableCache = new Map<string, string[]>();

export function hyphenateWord(word: string, lang: string): string[] {
  const key = `${lang}\u0000${word}`;
  let pieces = syllableCache.get(key);
  if (!pieces) {
    pieces = splitWord(word, lang);
    syllableCache.set(key, pieces);
  }
  return pieces;
}

function splitWord(word: string, lang: string): string[] {
  let marked = word;
  if (!word.includes(SOFT_HYPHEN)) {
    // short words stay whole: a five-letter word split in two reads badly at any size
    if ([...word].filter((c) => /\p{L}/u.test(c)).length < 6) return [word];
    marked = hyphenatorFor(lang)?.(word) ?? word;
  }
  const pieces = marked.split(SOFT_HYPHEN).filter((p) => p !== '');
  const letters = (s: string): number => [...s].filter((c) => /\p{L}/u.test(c)).length;
  while (pieces.length > 1 && letters(pieces[0] ?? '') < 2) pieces.splice(0, 2, (pieces[0] ?? '') + (pieces[1] ?? ''));
  // at least two letters before a break and three after it ("onderlin-ge" carries too little over)
  while (pieces.length > 1 && letters(pieces[pieces.length - 1] ?? '') < 3) {
    const last = pieces.pop() ?? '';
    pieces[pieces.length - 1] += last;
  }
  return pieces;
}
