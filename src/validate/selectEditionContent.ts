import { error, usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Edition } from '../model/Edition.ts';
import type { Located, RawProject } from '../model/Project.ts';
import { suggest } from './suggest.ts';

/**
 * The decks and posters the edition names that exist (an unknown one is an error, with the nearest known
 * name), and `--only` checked against them.
 */
export function selectEditionContent(raw: RawProject, edition: Located<Edition>, only: string[] | undefined): { decks: string[]; posters: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = [...raw.deckFolders.keys()];
  const deckIds = edition.value.decks.map((d) => (typeof d === 'string' ? d : d.id));
  deckIds.forEach((deckId, i) => {
    if (!raw.deckFolders.has(deckId)) {
      const at = typeof edition.value.decks[i] === 'string' ? ['decks', i] : ['decks', i, 'id'];
      diagnostics.push(error(locate(edition.file, at), `unknown deck '${deckId}'`, suggest(deckId, known, 'decks in cards/ and in the edition folder')));
    }
  });
  const decks = deckIds.filter((d) => raw.deckFolders.has(d));
  for (const [i, posterId] of edition.value.posters.entries()) {
    if (!raw.posterLayoutNames.includes(posterId)) {
      diagnostics.push(error(locate(edition.file, ['posters', i]), `unknown poster '${posterId}'`, suggest(posterId, raw.posterLayoutNames, 'posters in layouts/posters/')));
    }
  }
  const posters = edition.value.posters.filter((p) => raw.posterLayoutNames.includes(p));
  for (const id of only ?? []) {
    const isKnown = decks.includes(id) || (id.startsWith('poster-') && posters.includes(id.slice(7)));
    if (!isKnown) diagnostics.push(usageError(`unknown deck or poster '${id}' in --only`, `this edition has: ${[...decks, ...posters.map((p) => `poster-${p}`)].join(', ')}`));
  }
  return { decks, posters, diagnostics };
}
