import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import { languageInfo } from '../typography/languages.ts';

/** The kinds of output file, each with a title in every language (`words: files:` in the registry). */
export type FileKindWord = 'cards' | 'sheets' | 'poster' | 'tiles';

/**
 * kaartwerk's own words in one language: the tiles overview page of a poster, the line on every card
 * sheet, and what each output file is (in its title). They live in the registry, `languages/<code>.yaml`
 * `words:` (the Dutch in nl.yaml are the source), so a translator adds them with the rest; the translation
 * check counts each one (src/translate/collectStrings.ts) and reports a missing one.
 */
export interface BuiltInInstructions {
  heading: string;
  steps: string[];
  sheet: string;
  files: Record<FileKindWord, string>;
}

/** The words printed where a language has none of its own (and reported as missing). */
export const FALLBACK_LANGUAGE = 'en';

/** What a file is, when even the English registry file is unreadable (check reports that file). */
const LAST_RESORT_FILES: Record<FileKindWord, string> = {
  cards: 'cards, print file', sheets: 'cards on {paper} sheets', poster: '{size} poster, print file', tiles: '{size} poster on {paper} tiles',
};

/**
 * The words for a language, from its registry file; each one it lacks in English (the check reports it as
 * a missing translation, like any other string).
 */
export function instructionsFor(lang: string): BuiltInInstructions {
  const own = languageInfo(lang)?.words ?? {};
  const fallback = languageInfo(FALLBACK_LANGUAGE)?.words ?? {};
  const file = (kind: FileKindWord) => own.files?.[kind] ?? fallback.files?.[kind] ?? LAST_RESORT_FILES[kind];
  return {
    heading: own.tiles?.heading ?? fallback.tiles?.heading ?? 'Poster in tiles',
    steps: own.tiles?.steps ?? fallback.tiles?.steps ?? [],
    sheet: own.sheet ?? fallback.sheet ?? '',
    files: { cards: file('cards'), sheets: file('sheets'), poster: file('poster'), tiles: file('tiles') },
  };
}

/**
 * Where a language's own word (`words: sheet`, `words: tiles: steps`…) is written in the registry, or, for a
 * language without it, the English fallback's: the place a message about those words points at.
 */
export function instructionsSource(lang: string, path: (string | number)[]): SourceRef | undefined {
  const has = (info: ReturnType<typeof languageInfo>) => {
    let node: unknown = info?.words;
    for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
    return node !== undefined;
  };
  const own = languageInfo(lang);
  const info = has(own) ? own : languageInfo(FALLBACK_LANGUAGE);
  return info ? locate(info.file, ['words', ...path]) : undefined;
}
