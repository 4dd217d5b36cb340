import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { missingTranslation } from '../diagnostics/missingTranslation.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Project } from '../model/Project.ts';
import { FALLBACK_LANGUAGE } from '../layout/tileInstructions.ts';
import { stringsByLanguage, type CollectOptions, type PrintedString } from './collectStrings.ts';

/** More strings of one file the same as the Dutch than this are reported as one: an untranslated copy. */
const SAME_ONE_BY_ONE = 8;

/**
 * Every string that reaches paper, in every language of the edition: one that falls back (to Dutch, or for
 * kaartwerk's own words to English), one translated from a Dutch text that has changed since, and one that
 * reads word for word as the Dutch without being marked so, is a warning (an error under `--strict`, applied by the pipeline).
 * A card, category label or language file missing as a whole is reported by the deck's check, once.
 */
export function checkTranslations(project: Project, options: CollectOptions = {}, collected = stringsByLanguage(project, options)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [lang, strings] of collected) {
    const missingStrings = strings.filter((x) => x.state === 'missing' && !x.reportedElsewhere);
    for (const s of missingStrings.filter((x) => x.scope !== 'kaartwerk')) diagnostics.push(missing(s, lang));
    const builtIn = missingStrings.filter((x) => x.scope === 'kaartwerk');
    if (builtIn.length) {
      const file = builtIn[0]!.targetFile;
      diagnostics.push(missingTranslation(file ? locate(file, ['words']) : undefined,
        `kaartwerk's own words on the office files and in the files' titles (${builtIn.map((s) => s.key.replace(/^words\./, '')).join(', ')}) have no ${lang} text; they are printed in English`,
        `add them under words: in languages/${lang}.yaml (languages/nl.yaml has the Dutch, languages/${FALLBACK_LANGUAGE}.yaml the English)`));
    }
    for (const s of strings.filter((x) => x.state === 'stale')) {
      diagnostics.push(missingTranslation(where(s), `${s.note}: the ${lang} text was translated from an earlier Dutch text, which has changed since`,
        `check the translation against the Dutch, then record it: kaartwerk translations mark --lang ${lang}`));
    }
    const same = strings.filter((x) => x.state === 'same');
    for (const file of new Set(same.map((s) => s.targetPath))) {
      const inFile = same.filter((s) => s.targetPath === file);
      const total = strings.filter((s) => s.targetPath === file).length;
      if (inFile.length > SAME_ONE_BY_ONE) {
        diagnostics.push(missingTranslation({ file, line: 1, col: 1 },
          `${inFile.length} of ${total} strings read word for word as the Dutch (an untranslated copy?): ${inFile.slice(0, 3).map((s) => s.key).join(', ')}, …`,
          `translate them; a name meant to stay as it is (SWAN) is recorded with kaartwerk translations mark --lang ${lang}`));
      } else {
        for (const s of inFile) {
          diagnostics.push(missingTranslation(where(s), `${s.note}: the ${lang} text is the Dutch, word for word`,
            `translate it; if it is meant to stay as it is (a name), record that: kaartwerk translations mark --lang ${lang}`));
        }
      }
    }
  }
  return diagnostics;
}

function where(s: PrintedString) {
  return s.targetFile ? locate(s.targetFile, s.path) : { file: s.targetPath, line: 1, col: 1 };
}

function missing(s: PrintedString, lang: string): Diagnostic {
  if (s.scope === 'edition') {
    return missingTranslation(where(s), `${s.note} has no ${lang} text; the Dutch '${s.source}' is printed`, `add '${lang}: …' under ${s.path[0]}`);
  }
  // the deepest part of the path the file has: the card or section that lacks the field
  return missingTranslation(where(s), `${s.note} has no ${lang} text; the Dutch is printed`, `add ${s.key} (the Dutch: '${short(s.source)}')`);
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/\n/g, ' ');
