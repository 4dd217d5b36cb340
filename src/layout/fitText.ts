import type { Font } from 'fontkit';
import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import type { FitInfo, FrameItem, ParagraphBreaks } from '../model/Frame.ts';
import type { FontRole, FontSet } from '../model/Project.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { TextStyle } from '../model/Layout.ts';
import { breakLines, type Line } from './breakLines.ts';
import type { BreakStyle, BreakStyleName } from './breakStyles.ts';
import { lineMetrics, measureText } from './measureText.ts';
import { quote } from '../diagnostics/quote.ts';

/** One paragraph-level block to fit: a title, a text… stacked top to bottom. */
export interface TextBlock {
  text: string;
  field: string;
  style: TextStyle;
  /** Preferred size in points (the style's size scaled to the card format). */
  sizePt: number;
  source?: SourceRef;
  align?: 'left' | 'centre';
  /** The block's language, for hyphenation, when it differs from the request's. */
  lang?: string;
  /** How its lines break: `title` (no hyphens, no lone last word), `body` (default), `statement`. */
  breaking?: BreakStyleName | BreakStyle;
  /** Space above it, in points at the preferred size (default: the request's gap; none for the first block). */
  gapBeforePt?: number;
  /** Its lines start this far right of the box, in points at the preferred size (list items). */
  indentPt?: number;
  /** Set at the start of its first line, in the indent: a list item's number. */
  marker?: { text: string; font: FontRole; colour: Cmyk };
  /** Its colour, when not the request's (labels, prompts). */
  colour?: Cmyk;
  /** The block whose size the fit report gives (default: the last). */
  main?: boolean;
}

export interface FitRequest {
  blocks: TextBlock[];
  fonts: FontSet;
  lang: string;
  x: number;
  top: number;
  widthPt: number;
  heightPt: number;
  /** Where the first line's baseline goes, at any size (a grid); the box still ends at `top + heightPt`. */
  firstBaselinePt?: number;
  /** Space between consecutive blocks, in points at the preferred size (shrinks with the text). */
  gapPt: number;
  minSizePt: number;
  colour: Cmyk;
}

export type FitResult =
  | { ok: true; items: FrameItem[]; fit: FitInfo; heightPt: number }
  | { ok: false; field: string; source?: SourceRef; reason: string; sizePt: number };

const STEP = 0.02;
/** How far the best breaks may shrink the text before more hyphens are allowed instead. */
const GENTLE_SHRINK = 0.92;

/**
 * Sets the blocks at the largest common scale (1, 0.98, 0.96 …) at which they fit the box, down to the
 * scale where the main block reaches `minSizePt` (smaller blocks stop at the floor on the way). Pure: measures with fontkit, draws nothing.
 */
export function fitText(request: FitRequest): FitResult {
  // the main block may shrink to the floor; smaller blocks (labels, a source line) stop at the floor on the way
  const main = request.blocks.find((b) => b.main) ?? request.blocks[request.blocks.length - 1]!;
  const floor = Math.min(1, request.minSizePt / main.sizePt);
  let scale = 1;
  let attempt = setBlocks(request, scale, 'best');
  // first the best breaks, a little smaller if need be: a hyphen-ridden paragraph at full size reads worse
  // than the same words a few percent smaller; only then the fewest lines (more hyphens), down to the floor
  while (!attempt.ok && scale - STEP >= Math.max(floor, GENTLE_SHRINK) - 1e-9) {
    scale -= STEP;
    attempt = setBlocks(request, scale, 'best');
  }
  if (!attempt.ok) {
    for (scale = 1; ; scale = Math.max(floor, scale - STEP)) {
      if (scale < GENTLE_SHRINK) attempt = setBlocks(request, scale, 'best');
      if (!attempt.ok) attempt = setBlocks(request, scale, 'fewest-lines');
      if (attempt.ok || scale <= floor) break;
    }
  }
  if (attempt.ok) {
    return {
      ok: true,
      items: attempt.items,
      heightPt: attempt.heightPt,
      fit: {
        field: main.field,
        sizePt: round(main.sizePt * scale),
        preferredSizePt: round(main.sizePt),
        minSizePt: request.minSizePt,
        fill: round(attempt.heightPt / request.heightPt),
        paragraphs: attempt.paragraphs,
      },
    };
  }
  return attempt.failure;
}

