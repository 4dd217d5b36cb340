import type { ColourInput } from './Colour.ts';
import type { CardWords } from './Deck.ts';

/** A text given once, or per language (`{ nl: …, en: … }`). */
export type PerLanguage = string | Record<string, string>;

/** How an edition takes a deck: whole (its id), or with cards left out, reworded or added. */
export type DeckChoice =
  | string
  | {
      id: string;
      leaveOut: string[];
      /** Per card id, per language: a new title, text or other part. */
      reword: Record<string, Record<string, CardWords>>;
      add: { id: string; category: string; after?: string; texts: Record<string, CardWords> }[];
    };

/** An edition file: its name, logo, colours and fonts, its languages, and the decks and posters it takes. */
export interface Edition {
  name: PerLanguage;
  shortName?: PerLanguage;
  logo?: string;
  logoOnDark?: string;
  colours?: { brand: ColourInput; onBrand?: ColourInput };
  fonts?: { regular: string; bold: string; italic?: string };
  nameOnBacks: boolean;
  checks?: { palette: 'error' | 'warning' };
  languages: string[];
  decks: DeckChoice[];
  posters: string[];
}
