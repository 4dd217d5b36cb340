import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Edition } from '../model/Edition.ts';
import type { Deck, EditionExtras, Located, RawProject } from '../model/Project.ts';
import type { Theme } from '../model/Theme.ts';
import { checkDeckColours } from './checkDeckColours.ts';
import { validateDeck, type Check } from './validateDeck.ts';
import { checkDeckChoice } from './validateEdition.ts';
import type { Layouts } from './validateLayouts.ts';

/**
 * Every deck the edition needs (`built` ones and those only a poster reads), each with its colours and the
 * edition's choices for it checked.
 */
export function validateDecks(
  raw: RawProject,
  needed: { ids: string[]; built: string[]; languages: string[] },
  context: { layouts: Layouts; theme?: Located<Theme>; edition: Located<Edition>; extras: EditionExtras },
  check: Check,
  diagnostics: Diagnostic[],
): Deck[] {
  const { layouts, theme, edition, extras } = context;
  const decks: Deck[] = [];
  for (const id of needed.ids) {
    const deck = validateDeck(raw, id, needed.languages, layouts.cardLayouts, layouts.formats?.value.formats, diagnostics, check);
    if (!deck) continue;
    decks.push({ ...deck, build: needed.built.includes(id) });
    if (theme) diagnostics.push(...checkDeckColours(deck.definition, theme.value.colours.text, { paper: theme.value.colours.paper, palette: edition.value.checks?.palette }));
    const choice = extras.choices.get(id);
    if (choice) diagnostics.push(...checkDeckChoice(choice, deck.definition.value, edition));
  }
  return decks;
}
