import { warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Located } from '../model/Project.ts';
import type { Glossary, LanguageFile } from './schemas.ts';

/**
 * A term is translated the same way everywhere: where a card's Dutch text uses a glossary term, its
 * translation must use one of that term's forms in the target glossary.
 */
export function checkGlossary(
  source: LanguageFile,
  target: Located<LanguageFile>,
  lang: string,
  sourceGlossary: Glossary,
  targetGlossary: Located<Glossary>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [termId, sourceForms] of Object.entries(sourceGlossary.terms)) {
    const targetForms = targetGlossary.value.terms[termId];
    if (!targetForms) continue; // reported once by checkGlossaryTerms
    for (const [cardId, card] of Object.entries(source.cards)) {
      for (const field of ['title', 'text'] as const) {
        const dutch = card[field];
        const translated = target.value.cards[cardId]?.[field];
        if (!dutch || !translated) continue;
        const used = sourceForms.find((form) => containsWord(dutch, form));
        if (used && !targetForms.some((form) => containsWord(translated, form))) {
          diagnostics.push(warning(locate(target.file, ['cards', cardId, field]),
            `card '${cardId}': '${used}' is not translated as in the glossary (${targetForms.join(' / ')})`,
            `use the glossary's term, or add the form you chose to the ${lang} glossary`));
        }
      }
    }
  }
  return diagnostics;
}

/** Every Dutch term has a translation in the target glossary, and the glossary has no term Dutch lacks. */
export function checkGlossaryTerms(sourceGlossary: Glossary, target: Located<Glossary>, lang: string): Diagnostic[] {
  const missing = Object.keys(sourceGlossary.terms).filter((id) => !Object.hasOwn(target.value.terms, id))
    .map((id) => warning(locate(target.file, ['terms']), `term '${id}' has no ${lang} translation in the glossary`, `add '${id}: [...]' with its ${lang} forms`));
  const extra = Object.keys(target.value.terms).filter((id) => !Object.hasOwn(sourceGlossary.terms, id))
    .map((id) => warning(locate(target.file, ['terms', id], 'key'), `term '${id}' is not in the Dutch glossary`, 'term ids are the same in every glossary'));
  return [...missing, ...extra];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordPatterns = new Map<string, RegExp>();

/** `form` occurs in `text` as whole words, ignoring case (soft hyphens in the text ignored). */
export function containsWord(text: string, form: string): boolean {
  let pattern = wordPatterns.get(form);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu');
    wordPatterns.set(form, pattern);
  }
  const plain = text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
  // a cheap look first: most texts do not hold most terms
  return plain.toLowerCase().includes(form.toLowerCase()) && pattern.test(plain);
}
