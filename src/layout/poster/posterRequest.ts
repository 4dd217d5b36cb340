import type { FitRequest, TextBlock } from '../fitText.ts';
import { mmToPt } from '../units.ts';
import { spaced, type PosterContext, type SectionBox } from './types.ts';

/** A request to set poster text in a box of unlimited height (the poster decides what fits). */
export function posterRequest(ctx: PosterContext, blocks: TextBlock[], box: SectionBox): FitRequest {
  return {
    blocks,
    fonts: ctx.fonts,
    lang: ctx.poster.lang,
    x: box.x,
    top: box.top,
    widthPt: box.widthPt,
    heightPt: Number.POSITIVE_INFINITY,
    gapPt: spaced(ctx, mmToPt(ctx.poster.layout.gapMm) * 0.35),
    minSizePt: 0,
    colour: ctx.poster.colours.text,
  };
}
