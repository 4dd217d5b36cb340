import type { Cmyk, Mark, PosterLayout, Theme } from '../validate/schemas.ts';
import type { LogoAsset } from './Logo.ts';
import type { ResolvedText } from './Resolved.ts';

export interface ResolvedPosterItem {
  cardId: string;
  number?: string;
  title?: ResolvedText;
  text?: ResolvedText;
}

export interface ResolvedPosterSection {
  id: string;
  heading: ResolvedText;
  colour: Cmyk;
  mark: Mark;
  columns: number;
  items: ResolvedPosterItem[];
}

/** A poster in one language: its words taken from the resolved deck, so card and poster never differ. */
export interface ResolvedPoster {
  id: string;
  lang: string;
  layout: PosterLayout;
  /** Where the poster layout came from, for messages. */
  layoutSource: ResolvedText['source'];
  title: ResolvedText;
  subtitle?: ResolvedText;
  footer: ResolvedText;
  bandColour: Cmyk;
  /** Text on the band. */
  onBand: Cmyk;
  logo?: LogoAsset;
  colours: Theme['colours'];
  bleedMm: number;
  sections: ResolvedPosterSection[];
}
