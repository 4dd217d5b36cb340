import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { BREAK_STYLES, type BreakStyle, type BreakStyleName } from './breakStyles.ts';
import { SOFT_HYPHEN, syllablesOf } from './hyphenateWord.ts';
import { FRENCH_CLITICS, SEPARATORS, glueSpans, oneLetterWordBinds, shortWordLetters } from './languageBreakRules.ts';
import { measureText } from './measureText.ts';
import { hyphenationKey } from './hyphenationExceptions.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';
// before linebreak loads: its character table inflated by Node's zlib
import '../input/builtinDecompressors.ts';

const require = createRequire(import.meta.url);
interface Break { position: number; required: boolean }
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): Break | null };

export interface Line {
  text: string;
  widthPt: number;
  /** The line ends in a hyphen added by hyphenation. */
  hyphenated: boolean;
  /** A single piece wider than the column: the text does not fit at this size. */
  overfull: boolean;
  /** Which paragraph of the text (split at written line breaks) the line belongs to, from 0. */
  paragraph: number;
}

export interface BreakOptions {
  font: Font;
  sizePt: number;
  widthPt: number;
  lang: string;
  /** Extra space after every letter, in ems (tracked capitals). */
  trackingEm?: number;
  /** How the text weighs its breaks (see breakStyles.ts); default `body`. */
  style?: BreakStyleName | BreakStyle;
  /**
   * `fewest-lines`: the fewest lines first, then the best of those (for text that must fit);
   * `best` (default): weigh an extra line against hyphens and a ragged edge.
   */
  mode?: 'best' | 'fewest-lines';
}

/** A run of text the line breaker cannot split further: a syllable, or a word with its trailing space. */
interface Piece {
  text: string;
  widthPt: number;
  /** Width of the white space after it, dropped when a line ends here. */
  spacePt: number;
  /** A line may end after this piece. */
  breakable: boolean;
  /** Ending a line here needs an added hyphen. */
  hyphen: boolean;
  /** Factor on the style's hyphen cost for a hyphen here (compound joints are cheaper). */
  hyphenFactor: number;
  /** Extra cost of ending a line here: inside a list item or a quoted term, after a short word. */
  breakCost: number;
  /** A line must end here (a newline in the source). */
  forced: boolean;
  /** The piece ends a word (for spotting a lone word on a line). */
  wordEnd: boolean;
  /** Characters in it (tracking adds to each). */
  chars: number;
  /** Width of the run between two natural breaks this piece belongs to (a title hyphenates only a run wider than the line). */
  wordWidthPt: number;
}

const HYPHEN = '-';
/** In `best` mode, what one more line costs: less than a hyphen, so words stay whole when there is room. */
const LINE_COST = 0.4;
/** Breaking inside a list item ("met wie") or a short quoted term (‘not knowing’). */
const GLUE_COST = 3;
/** A line ending in a short word ("a", "à"; in French also "de"), or in one that starts a sentence ("bespreekt. De"). */
const SHORT_WORD_COST = 0.25;
const SENTENCE_START_COST = 0.6;
/** A paragraph this short is never hyphenated when it takes as many lines without. */
const SHORT_PARAGRAPH_LINES = 4;
const EPS = 0.001;

/**
 * Breaks text into lines of at most `widthPt`, choosing the best set of breaks for the whole paragraph
 * (total fit, as Knuth and Plass do for ragged-right text): Unicode break opportunities (UAX #14) plus
 * hyphenation in the text's language, weighed in a dynamic program over the break points against the
 * evenness of the right edge, hyphens, lone and short words, and (in `best` mode) the number of lines.
 */
