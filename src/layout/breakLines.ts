import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { SOFT_HYPHEN, hyphenateWord } from './hyphenateWord.ts';
import { measureText } from './measureText.ts';

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
}

export interface BreakOptions {
  font: Font;
  sizePt: number;
  widthPt: number;
  lang: string;
  /** Cost of a last line holding one word alone (titles forbid it, body text dislikes it). */
  runtPenalty?: number;
  /** Cost of a hyphenated line, against a badness of 1 for an empty line (titles hyphenate only when forced). */
  hyphenPenalty?: number;
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
  /** A line must end here (a newline in the source). */
  forced: boolean;
  /** The piece ends a word (for spotting a lone word on the last line). */
  wordEnd: boolean;
}

const HYPHEN = '-';
const HYPHEN_PENALTY = 0.6;
const CONSECUTIVE_HYPHEN_PENALTY = 1;
/** In `best` mode, what one more line costs: less than a hyphen, so words stay whole when there is room. */
const LINE_COST = 0.4;

/**
 * Breaks text into lines of at most `widthPt`: Unicode break opportunities (UAX #14) plus hyphenation in
 * the text's language. Weighs the evenness of the right edge, hyphens, a lone last word and (in `best`
 * mode) the number of lines, in a small dynamic program over the break points; `fewest-lines` puts the
 * line count first, for a text that only fits that way.
 */
export function breakLines(text: string, options: BreakOptions): Line[] {
  const pieces = scaled(unitPieces(text.trim(), options.font, options.lang), options.sizePt);
  if (pieces.length === 0) return [];
  const hyphenWidth = measureText(options.font, HYPHEN, options.sizePt);
  const W = options.widthPt;
  const n = pieces.length;
  const runtPenalty = options.runtPenalty ?? 0;
  const hyphenPenalty = options.hyphenPenalty ?? HYPHEN_PENALTY;
  const fewest = options.mode === 'fewest-lines';

  // best[i][h]: best way to set pieces [0, i) with the last line ending in an added hyphen (h = 1) or not.
  interface State { lines: number; cost: number; from: number; fromH: number }
  const best: (State | undefined)[][] = Array.from({ length: n + 1 }, () => [undefined, undefined]);
  best[0]![0] = { lines: 0, cost: 0, from: -1, fromH: 0 };
  for (let start = 0; start < n; start++) {
    for (let h = 0; h < 2; h++) {
      const here = best[start]![h];
      if (!here) continue;
      let width = 0;
      for (let end = start; end < n; end++) {
        const piece = pieces[end]!;
        width += piece.widthPt;
        const endsParagraph = piece.forced || end === n - 1;
        if (piece.breakable || endsParagraph) {
          const lineWidth = width + (piece.hyphen && !endsParagraph ? hyphenWidth : 0);
          const single = end === start;
          if (lineWidth <= W + 0.001 || single) {
            const addsHyphen = piece.hyphen && !endsParagraph ? 1 : 0;
            let cost = lineWidth > W + 0.001 ? 1e6 : 0;
            if (!endsParagraph) cost += ((W - lineWidth) / W) ** 2;
            if (addsHyphen) cost += hyphenPenalty + (h ? CONSECUTIVE_HYPHEN_PENALTY : 0);
            // a word alone on the last line of a paragraph (not a one-word paragraph, like "of")
            if (endsParagraph && start > 0 && !pieces[start - 1]!.forced && isOneWord(pieces, start, end)) cost += runtPenalty;
            const candidate = { lines: here.lines + 1, cost: here.cost + cost, from: start, fromH: h };
            const current = best[end + 1]![addsHyphen];
            const better = !current || (fewest
              ? candidate.lines < current.lines || (candidate.lines === current.lines && candidate.cost < current.cost)
              : candidate.cost + candidate.lines * LINE_COST < current.cost + current.lines * LINE_COST);
            if (better) {
              best[end + 1]![addsHyphen] = candidate;
            }
          } else {
            break;
          }
        }
        if (piece.forced) break;
        width += piece.spacePt;
      }
    }
  }
  const breaks: { start: number; end: number }[] = [];
  let at = n;
  let h = best[n]![0] ? 0 : 1;
  while (at > 0) {
    const state = best[at]![h];
    if (!state) throw new Error('breakLines: no way through the text');
    breaks.unshift({ start: state.from, end: at });
    at = state.from;
    h = state.fromH;
  }
  return breaks.map(({ start, end }) => {
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
      width += hyphenWidth;
    }
    return { text: textOut, widthPt: width, hyphenated, overfull: width > W + 0.001 };
  });
}

