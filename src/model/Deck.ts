import type { Cmyk } from './Colour.ts';
import type { FontRole } from './Theme.ts';

/** Shapes that tell a category apart in black and white. */
export const MARKS = ['circle', 'square', 'triangle', 'diamond', 'star', 'ring', 'hexagon', 'cross', 'none'] as const;
export type Mark = (typeof MARKS)[number];

/** How a shape of a back's device is drawn: outlined (`line`, in points), filled, or both. */
export interface DeviceStyle {
  line?: number;
  fill?: boolean;
  /** Default: the colour of the text on the back. */
  colour?: Cmyk;
}

/** One shape of a deck's graphic device, in a 100 × 100 box (y down). */
export type DeviceShape = DeviceCircle | DevicePath | DeviceText;
export interface DeviceCircle extends DeviceStyle {
  circle: [cx: number, cy: number, r: number];
}
export interface DevicePath extends DeviceStyle {
  /** SVG path data in the box. */
  path: string;
}
/** Letters drawn as outlines of the font, centred on x with their baseline at y. */
export interface DeviceText extends DeviceStyle {
  text: string;
  x: number;
  y: number;
  size: number;
  font: FontRole;
}

/** `cards/<deck>/deck.yaml`: the cards in order, their categories, layout, format and colours. */
export interface DeckDefinition {
  layout: string;
  format: string;
  colour: Cmyk;
  back?: { text?: Cmyk; device: DeviceShape[] };
  numbers: 'band' | 'hero';
  categories: Record<string, { colour: Cmyk; mark: Mark; numbered: boolean }>;
  cards: { id: string; category: string }[];
}

/** A card's words in one language: a title and any of the parts. */
export interface CardWords {
  title?: string;
  question?: string;
  task?: string;
  text?: string;
  items?: string[];
  prompt?: string;
  source?: string;
}

/** `cards/<deck>/<lang>.yaml`: a deck's words in one language. */
export interface LanguageFile {
  deck: { title: string; subtitle?: string; attribution?: string };
  categories: Record<string, string>;
  labels?: { question?: string; task?: string };
  /** A prompt for every card of a category that has none of its own, by category id. */
  prompts?: Record<string, string>;
  cards: Record<string, CardWords>;
  /** Headings of the deck's poster sections, by section id. */
  poster?: Record<string, string>;
}
