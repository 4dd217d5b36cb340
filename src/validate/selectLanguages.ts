import { usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Edition } from '../model/Edition.ts';
import type { Located } from '../model/Project.ts';
import { checkLanguageCodes } from './checkLanguageCodes.ts';

/** The edition's languages that kaartwerk can set, narrowed to `--lang` (which must name some of them). */
export function selectLanguages(edition: Located<Edition>, langs: string[] | undefined): { languages: string[]; diagnostics: Diagnostic[] } {
  const languages = edition.value.languages;
  const diagnostics = [...checkLanguageCodes(edition)];
  for (const lang of langs ?? []) {
    if (!languages.includes(lang)) diagnostics.push(usageError(`language '${lang}' in --lang is not one of this edition`, `its languages: ${languages.join(', ')}`));
  }
  return { languages: langs ? languages.filter((l) => langs.includes(l)) : languages, diagnostics };
}
