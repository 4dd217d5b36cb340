/**
 * How each kind of text weighs a line break. All costs are against a badness of 1 for a line left
 * entirely empty (a line's badness is the square of its empty share), so a cost reads as "this is as bad
 * as a line that much emptier". One table, so card fronts, backs, posters and tile pages agree.
 */
export interface BreakStyle {
  /** `auto`: hyphenate where the rag would otherwise be poor; `never`: only a word wider than the line. */
  hyphenate: 'auto' | 'never';
  /** Cost of a line ending in an added hyphen. */
  hyphenCost: number;
  /** Added when two lines in a row end in a hyphen. */
  consecutiveHyphenCost: number;
  /** Added when the last line holds only the tail of a hyphenated word's paragraph (the penultimate line hyphenated). */
  finalHyphenCost: number;
  /** Cost of a last line that holds one word, or a word's tail, alone. */
  runtCost: number;
  /** A lone last word counts as a runt only when it fills less than this share of the line (1: always). */
  runtShare: number;
  /** Cost of a line other than the last that holds one word alone and is less than 60 % full. */
  loneWordCost: number;
  /** Weight of the last line's empty share, for short statements read as a shape (0: a last line may be short). */
  balance: number;
}

export type BreakStyleName = 'title' | 'body' | 'statement';

export const BREAK_STYLES: Record<BreakStyleName, BreakStyle> = {
  // titles and headings: no hyphens, no word alone on the last line
  title: { hyphenate: 'never', hyphenCost: 50, consecutiveHyphenCost: 50, finalHyphenCost: 50, runtCost: 1000, runtShare: 1, loneWordCost: 0.4, balance: 0.3 },
  // running text: hyphens where they save a poor rag, a short last word disliked
  body: { hyphenate: 'auto', hyphenCost: 0.6, consecutiveHyphenCost: 1, finalHyphenCost: 0.5, runtCost: 0.3, runtShare: 0.4, loneWordCost: 0.4, balance: 0 },
  // a statement in large type is read at a glance: hyphens and lone words show more, the shape counts
  statement: { hyphenate: 'auto', hyphenCost: 0.9, consecutiveHyphenCost: 2, finalHyphenCost: 1, runtCost: 0.8, runtShare: 0.4, loneWordCost: 0.8, balance: 0.4 },
};
