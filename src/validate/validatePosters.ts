import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Edition } from '../model/Edition.ts';
import type { Located, Poster, RawProject } from '../model/Project.ts';
import { posterLayoutSchema } from './schemas.ts';
import type { Check } from './validateDeck.ts';

/**
 * The layouts of the posters to build (`--only` may leave some out). A poster whose deck the edition does
 * not have is an error; its layout still counts for the size the logo is printed at.
 */
export function validatePosters(
  raw: RawProject,
  edition: Located<Edition>,
  selected: { posters: string[]; decks: string[]; only?: string[] },
  check: Check,
  diagnostics: Diagnostic[],
): { posters: Poster[]; layouts: Poster['layout'][] } {
  const posters: Poster[] = [];
  const layouts: Poster['layout'][] = [];
  for (const posterId of selected.posters.filter((p) => !selected.only || selected.only.includes(`poster-${p}`))) {
    const layout = check(path.join(raw.root, 'layouts', 'posters', `${posterId}.yaml`), posterLayoutSchema);
    if (!layout) continue;
    layouts.push(layout);
    if (!selected.decks.includes(layout.value.deck)) {
      diagnostics.push(error(locate(edition.file, ['posters', edition.value.posters.indexOf(posterId)]), `poster '${posterId}' shows deck '${layout.value.deck}', which this edition does not have`, `add '${layout.value.deck}' to decks`));
      continue;
    }
    posters.push({ id: posterId, layout });
  }
  return { posters, layouts };
}
