import { mmToPt } from '../layout/units.ts';
import type { Frame, FrameItem } from '../model/Frame.ts';
import type { Box, Page } from '../model/Page.ts';
import type { Cmyk } from '../model/Colour.ts';
import { arrow } from '../layout/poster/arrow.ts';
import type { Tile, TileOverview, TilePlan } from '../model/PrintPlan.ts';
import { CUT_INSET_MM, tilesOf } from '../plan/planTiles.ts';

export type { TileOverview };
export { CUT_INSET_MM } from '../plan/planTiles.ts';

export interface TileOptions {
  markColour: Cmyk;
  /** The cut and glue lines. */
  markWidthPt: number;
  labelColour: Cmyk;
  labelFont: 'regular' | 'bold';
  labelSizePt: number;
}

/**
 * The poster on office pages: an overview page first (laid out beforehand), then one page per tile with
 * the poster clipped to the printable area. A tile but those of the first column and row has a dashed
 * cut line along its left and top edge; cut there and glue the tile over its neighbour with that edge
 * on the neighbour's solid line: the neighbours overlap by `overlap` less the cut, the glue strip.
 * The tile's number sits where the next tile covers it, and in each strip a neighbour covers, that
 * neighbour's number with an arrow to it.
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
  const cut = mmToPt(CUT_INSET_MM);
  const posterRight = (tile: { x: number }) => margin + poster.widthPt - mmToPt(tile.x);
  const posterBottom = (tile: { y: number }) => margin + poster.heightPt - mmToPt(tile.y);
  const tiles = tilesOf(plan);
  const at = (col: number, row: number): Tile | undefined => tiles.find((t) => t.col === col && t.row === row);
  for (const tile of tiles) {
    const items: FrameItem[] = [];
    const line = (x1: number, y1: number, x2: number, y2: number, dash?: boolean): FrameItem =>
      ({ kind: 'line', x1, y1, x2, y2, stroke: options.markColour, lineWidthPt: options.markWidthPt, ...(dash ? { dash: [4, 3] } : {}) });
    const left = margin;
    const right = margin + printable.w;
    const top = margin;
    const bottom = margin + printable.h;
    const rightTile = at(tile.col + 1, tile.row);
    const belowTile = at(tile.col, tile.row + 1);
    // where the neighbour's edge lands on this page: seams moved off the even grid make the strip wider
    const rightEdge = rightTile ? margin + mmToPt(rightTile.x - tile.x) : right;
    const belowEdge = belowTile ? margin + mmToPt(belowTile.y - tile.y) : bottom;
    // cut here (just inside the printable edge), then lay the tile over its neighbour, this edge on
    // the neighbour's solid line: both lines mark the same place on the poster
    if (tile.col > 0) items.push(line(left + cut, top, left + cut, bottom, true));
    if (tile.row > 0) items.push(line(left, top + cut, right, top + cut, true));
    if (rightTile) items.push(line(rightEdge + cut, top, rightEdge + cut, bottom));
    if (belowTile) items.push(line(left, belowEdge + cut, right, belowEdge + cut));
    // the label goes where it disappears: under the next tile, or beyond the poster's edge
    const spareRight = right - Math.max(left, posterRight(tile));
    const spareBottom = bottom - Math.max(top, posterBottom(tile));
    const labelBox = rightTile ? { x: rightEdge + cut + 1, y: top + 2 }
      : belowTile ? { x: left + 2, y: belowEdge + cut + 1 }
      : spareRight >= overlap ? { x: right - spareRight + 2, y: top + 2 }
      : spareBottom >= overlap ? { x: left + 2, y: bottom - spareBottom + 2 }
      : { x: left + cut + 2, y: top + cut + 2 };
    items.push(...label(`${tile.index}/${tile.total}`, labelBox, overlap - cut - 2, options));
    // in each strip a neighbour covers, its number and an arrow to it: which tile goes over this one here
    const size = options.labelSizePt;
    if (rightTile) {
      const x = rightEdge + cut + 1;
      const y = top + printable.h / 2;
      items.push(...label(String(rightTile.index), { x, y }, overlap - cut - 2, options));
      items.push(arrow(x + size * 0.3, y + size * 1.9, Math.min(overlap - cut - 4, size * 2.2), size, options.labelColour));
    }
    if (belowTile) {
      const x = left + printable.w / 2;
      const y = belowEdge + cut + 1;
      items.push(...label(String(belowTile.index), { x, y }, 0, options));
      items.push(arrow(x + size * 2.4, y + size * 0.2, size, Math.min(overlap - cut - 3, size * 1.6), options.labelColour, 'down'));
    }
    // the poster's trim area only: its bleed is for the print shop, not for gluing
    const x = margin - mmToPt(tile.x);
    const y = margin - mmToPt(tile.y);
    const clip = intersect(printable, { x, y, w: poster.widthPt, h: poster.heightPt });
    pages.push({ widthPt: paperW, heightPt: paperH, placements: [{ frame: poster, x, y, clip }], items });
  }
  return pages;
}

/** The tile's number on a white patch. */
function label(text: string, at: { x: number; y: number }, room: number, options: TileOptions): FrameItem[] {
  const size = options.labelSizePt;
  const w = Math.max(room, size * 0.62 * text.length + size * 0.6);
  return [
    { kind: 'rect', x: at.x, y: at.y, w, h: size * 1.6, fill: [0, 0, 0, 0] },
    { kind: 'text', x: at.x + size * 0.3, y: at.y + size * 1.15, text, font: options.labelFont, sizePt: size, widthPt: size * 0.62 * text.length, colour: options.labelColour },
  ];
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

function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
}
