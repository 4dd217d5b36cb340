import { languageInfo, languageRegistry } from '../typography/languages.ts';

/** kaartwerk's own words on the office files in one language: the tiles overview page of a poster, and the line on every card sheet. */
export interface BuiltInInstructions {
  heading: string;
  steps: string[];
  sheet: string;
}

/** The words printed where a language has none of its own (and reported as missing). */
export const FALLBACK_LANGUAGE = 'en';

/** Which built-in words a language's registry file (languages/<code>.yaml `words:`) does not give. */
export function missingBuiltInWords(lang: string): ('sheet' | 'tiles.heading' | 'tiles.steps')[] {
  const words = languageInfo(lang)?.words ?? {};
  return [
    ...(words.sheet === undefined ? ['sheet' as const] : []),
    ...(words.tiles?.heading === undefined ? ['tiles.heading' as const] : []),
    ...(words.tiles?.steps === undefined ? ['tiles.steps' as const] : []),
  ];
}

/**
 * The words for a language, from its registry file; each one it lacks in English (the check reports it as
 * a missing translation, like any other string).
 */
export function instructionsFor(lang: string): BuiltInInstructions {
  const own = languageInfo(lang)?.words ?? {};
  const fallback = languageInfo(FALLBACK_LANGUAGE)?.words ?? {};
  return {
    heading: own.tiles?.heading ?? fallback.tiles?.heading ?? 'Poster in tiles',
    steps: own.tiles?.steps ?? fallback.tiles?.steps ?? [],
    sheet: own.sheet ?? fallback.sheet ?? '',
  };
}

/** The words of every language in the registry that has its own (kept for callers that index by language). */
export const TILE_INSTRUCTIONS: Record<string, BuiltInInstructions> = Object.fromEntries(
  [...languageRegistry().languages.values()].filter((l) => l.words.sheet || l.words.tiles).map((l) => [l.code, instructionsFor(l.code)]),
);
