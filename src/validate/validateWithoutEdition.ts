import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { RawProject } from '../model/Project.ts';
import { suggest } from './suggest.ts';
import { validateDeck, type Check } from './validateDeck.ts';
import type { Layouts } from './validateLayouts.ts';

/**
 * The edition is broken: still check its deck list (as far as it can be read) and every deck, so that all
 * problems show at once.
 */
export function validateWithoutEdition(raw: RawProject, layouts: Layouts, only: string[] | undefined, check: Check, diagnostics: Diagnostic[]): void {
  const editionYaml = raw.yaml.get(raw.editionPath);
  const listed = (editionYaml?.data as { decks?: unknown } | undefined)?.decks;
  if (editionYaml && Array.isArray(listed)) {
    const known = [...raw.deckFolders.keys()];
    listed.forEach((deckId, i) => {
      if (typeof deckId === 'string' && !raw.deckFolders.has(deckId)) {
        diagnostics.push(error(locate(editionYaml, ['decks', i]), `unknown deck '${deckId}'`, suggest(deckId, known, 'decks in cards/ and in the edition folder')));
      }
    });
  }
  for (const [id, found] of raw.deckFolders) {
    if (!only || only.includes(id)) validateDeck(raw, id, found.languages, layouts.cardLayouts, layouts.formats?.value.formats, diagnostics, check);
  }
}
