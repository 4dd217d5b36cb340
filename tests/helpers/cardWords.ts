import type { CardWords } from '../../src/model/Deck.ts';

/** A card's entry in a language file, with every part it may have: the model's own type. */
export type CardEntry = CardWords;

/** Every string of a card's words below its title, in the order they are printed. */
export function partStrings(card: CardEntry | undefined): string[] {
  if (!card) return [];
  return [card.question, card.task, card.text, ...(card.items ?? []), card.prompt, card.source].filter((s): s is string => s !== undefined);
}

/** The words a poster shows of a card: its main question, else its text. */
export function mainString(card: CardEntry | undefined): string | undefined {
  return card?.question ?? card?.text ?? card?.items?.[0];
}

/**
 * Text as the tests compare it, worked out without the code under test: no white space of any kind, no
 * hyphens or soft hyphens (line breaking adds and removes them), and every quotation mark and apostrophe,
 * straight or typographic, the same mark (typography turns the ones into the others).
 */
export function plain(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u202f\u00ad\-‐]+/gu, '').replace(/['‘’‚"“”„«»‹›]/gu, "'");
}
