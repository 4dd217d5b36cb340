import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import type { Cmyk } from './Colour.ts';
import type { DeviceShape, Mark } from './Deck.ts';
import type { CardFormat, CardLayout, CardPart } from './Layout.ts';
import type { Theme } from './Theme.ts';
import type { LogoAsset } from './Logo.ts';

/** The edition's name as a poster or card back prints it, with its short form and where both are written. */
export interface ResolvedEditionName {
  name: string;
  shortName?: string;
  /** The `name:` key of the edition's own file (edition.yaml; its line for the language where it has one). */
  source: SourceRef;
}

/** A text ready to be laid out, with the place in the YAML it came from. */
export interface ResolvedText {
  value: string;
  /** The language the text is in: the deck's, or Dutch where a translation is missing. */
  lang: string;
  source: SourceRef;
  /** The YAML field, for messages: `title`, `text`, `footer`… */
  field: string;
  /** The place of character `index` of the value in the YAML, where it can be traced. */
  at?: (index: number) => SourceRef;
}

export interface ResolvedCard {
  id: string;
  /** 1-based position in the deck. */
  index: number;
  /** The number printed on the card, counted within a numbered category. */
  number?: number;
  category: { id: string; label: string; colour: Cmyk; mark: Mark; /** where the label is written */ source?: SourceRef };
  title?: ResolvedText;
  /** The card's words below the title, in the order they are set: question, task, text, items, prompt, source. */
  parts: ResolvedPart[];
  footer: ResolvedText;
}

/** One part of a card's words: a question with its label, a text, a list of items (one text each)… */
export interface ResolvedPart {
  kind: CardPart;
  /** The label set over it (KERNVRAAG), in the card's language. */
  label?: string;
  texts: ResolvedText[];
}

/** The part of a card of this kind, if it has one. */
export function partOf(card: ResolvedCard, kind: CardPart): ResolvedPart | undefined {
  return card.parts.find((p) => p.kind === kind);
}

/** The words a short listing shows (a poster, a gallery): the main question, else the text, else the first part. */
export function mainText(card: ResolvedCard): ResolvedText | undefined {
  return (partOf(card, 'question') ?? partOf(card, 'text') ?? card.parts[0])?.texts[0];
}

/** One deck in one language, every value of the cascade settled. */
export interface ResolvedDeck {
  id: string;
  lang: string;
  title: string;
  subtitle?: string;
  attribution?: string;
  editionName: string;
  logo?: LogoAsset;
  format: CardFormat & { id: string };
  /** Where numbered cards show their number: in the band, or large at the lower left. */
  numbers: 'band' | 'hero';
  layout: CardLayout;
  /**
   * `back`: the deck's colour; `onBack`: the text on it. `brand`, `onBrand`: an organisation edition's
   * colour (the strip at the foot of the backs, the poster bands) and the text on it.
   */
  colours: Theme['colours'] & { back: Cmyk; onBack: Cmyk; brand?: Cmyk; onBrand?: Cmyk };
  print: Theme['print'];
  cards: ResolvedCard[];
  /**
   * The back: the deck's name and device; `edition` (the edition's name) only where the edition prints it on
   * its backs, `editionShort` the same with its `shortName` (where it has one), `editionName` the name itself
   * and where it is written, for a name that does not fit.
   */
  back: {
    title: ResolvedText; subtitle?: ResolvedText; attribution?: ResolvedText; edition?: ResolvedText;
    editionShort?: ResolvedText; editionName?: ResolvedEditionName; device: DeviceShape[];
  };
}
