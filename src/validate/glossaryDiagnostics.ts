import { cachedCheckGlossary } from '../cache/cachedValidation.ts';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { SOURCE_LANGUAGE, type Deck, type Located } from '../model/Project.ts';
import { checkGlossaryTerms, stringsOf } from './checkGlossary.ts';
import type { Glossary } from './schemas.ts';

/**
 * Where both the Dutch and a language's glossary exist: every term of the Dutch texts has its entry in the
 * language's glossary, and every translation uses the glossary's forms.
 */
export function glossaryDiagnostics(decks: Deck[], glossaries: Map<string, Located<Glossary>>, languages: string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
  for (const lang of languages) {
    const target = glossaries.get(lang);
    if (!sourceGlossary || !target || lang === SOURCE_LANGUAGE) continue;
    // only the terms of the decks that exist in the language are asked for
    const dutchTexts = decks.filter((d) => d.languages.has(lang)).flatMap((d) => stringsOf(d.languages.get(SOURCE_LANGUAGE)?.value).map((s) => s.value));
    diagnostics.push(...checkGlossaryTerms(sourceGlossary.value, target, lang, dutchTexts));
  }
  diagnostics.push(...decks.flatMap((deck) => deckGlossaryDiagnostics(deck, glossaries)));
  return diagnostics;
}

/** Glossary consistency of every translation of a deck (where both glossaries exist). */
function deckGlossaryDiagnostics(deck: Deck, glossaries: Map<string, Located<Glossary>>): Diagnostic[] {
  const source = deck.languages.get(SOURCE_LANGUAGE);
  const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
  if (!source || !sourceGlossary) return [];
  return [...deck.languages].flatMap(([lang, target]) => {
    const targetGlossary = glossaries.get(lang);
    return lang === SOURCE_LANGUAGE || !targetGlossary ? [] : cachedCheckGlossary(source.value, target, lang, sourceGlossary.value, targetGlossary);
  });
}
