import type { Font } from 'fontkit';
import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import type { FitInfo, FrameItem, ParagraphBreaks } from '../model/Frame.ts';
import type { FontRole, FontSet } from '../model/Project.ts';
import type { Cmyk, TextStyle } from '../validate/schemas.ts';
import { breakLines, type Line } from './breakLines.ts';
import type { BreakStyleName } from './breakStyles.ts';
import { lineMetrics } from './measureText.ts';

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
  breaking?: BreakStyleName;
}

export interface FitRequest {
  blocks: TextBlock[];
  fonts: FontSet;
  lang: string;
  x: number;
  top: number;
  widthPt: number;
  heightPt: number;
  /** Space between consecutive blocks, in points at the preferred size (shrinks with the text). */
  gapPt: number;
  minSizePt: number;
  colour: Cmyk;
}

export type FitResult =
  | { ok: true; items: FrameItem[]; fit: FitInfo; heightPt: number }
  | { ok: false; field: string; source?: SourceRef; reason: string; sizePt: number };

const STEP = 0.02;

/**
 * Sets the blocks at the largest common scale (1, 0.98, 0.96 …) at which they fit the box, down to the
 * scale where the smallest block reaches `minSizePt`. Pure: measures with fontkit, draws nothing.
 */
export function fitText(request: FitRequest): FitResult {
  const smallest = Math.min(...request.blocks.map((b) => b.sizePt));
  const floor = Math.min(1, request.minSizePt / smallest);
  let attempt: ReturnType<typeof setBlocks> | undefined;
  for (let scale = 1; ; scale = Math.max(floor, scale - STEP)) {
    // words kept whole where there is room; fewer lines (more hyphens) only where that makes it fit
    attempt = setBlocks(request, scale, 'best');
    if (!attempt.ok) attempt = setBlocks(request, scale, 'fewest-lines');
    if (attempt.ok) {
      const main = request.blocks[request.blocks.length - 1]!;
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
    if (scale <= floor) break;
  }
  return attempt.failure;
}

/** The blocks set at one scale, stacked from `request.top`; fails when a block breaks a rule or the box is too low. */
export function setBlocks(request: FitRequest, scale: number, mode: 'best' | 'fewest-lines' = 'best'):
  | { ok: true; items: FrameItem[]; heightPt: number; paragraphs: ParagraphBreaks[] }
  | { ok: false; failure: Extract<FitResult, { ok: false }> } {
  const items: FrameItem[] = [];
  let y = request.top;
  const laid: { block: TextBlock; lines: Line[]; font: Font; sizePt: number }[] = [];
  for (const [i, block] of request.blocks.entries()) {
    const font = request.fonts[block.style.font as FontRole].font;
    const sizePt = Math.max(block.sizePt * scale, Math.min(block.sizePt, request.minSizePt));
    const lines = breakLines(block.text, { font, sizePt, widthPt: request.widthPt, lang: block.lang ?? request.lang, style: block.breaking, mode });
    const fail = (reason: string) => ({ ok: false as const, failure: { ok: false as const, field: block.field, source: block.source, reason, sizePt } });
    const overfull = lines.find((l) => l.overfull);
    if (overfull) return fail(`'${overfull.text.trim()}' is wider than the card`);
    if (block.style.maxLines && lines.length > block.style.maxLines) {
      return fail(`it needs ${lines.length} lines where at most ${block.style.maxLines} are allowed`);
    }
    if (i > 0) y += request.gapPt * scale;
    const { baselinePt, heightPt } = lineMetrics(font, sizePt, block.style.leading);
    for (const line of lines) {
      const x = block.align === 'centre' ? request.x + (request.widthPt - line.widthPt) / 2 : request.x;
      items.push({ kind: 'text', x, y: y + baselinePt, text: line.text, font: block.style.font as FontRole, sizePt, widthPt: line.widthPt, colour: request.colour, source: block.source });
      y += heightPt;
    }
    laid.push({ block, lines, font, sizePt });
  }
  const heightPt = y - request.top;
  if (heightPt > request.heightPt + 0.01) {
    const last = laid[laid.length - 1]!;
    const lineHeight = last.sizePt * last.block.style.leading;
    const over = Math.ceil((heightPt - request.heightPt) / lineHeight - 1e-6);
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
