import type { Cmyk } from './Colour.ts';
import type { Mark } from './Deck.ts';
import type { PosterLayout } from './PosterLayout.ts';
import type { Theme } from './Theme.ts';
import type { LogoAsset } from './Logo.ts';
import type { ResolvedEditionName, ResolvedText } from './Resolved.ts';

export type { ResolvedEditionName } from './Resolved.ts';

export interface ResolvedPosterItem {
  cardId: string;
  number?: string;
  title?: ResolvedText;
  text?: ResolvedText;
}

/** What every section has: its heading (none where the layout says `heading: false`), its category's colour and mark. */
export interface SectionBase {
  id: string;
  heading?: ResolvedText;
  colour: Cmyk;
  mark: Mark;
  /** Left out when the poster is full. */
  optional: boolean;
}

export interface ResolvedPosterList extends SectionBase {
  kind: 'list';
  columns: number;
  items: ResolvedPosterItem[];
}

export interface ResolvedPosterFlow extends SectionBase {
  kind: 'flow';
  items: ResolvedPosterItem[];
}

export interface ResolvedPosterGrid extends SectionBase {
  kind: 'grid';
  /** One per card of the rows' category (the title), and of the columns'. */
  rows: ResolvedPosterItem[];
  columns: ResolvedPosterItem[];
  rowColour: Cmyk;
  columnColour: Cmyk;
  cellMinMm: number;
  ruleWidthPt: number;
  rail?: { widthMm: number; sections: ResolvedPosterList[] };
}

export interface ResolvedPosterBoxes extends SectionBase {
  kind: 'boxes';
  cardId: string;
  /** One box per item of the card's list. */
  items: ResolvedText[];
}

export type ResolvedPosterSection = ResolvedPosterList | ResolvedPosterFlow | ResolvedPosterGrid | ResolvedPosterBoxes;

/** A poster in one language: its words taken from the resolved deck, so card and poster never differ. */
export interface ResolvedPoster {
  id: string;
  lang: string;
  layout: PosterLayout;
  /** Where the poster layout came from, for messages. */
  layoutSource: ResolvedText['source'];
  title: ResolvedText;
  subtitle?: ResolvedText;
  /** The line at the foot: the attribution and the edition's name, as the layout's template puts them. */
  footer: ResolvedText;
  /** The footer's words before and after the edition's name, where its template names it. */
  footerAroundName?: [string, string];
  edition: ResolvedEditionName;
  bandColour: Cmyk;
  /** Text on the band. */
  onBand: Cmyk;
  logo?: LogoAsset;
  colours: Theme['colours'];
  bleedMm: number;
  sections: ResolvedPosterSection[];
}

/** Stands for the edition's name while the footer template is filled (never printed). */
export const NAME_MARK = '\uE000';