function isOneWord(pieces: Piece[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (pieces[i]!.wordEnd) return false;
  return true;
}

const unitCache = new WeakMap<Font, Map<string, Piece[]>>();

/**
 * The pieces of a text at a size of 1 pt, once per font, language and text: the fit loop breaks the
 * same text at many sizes, and widths scale with the size.
 */
function unitPieces(text: string, font: Font, lang: string): Piece[] {
  let byText = unitCache.get(font);
  if (!byText) unitCache.set(font, (byText = new Map()));
  const key = `${lang}\u0000${text}`;
  let pieces = byText.get(key);
  if (!pieces) {
    pieces = toPieces(text, font, lang);
    byText.set(key, pieces);
  }
  return pieces;
}

function scaled(pieces: readonly Piece[], sizePt: number): Piece[] {
  return pieces.map((p) => ({ ...p, widthPt: p.widthPt * sizePt, spacePt: p.spacePt * sizePt }));
}

function toPieces(text: string, font: Font, lang: string): Piece[] {
  const sizePt = 1;
  const pieces: Piece[] = [];
  const breaker = new LineBreaker(text);
  const spaceWidth = measureText(font, ' ', sizePt);
  let last = 0;
  let afterSoftHyphen = false;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const segment = text.slice(last, bk.position);
    last = bk.position;
    const core = segment.replace(/[ \t\r\n]+$/, '');
    const trailing = segment.slice(core.length);
    const forced = bk.required && bk.position < text.length;
    if (core === '') {
      // a blank line or leading space: carry a forced break onto the previous piece
      if (forced && pieces.length) pieces[pieces.length - 1]!.forced = true;
      continue;
    }
    // a soft hyphen the author wrote is a break opportunity for UAX #14 too: the segment ends with it,
    // and breaking there must show a hyphen
    const softEnd = core.endsWith(SOFT_HYPHEN);
    // in a word the author hyphenated, only the author's soft hyphens count
    const authored = softEnd || afterSoftHyphen;
    afterSoftHyphen = softEnd && trailing === '';
    const syllables = authored ? [softEnd ? core.slice(0, -1) : core] : hyphenateWord(core, lang);
    syllables.forEach((syllable, i) => {
      const isLast = i === syllables.length - 1;
      const spacePt = isLast && trailing !== '' ? spaceWidth : 0;
      pieces.push({
        text: syllable,
        widthPt: measureText(font, syllable, sizePt),
        spacePt,
        breakable: true,
        hyphen: (!isLast || softEnd) && !/[-\u2010\u2013\u2014/]$/.test(syllable),
        forced: isLast && forced,
        wordEnd: spacePt > 0 || (isLast && forced),
      });
    });
  }
  if (lang === 'fr') keepFrenchInversions(pieces);
  return pieces;
}

/** Pronouns after a verb's hyphen (voulez-vous, qu’est-ce, a-t-il): French never breaks the line there. */
const FRENCH_CLITICS = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'moi', 'toi', 'lui', 'leur', 'le', 'la', 'les', 'en', 'y', 't', 'là', 'ci']);

function keepFrenchInversions(pieces: Piece[]): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = (pieces[i + 1]!.text.toLowerCase().match(/^[\p{L}]+/u) ?? [''])[0];
    if (piece.text.endsWith('-') && piece.spacePt === 0 && FRENCH_CLITICS.has(next)) piece.breakable = false;
  }
}