export function breakLines(text: string, options: BreakOptions): Line[] {
  const style = typeof options.style === 'object' ? options.style : BREAK_STYLES[options.style ?? 'body'];
  const pieces = scaled(unitPieces(text.trim(), options.font, options.lang), options.sizePt, options.trackingEm ?? 0);
  if (pieces.length === 0) return [];
  const setting = { pieces, W: options.widthPt, style, fewest: options.mode === 'fewest-lines', hyphenWidth: measureText(options.font, HYPHEN, options.sizePt) };
  const hyphenate = style.hyphenate === 'auto' ? 'all' : 'overlong';
  let breaks = bestBreaks({ ...setting, hyphenate });
  // a short paragraph that sets as well without hyphens (as many lines, none of them but the last under
  // half full) is set without them
  if (hyphenate === 'all' && breaks.some((b) => b.hyphenated) && breaks.length <= SHORT_PARAGRAPH_LINES) {
    const whole = bestBreaks({ ...setting, hyphenate: 'overlong' });
    const decent = whole.every((l, i) => !l.overfull && (i === whole.length - 1 || whole[i + 1]!.paragraph !== l.paragraph || l.widthPt >= setting.W / 2));
    if (whole.length <= breaks.length && decent) breaks = whole;
  }
  return breaks;
}

interface Setting {
  pieces: Piece[];
  W: number;
  style: BreakStyle;
  fewest: boolean;
  hyphenWidth: number;
  /** `all`: any hyphenation point; `overlong`: only inside a word wider than the line. */
  hyphenate: 'all' | 'overlong';
}

interface State { lines: number; cost: number; from: number; fromH: number }

function bestBreaks(s: Setting): Line[] {
  const { pieces, W } = s;
  const n = pieces.length;
  // best[i][h]: best way to set pieces [0, i) with the last line ending in an added hyphen (h = 1) or not.
  const best: (State | undefined)[][] = Array.from({ length: n + 1 }, () => [undefined, undefined]);
  best[0]![0] = { lines: 0, cost: 0, from: -1, fromH: 0 };
  const canBreak = (p: Piece): boolean => p.breakable && (!p.hyphen || s.hyphenate === 'all' || p.wordWidthPt > W + EPS);
  for (let start = 0; start < n; start++) {
    for (let h = 0; h < 2; h++) {
      const here = best[start]![h];
      if (!here) continue;
      let width = 0;
      let placed = false;
      for (let end = start; end < n; end++) {
        const piece = pieces[end]!;
        width += piece.widthPt;
        const endsParagraph = piece.forced || end === n - 1;
        if (canBreak(piece) || endsParagraph) {
          const addsHyphen = piece.hyphen && !endsParagraph ? 1 : 0;
          const lineWidth = width + (addsHyphen ? s.hyphenWidth : 0);
          // an overfull line only where nothing shorter could start here (it fails the fit, at a cost)
          if (lineWidth > W + EPS && placed) break;
          placed = true;
          const cost = lineCost(s, start, end, lineWidth, h, endsParagraph, addsHyphen === 1);
          const candidate = { lines: here.lines + 1, cost: here.cost + cost, from: start, fromH: h };
          const current = best[end + 1]![addsHyphen];
          if (!current || better(candidate, current, s.fewest)) best[end + 1]![addsHyphen] = candidate;
          if (lineWidth > W + EPS) break;
        }
        if (piece.forced) break;
        width += piece.spacePt;
      }
    }
  }
  return linesFrom(s, best);
}

function better(a: State, b: State, fewest: boolean): boolean {
  return fewest
    ? a.lines < b.lines || (a.lines === b.lines && a.cost < b.cost)
    : a.cost + a.lines * LINE_COST < b.cost + b.lines * LINE_COST;
}

