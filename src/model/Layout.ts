import type { FontRole } from './Theme.ts';

/** How one kind of text is set; sizes are for the layout's reference card (or sheet) and scale with it. */
export interface TextStyle {
  font: FontRole;
  sizePt: number;
  /** Line height as a multiple of the size. */
  leading: number;
  maxLines?: number;
  /** Extra space between letters, in thousandths of the size. */
  tracking?: number;
  /** Set in capitals. */
  caps?: boolean;
}

/** A text style with the template of its words (`{{deck.title}} · {{card.index}}`). */
export interface TemplatedTextStyle extends TextStyle {
  template: string;
}

/** A card format of `layouts/formats.yaml`. */
export interface CardFormat {
  widthMm: number;
  heightMm: number;
  label?: string;
}
export type Formats = Record<string, CardFormat>;

/** A paper of `layouts/papers.yaml`; the printer cannot print closer than `marginMm` to its edge. */
export interface Paper {
  widthMm: number;
  heightMm: number;
  marginMm: number;
}
export type Papers = Record<string, Paper>;

/** The parts a card's words can have, in the order they are set below the title. */
export const CARD_PARTS = ['question', 'task', 'text', 'items', 'prompt', 'source'] as const;
export type CardPart = (typeof CARD_PARTS)[number];

/** A card layout of `layouts/cards/`: sizes for a card `referenceWidthMm` wide, scaled for other formats. */
export interface CardLayout {
  description?: string;
  referenceWidthMm: number;
  /** Type scales with the card's area; default 88 mm (a poker card). */
  referenceHeightMm?: number;
  front: CardFrontLayout;
  back: CardBackLayout;
}

export interface CardFrontLayout {
  marginMm: number;
  bandHeightMm: number;
  markSizeMm: number;
  gapMm: number;
  number: TextStyle;
  category: TextStyle;
  title: TextStyle;
  text: TextStyle;
  statement: TextStyle;
  label: TextStyle;
  question: TextStyle;
  task: TextStyle;
  item: TextStyle;
  prompt: TextStyle;
  source: TextStyle;
  firstBaselineMm: number;
  blockGapMm: number;
  heroNumber: TextStyle;
  footer: TemplatedTextStyle;
}

export interface CardBackLayout {
  marginMm: number;
  frameInsetMm?: number;
  frameWidthPt?: number;
  title: TextStyle;
  subtitle: TextStyle;
  attribution: TextStyle;
  attributionBaselineMm: number;
  /** Reversed text (light on a colour) is never set smaller than this. */
  reversedMinPt: number;
  deviceSizeMm: number;
  deviceGapMm: number;
  edition: TemplatedTextStyle;
  stripHeightMm: number;
  logoHeightMm: number;
}
