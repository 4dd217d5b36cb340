import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { BuildOptions, Deck, Project } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';
import { checkTranslations } from '../translate/checkTranslations.ts';
import { stringsByLanguage, type PrintedString } from '../translate/collectStrings.ts';
import { resolveDeck } from './resolveDeck.ts';
import { resolvePoster } from './resolvePoster.ts';

/** A deck resolved in one language, with the posters that show it in that language. */
export interface ResolvedDeckLanguage {
  deck: Deck;
  lang: string;
  resolved: ResolvedDeck;
  posters: ResolvedPoster[];
}

/**
 * `resolve`: every deck of the project in every language, and its posters, the cascade applied and the
 * templates filled in; first the translation check of every string that reaches paper.
 */
export function resolveProject(project: Project, options: Pick<BuildOptions, 'format'>): { decks: ResolvedDeckLanguage[]; diagnostics: Diagnostic[]; translations: Map<string, PrintedString[]> } {
  // every string that reaches paper, in every language: missing, stale or the Dutch word for word
  // (collected once: the status table a check prints counts the same strings)
  const translations = stringsByLanguage(project);
  const diagnostics = [...checkTranslations(project, {}, translations)];
  const decks: ResolvedDeckLanguage[] = [];
  for (const deck of project.decks) {
    for (const lang of project.languages) {
      const resolved = resolveDeck(project, deck, lang, options.format);
      diagnostics.push(...resolved.diagnostics);
      if (!resolved.deck) continue;
      const posters: ResolvedPoster[] = [];
      for (const poster of project.posters.filter((p) => p.layout.value.deck === deck.id)) {
        const resolvedPoster = resolvePoster(project, poster.id, poster.layout, deck, resolved.deck);
        diagnostics.push(...resolvedPoster.diagnostics);
        if (resolvedPoster.poster) posters.push(resolvedPoster.poster);
      }
      decks.push({ deck, lang, resolved: resolved.deck, posters });
    }
  }
  return { decks, diagnostics, translations };
}
