import type { TemplatedTextStyle, TextStyle } from './Layout.ts';

/** The cards whose words a section shows: a category, or card ids. */
export type PosterCards = { category: string } | { ids: string[] };

/** What every kind of poster section has. */
export interface PosterSectionBase {
  id: string;
  /** Set a heading over the section. */
  heading: boolean;
  /** Left out when the poster is full. */
  optional: boolean;
}

/** `list`: the cards' words in columns, one under the other. */
export interface PosterListSection extends PosterSectionBase {
  kind: 'list';
  cards: PosterCards;
  show: ('number' | 'title' | 'text')[];
  columns: number;
}

/** `flow`: the cards in a row, an arrow from each to the next. */
export interface PosterFlowSection extends PosterSectionBase {
  kind: 'flow';
  cards: PosterCards;
  show: ('number' | 'title' | 'text')[];
}

/** `grid`: empty cells to write in, the titles of one category as rows by another's as columns. */
export interface PosterGridSection extends PosterSectionBase {
  kind: 'grid';
  rows: { category: string };
  columns: { category: string };
  cellMinMm: number;
  ruleWidthPt: number;
  rail?: { widthMm: number; sections: PosterListSection[] };
}

/** `boxes`: the items of one card's list as boxes in a row. */
export interface PosterBoxesSection extends PosterSectionBase {
  kind: 'boxes';
  card: string;
}

export type PosterSection = PosterListSection | PosterFlowSection | PosterGridSection | PosterBoxesSection;

/** A poster layout of `layouts/posters/`, made for the sheet `widthMm` × `heightMm` (A2). */
export interface PosterLayout {
  description?: string;
  /** The deck whose language files give the poster its words. */
  deck: string;
  widthMm: number;
  heightMm: number;
  marginMm: number;
  safeMm: number;
  minBodyPt: number;
  minItemTitlePt: number;
  minTitlePt: number;
  gapMm: number;
  columnGapMm: number;
  title: TextStyle;
  subtitle: TextStyle;
  heading: TextStyle;
  number: TextStyle;
  itemTitle: TextStyle;
  itemText: TextStyle;
  label?: TextStyle;
  footer: TemplatedTextStyle;
  logoHeightMm: number;
  nameMaxLines: number;
  sections: PosterSection[];
}
