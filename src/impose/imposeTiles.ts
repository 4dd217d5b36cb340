import { mmToPt } from '../layout/units.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { Box, Page } from '../model/Page.ts';
import type { Cmyk } from '../validate/schemas.ts';
import { tilesOf, type TilePlan } from './planTiles.ts';

/** The first page: instructions and the tile grid (laid out), and where the poster miniature goes. */
export interface TileOverview {
  frame: Frame;
  mini: { x: number; y: number; scale: number };
}

export interface TileOptions {
  markColour: Cmyk;
  labelColour: Cmyk;
  labelFont: 'regular' | 'bold';
  labelSizePt: number;
}

/**
 * The poster on office pages: an overview page first (laid out beforehand), then one page per tile with
 * the poster clipped to the printable area. Each tile but the first column and row has a dashed cut line
 * `overlap` in from its left or top edge; the strip beyond it is cut off and the tile glued over its
 * neighbour, up to a solid guide line. The tile's label sits in a strip that is cut off or covered.
 */
export function imposeTiles(poster: Frame, plan: TilePlan, overview: TileOverview, options: TileOptions): Page[] {
  const paperW = mmToPt(plan.landscape ? plan.paper.heightMm : plan.paper.widthMm);
  const paperH = mmToPt(plan.landscape ? plan.paper.widthMm : plan.paper.heightMm);
  const margin = mmToPt(plan.paper.marginMm);
  const overlap = mmToPt(plan.overlapMm);
  const printable = { x: margin, y: margin, w: paperW - 2 * margin, h: paperH - 2 * margin };
  const pages: Page[] = [{
    widthPt: paperW,
    heightPt: paperH,
    placements: [
      { frame: greeked(poster, options.labelColour), x: overview.mini.x, y: overview.mini.y, scale: overview.mini.scale, clip: { x: overview.mini.x, y: overview.mini.y, w: poster.widthPt * overview.mini.scale, h: poster.heightPt * overview.mini.scale } },
      { frame: overview.frame, x: 0, y: 0, clip: { x: 0, y: 0, w: paperW, h: paperH } },
    ],
    items: [],
  }];
  for (const tile of tilesOf(plan)) {
    const items: FrameItem[] = [];
    const line = (x1: number, y1: number, x2: number, y2: number, dash?: boolean): FrameItem =>
      ({ kind: 'line', x1, y1, x2, y2, stroke: options.markColour, lineWidthPt: 0.5, ...(dash ? { dash: [4, 3] } : {}) });
    const left = margin;
    const right = margin + printable.w;
    const top = margin;
    const bottom = margin + printable.h;
    if (tile.col > 0) items.push(line(left + overlap, top, left + overlap, bottom, true));
    if (tile.row > 0) items.push(line(left, top + overlap, right, top + overlap, true));
    if (tile.col < plan.cols - 1) items.push(line(right - overlap, top, right - overlap, bottom));
    if (tile.row < plan.rows - 1) items.push(line(left, bottom - overlap, right, bottom - overlap));
    items.push(...label(tile.label, `${tile.index}/${tile.total}`, tile.col > 0 ? 'left' : tile.row > 0 ? 'top' : plan.cols > 1 ? 'right' : 'bottom',
      { left, right, top, bottom, overlap }, options));
    // the poster's trim area only: its bleed is for the print shop, not for gluing
    const x = margin - mmToPt(tile.x);
    const y = margin - mmToPt(tile.y);
    const clip = intersect(printable, { x, y, w: poster.widthPt, h: poster.heightPt });
    pages.push({ widthPt: paperW, heightPt: paperH, placements: [{ frame: poster, x, y, clip }], items });
  }
  return pages;
}

/** The tile's name on a white patch in a strip that disappears when the poster is put together. */
function label(name: string, place: string, where: 'left' | 'top' | 'right' | 'bottom', box: { left: number; right: number; top: number; bottom: number; overlap: number }, options: TileOptions): FrameItem[] {
  const size = options.labelSizePt;
  const w = size * 2.6;
  const h = size * 2.6;
  const inset = box.overlap * 0.05;
  const x = where === 'right' ? box.right - box.overlap + inset : box.left + inset;
  const y = where === 'bottom' ? box.bottom - box.overlap + inset : box.top + inset;
  const text = (t: string, dy: number): FrameItem => ({ kind: 'text', x: x + size * 0.2, y: y + dy, text: t, font: options.labelFont, sizePt: size, widthPt: size * 0.6 * t.length, colour: options.labelColour });
  return [
    { kind: 'rect', x, y, w: Math.max(w, box.overlap * 0.9), h, fill: [0, 0, 0, 0] },
    text(name, size * 1.05),
    text(place, size * 2.25),
  ];
}

function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
}

/**
 * The poster as a miniature for the overview: every line of text drawn as a grey bar. At that scale the
 * words could not be read anyway, and text below 6 pt has no place in a print file.
 */
function greeked(poster: Frame, ink: Cmyk): Frame {
  const grey: Cmyk = [ink[0] * 0.35, ink[1] * 0.35, ink[2] * 0.35, ink[3] * 0.35];
  return {
    ...poster,
    items: poster.items.map((item): FrameItem => (item.kind === 'text'
      ? { kind: 'rect', x: item.x, y: item.y - item.sizePt * 0.62, w: item.widthPt, h: item.sizePt * 0.62, fill: grey }
      : item)),
  };
}