/** The cost of one line, pieces [start, end], given whether the line before it ended in a hyphen. */
function lineCost(s: Setting, start: number, end: number, lineWidth: number, afterHyphen: number, endsParagraph: boolean, addsHyphen: boolean): number {
  const { pieces, W, style } = s;
  const piece = pieces[end]!;
  const fill = lineWidth / W;
  let cost = lineWidth > W + EPS ? 1e6 : 0;
  cost += endsParagraph ? style.balance * (1 - fill) ** 2 : (1 - fill) ** 2;
  if (!endsParagraph) cost += piece.breakCost;
  if (addsHyphen) cost += style.hyphenCost * piece.hyphenFactor + (afterHyphen ? style.consecutiveHyphenCost : 0);
  const oneWord = isOneWord(pieces, start, end);
  if (endsParagraph) {
    const continues = start > 0 && !pieces[start - 1]!.forced;
    if (continues && afterHyphen) cost += style.finalHyphenCost;
    // a word alone on the last line of a paragraph (not a one-word paragraph, like "of")
    if (continues && oneWord && fill < style.runtShare) cost += style.runtCost;
  } else if (oneWord && fill < 0.6) {
    cost += style.loneWordCost;
  }
  return cost;
}

function linesFrom(s: Setting, best: (State | undefined)[][]): Line[] {
  const { pieces, W } = s;
  const n = pieces.length;
  const ranges: { start: number; end: number }[] = [];
  let at = n;
  let h = 0; // the last line ends the paragraph: never in an added hyphen
  while (at > 0) {
    const state = best[at]![h];
    if (!state) throw new Error('breakLines: no way through the text');
    ranges.unshift({ start: state.from, end: at });
    at = state.from;
    h = state.fromH;
  }
  let paragraph = 0;
  return ranges.map(({ start, end }) => {
    const last = pieces[end - 1]!;
    const endsParagraph = last.forced || end === n;
    const hyphenated = last.hyphen && !endsParagraph;
    let textOut = '';
    let width = 0;
    for (let i = start; i < end; i++) {
      const p = pieces[i]!;
      textOut += p.text;
      width += p.widthPt;
      if (i < end - 1 && p.spacePt > 0) {
        textOut += ' ';
        width += p.spacePt;
      }
    }
    if (hyphenated) {
      textOut += HYPHEN;
      width += s.hyphenWidth;
    }
    const line = { text: textOut, widthPt: width, hyphenated, overfull: width > W + EPS, paragraph };
    if (last.forced) paragraph++;
    return line;
  });
}

function isOneWord(pieces: Piece[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (pieces[i]!.wordEnd) return false;
  return true;
}

/** Pieces by the font file's content hash, the language, its hyphenation exceptions and the text. */
const unitCache = new BoundedCache<Piece[]>('line pieces', 20_000);

/**
 * The pieces of a text at a size of 1 pt, once per font, language and text: the fit loop breaks the
 * same text at many sizes, and widths scale with the size.
 */
function unitPieces(text: string, font: Font, lang: string): Piece[] {
  return unitCache.getOrMake(`${fontKey(font)}\u0000${hyphenationKey(lang)}\u0000${lang}\u0000${text}`, () => toPieces(text, font, lang));
}

function scaled(pieces: readonly Piece[], sizePt: number, trackingEm: number): Piece[] {
  const track = trackingEm * sizePt;
  return pieces.map((p) => ({ ...p, widthPt: p.widthPt * sizePt + track * p.chars, spacePt: p.spacePt > 0 ? p.spacePt * sizePt + track : 0, wordWidthPt: p.wordWidthPt * sizePt }));
}

/** A segment between two UAX #14 break opportunities, with where it starts in the text. */
interface Segment { core: string; trailing: string; forced: boolean; from: number }

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const segment = text.slice(last, bk.position);
    const core = segment.replace(/[ \t\r\n]+$/, '');
    const forced = bk.required && bk.position < text.length;
    if (core === '') {
      // a blank line or leading space: carry a forced break onto the previous segment
      if (forced && segments.length) segments[segments.length - 1]!.forced = true;
    } else {
      segments.push({ core, trailing: segment.slice(core.length), forced, from: last });
    }
    last = bk.position;
  }
  return segments;
}

