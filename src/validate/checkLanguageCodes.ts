import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Located } from '../model/Project.ts';
import { languageInfo, languageRegistry, supportedLanguages } from '../typography/languages.ts';
import type { Edition } from './schemas.ts';
import { closest } from './closest.ts';

/**
 * Every language of the edition is in the registry (languages/<code>.yaml) and can be set: an unknown
 * code is an error with the supported ones; a right-to-left language is refused with one message (not one
 * per missing glyph), until kaartwerk can set it.
 */
export function checkLanguageCodes(edition: Located<Edition>): Diagnostic[] {
  const registry = languageRegistry();
  const diagnostics: Diagnostic[] = [...registry.diagnostics];
  const supported = supportedLanguages();
  const rtl: { lang: string; index: number }[] = [];
  for (const [index, lang] of edition.value.languages.entries()) {
    const info = languageInfo(lang);
    if (!info) {
      const near = closest(lang, supported);
      diagnostics.push(error(locate(edition.file, ['languages', index]), `unknown language '${lang}'`,
        `${near ? `did you mean '${near}'? ` : ''}supported: ${supported.join(', ')} (a new one is a file in languages/, see the README)`));
    } else if (info.direction === 'rtl') {
      rtl.push({ lang, index });
    }
  }
  if (rtl.length) {
    const names = rtl.map(({ lang }) => `${languageInfo(lang)?.englishName ?? lang} (${lang})`).join(', ');
    diagnostics.push(error(locate(edition.file, ['languages', rtl[0]!.index]), `${names} is written right to left, which kaartwerk cannot set yet`,
      'build the other languages without it; right-to-left text (Arabic, Hebrew, Persian) needs bidirectional layout, which is planned'));
  }
  return diagnostics;
}