/** The blocks set at one scale, stacked from `request.top`; fails when a block breaks a rule or the box is too low. */
export function setBlocks(request: FitRequest, scale: number, mode: 'best' | 'fewest-lines' = 'best'):
  | { ok: true; items: FrameItem[]; heightPt: number; paragraphs: ParagraphBreaks[] }
  | { ok: false; failure: Extract<FitResult, { ok: false }> } {
  const items: FrameItem[] = [];
  let y = request.top;
  // on a grid: the first line's baseline stays where the grid puts it, whatever size the text gets
  const first = request.blocks[0];
  if (request.firstBaselinePt !== undefined && first) {
    const firstSize = Math.max(first.sizePt * scale, Math.min(first.sizePt, request.minSizePt));
    y = request.firstBaselinePt - lineMetrics(request.fonts[first.style.font as FontRole].font, firstSize, first.style.leading).baselinePt;
  }
  const bottom = request.top + request.heightPt;
  const laid: { block: TextBlock; lines: Line[]; font: Font; sizePt: number }[] = [];
  for (const [i, block] of request.blocks.entries()) {
    const font = request.fonts[block.style.font as FontRole].font;
    const sizePt = Math.max(block.sizePt * scale, Math.min(block.sizePt, request.minSizePt));
    const lang = block.lang ?? request.lang;
    const words = block.style.caps ? block.text.toLocaleUpperCase(lang) : block.text;
    const trackingEm = (block.style.tracking ?? 0) / 1000;
    const indent = (block.indentPt ?? 0) * scale;
    const lines = breakLines(words, { font, sizePt, widthPt: request.widthPt - indent, lang, style: block.breaking, mode, trackingEm });
    const fail = (reason: string) => ({ ok: false as const, failure: { ok: false as const, field: block.field, source: block.source, reason, sizePt } });
    const overfull = lines.find((l) => l.overfull);
    if (overfull) return fail(`'${quote(overfull.text.trim())}' is wider than the card`);
    if (block.style.maxLines && lines.length > block.style.maxLines) {
      return fail(`it needs ${lines.length} lines where at most ${block.style.maxLines} are allowed`);
    }
    if (i > 0) y += (block.gapBeforePt ?? request.gapPt) * scale;
    const { baselinePt, heightPt } = lineMetrics(font, sizePt, block.style.leading);
    const colour = block.colour ?? request.colour;
    const trackingPt = trackingEm ? trackingEm * sizePt : undefined;
    if (block.marker && lines.length) {
      const markerFont = request.fonts[block.marker.font].font;
      items.push({ kind: 'text', x: request.x, y: y + baselinePt, text: block.marker.text, font: block.marker.font, sizePt, widthPt: measureText(markerFont, block.marker.text, sizePt), colour: block.marker.colour, source: block.source });
    }
    for (const line of lines) {
      const x = block.align === 'centre' ? request.x + (request.widthPt - line.widthPt) / 2 : request.x + indent;
      items.push({ kind: 'text', x, y: y + baselinePt, text: line.text, font: block.style.font as FontRole, sizePt, widthPt: line.widthPt, colour, source: block.source, ...(trackingPt ? { trackingPt } : {}) });
      y += heightPt;
    }
    laid.push({ block, lines, font, sizePt });
  }
  const heightPt = y - request.top;
  if (y > bottom + 0.01) {
    const last = laid[laid.length - 1]!;
    const lineHeight = last.sizePt * last.block.style.leading;
    const over = Math.ceil((y - bottom) / lineHeight - 1e-6);
    return {
      ok: false,
      failure: {
        ok: false,
        field: last.block.field,
        source: last.block.source,
        reason: `it needs ${last.lines.length} lines, ${over} more than there is room for`,
        sizePt: last.sizePt,
      },
    };
  }
  return { ok: true, items, heightPt, paragraphs: laid.flatMap(({ block, lines }) => paragraphsOf(block, lines)) };
}

/** Lines and added hyphens per paragraph of a block. */
export function paragraphsOf(block: TextBlock, lines: readonly Line[]): ParagraphBreaks[] {
  const paragraphs: ParagraphBreaks[] = [];
  for (const line of lines) {
    const p = (paragraphs[line.paragraph] ??= { field: block.field, source: block.source, lines: 0, hyphens: 0 });
    p.lines++;
    if (line.hyphenated) p.hyphens++;
  }
  return paragraphs.filter((p) => p !== undefined);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
