import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { missingTranslation } from '../diagnostics/missingTranslation.ts';
import { locate, type YamlFile } from '../load/readYamlFile.ts';
import type { DeckDefinition } from '../model/Deck.ts';
import { SOURCE_LANGUAGE, type DeckChoiceRules } from '../model/Project.ts';
import { choicePath } from './deckWords.ts';

/**
 * The edition's selection of a deck's cards: cards left out, cards added after a given card or at the end.
 * An added or reworded card without words in `lang` falls back to Dutch (the standard text), with a warning.
 */
export function selectCards(def: DeckDefinition, choice: DeckChoiceRules | undefined, lang: string, editionFile: YamlFile): { cards: DeckDefinition['cards']; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const cards = def.cards.filter((c) => !choice?.leaveOut.includes(c.id));
  for (const [index, added] of (choice?.add ?? []).entries()) {
    const at = added.after ? cards.findIndex((c) => c.id === added.after) : -1;
    cards.splice(at >= 0 ? at + 1 : cards.length, 0, { id: added.id, category: added.category });
    if (lang !== SOURCE_LANGUAGE && !added.texts[lang]) {
      diagnostics.push(missingTranslation(locate(editionFile, choicePath(choice, 'add', index, 'texts')), `added card '${added.id}' has no ${lang} text; the Dutch text is used`));
    }
  }
  if (choice && lang !== SOURCE_LANGUAGE) {
    for (const [cardId, byLang] of Object.entries(choice.reword)) {
      if (byLang[SOURCE_LANGUAGE] && !byLang[lang]) {
        diagnostics.push(missingTranslation(locate(editionFile, choicePath(choice, 'reword', cardId), 'key'), `card '${cardId}' is reworded in Dutch but not in ${lang}; the standard ${lang} text is used`));
      }
    }
  }
  return { cards, diagnostics };
}
