import { SOURCE_LANGUAGE } from '../model/Project.ts';
import type { PerLanguage } from '../model/Edition.ts';

/** A text given once or per language, in `lang` (else Dutch, else the first given). */
export function inLanguage(text: PerLanguage | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text[SOURCE_LANGUAGE] ?? Object.values(text)[0];
}