/** Segments joined without white space make one word: "sociaal-" + "economische", "qu’allez-" + "vous". */
function wordsOf(segments: Segment[]): Segment[][] {
  const words: Segment[][] = [];
  let current: Segment[] = [];
  for (const segment of segments) {
    current.push(segment);
    if (segment.trailing !== '' || segment.forced) {
      words.push(current);
      current = [];
    }
  }
  if (current.length) words.push(current);
  return words;
}

/** Never hyphenated by the patterns: a word that holds a hyphen, an apostrophe (elisions: qu’allez, d’apprentissage) or a no-break space. */
const KEEP_WHOLE = /[-\u2010\u2011'’ʼ\u00a0]/u;

function toPieces(text: string, font: Font, lang: string): Piece[] {
  const pieces: Piece[] = [];
  const spaceWidth = measureText(font, ' ', 1);
  const glue = glueSpans(text);
  const glued = (position: number): boolean => glue.some((g) => position > g.from && position < g.to);
  const binds = oneLetterWordBinds(lang);
  const shortLetters = shortWordLetters(lang);
  let sentenceEnded = true;
  for (const word of wordsOf(segmentsOf(text))) {
    const whole = word.map((s) => s.core).join('');
    const first = pieces.length;
    const keepWhole = KEEP_WHOLE.test(whole);
    for (const segment of word) {
      const { core, trailing } = segment;
      // a soft hyphen the author wrote is a break opportunity for UAX #14 too: the segment ends with it,
      // and breaking there must show a hyphen
      const softEnd = core.endsWith(SOFT_HYPHEN);
      const authored = word.some((s) => s.core.endsWith(SOFT_HYPHEN));
      const syllables = authored || keepWhole ? [{ text: softEnd ? core.slice(0, -1) : core, cost: 1 }] : syllablesOf(core, lang);
      let offset = segment.from;
      const segmentFirst = pieces.length;
      syllables.forEach((syllable, i) => {
        const isLast = i === syllables.length - 1;
        offset += syllable.text.length;
        const spacePt = isLast && trailing !== '' ? spaceWidth : 0;
        pieces.push({
          text: syllable.text,
          widthPt: measureText(font, syllable.text, 1),
          chars: [...syllable.text].length,
          spacePt,
          breakable: true,
          hyphen: (!isLast || softEnd) && !/[-\u2010\u2013\u2014/]$/.test(syllable.text),
          hyphenFactor: syllable.cost,
          breakCost: glued(isLast ? segment.from + core.length : offset) ? GLUE_COST : 0,
          forced: isLast && segment.forced,
          wordEnd: spacePt > 0 || (isLast && segment.forced),
          wordWidthPt: 0,
        });
      });
      // what must fit between two natural breaks: a title splits only a run wider than its line
      const runWidth = pieces.slice(segmentFirst).reduce((sum, p) => sum + p.widthPt, 0);
      for (let i = segmentFirst; i < pieces.length; i++) pieces[i]!.wordWidthPt = runWidth;
    }
    const end = pieces[pieces.length - 1]!;
    if (SEPARATORS.has(whole) && first > 0) pieces[first - 1]!.breakable = false;
    const letters = [...whole].filter((c) => /\p{L}/u.test(c)).length;
    if (letters === 1 && /^\p{L}$/u.test(whole) && binds) end.breakable = false;
    else if (letters > 0 && letters <= 2 && /^\p{L}+$/u.test(whole)) end.breakCost += sentenceEnded ? SENTENCE_START_COST : letters <= shortLetters ? SHORT_WORD_COST : 0;
    sentenceEnded = /[.!?:]["”’»)]?$/u.test(whole) || end.forced;
  }
  if (lang.split('-')[0] === 'fr') keepFrenchInversions(pieces);
  return pieces;
}

function keepFrenchInversions(pieces: Piece[]): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = (pieces[i + 1]!.text.toLowerCase().match(/^[\p{L}]+/u) ?? [''])[0];
    if (piece.text.endsWith('-') && piece.spacePt === 0 && FRENCH_CLITICS.has(next)) piece.breakable = false;
  }
}
