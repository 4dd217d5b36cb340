import { mmToPt } from '../layout/units.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { Page } from '../model/Page.ts';
import type { Cmyk } from '../model/Colour.ts';

export interface OfficePosterOptions {
  paper: { widthMm: number; heightMm: number; marginMm: number };
  markColour: Cmyk;
  markWidthPt: number;
  /** Crop marks start this far outside the trim (at least the bleed) and are this long. */
  markOffsetMm: number;
  markLengthMm: number;
}

/**
 * A poster for an office printer that cannot print to the edge: the poster with its bleed, as large as
 * fits inside the printer's margins with room for crop marks around it, centred on one sheet of the
 * paper; cut along the marks. Returns the page and the scale the poster was printed at (an A3 poster on
 * A3 paper: about 91 %). An office sheet, like the card sheets: no print-shop boxes; the marks say where to cut.
 */
export function imposeOfficePoster(poster: Frame, options: OfficePosterOptions): { page: Page; scale: number } {
  const W = mmToPt(options.paper.widthMm);
  const H = mmToPt(options.paper.heightMm);
  const margin = mmToPt(options.paper.marginMm);
  const around = mmToPt(options.markOffsetMm + options.markLengthMm);
  const scale = Math.min(1, (W - 2 * (margin + around)) / poster.widthPt, (H - 2 * (margin + around)) / poster.heightPt);
  const w = poster.widthPt * scale;
  const h = poster.heightPt * scale;
  const x = (W - w) / 2;
  const y = (H - h) / 2;
  const b = poster.bleedPt * scale;
  const bleedBox = { x: x - b, y: y - b, w: w + 2 * b, h: h + 2 * b };
  const offset = mmToPt(options.markOffsetMm);
  const length = mmToPt(options.markLengthMm);
  const line = (x1: number, y1: number, x2: number, y2: number): FrameItem => ({ kind: 'line', x1, y1, x2, y2, stroke: options.markColour, lineWidthPt: options.markWidthPt });
  const marks: FrameItem[] = [];
  for (const cx of [x, x + w]) {
    for (const cy of [y, y + h]) {
      const sx = cx === x ? -1 : 1;
      const sy = cy === y ? -1 : 1;
      // one mark along each edge line, outside the bleed
      marks.push(line(cx + sx * offset, cy, cx + sx * (offset + length), cy));
      marks.push(line(cx, cy + sy * offset, cx, cy + sy * (offset + length)));
    }
  }
  return {
    page: {
      widthPt: W,
      heightPt: H,
      placements: [{ frame: poster, x, y, scale, clip: bleedBox }],
      items: marks,
    },
    scale,
  };
}
