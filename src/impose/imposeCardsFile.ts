import type { Frame } from '../model/Frame.ts';
import type { Page } from '../model/Page.ts';

/**
 * The print-shop file: one card face per page, front then back for every card; the page is the card plus
 * its bleed, with TrimBox and BleedBox; no marks (the shop adds its own).
 */
export function imposeCardsFile(fronts: readonly Frame[], back: Frame): Page[] {
  return fronts.flatMap((front) => [facePage(front), facePage(back)]);
}

function facePage(frame: Frame): Page {
  const b = frame.bleedPt;
  const widthPt = frame.widthPt + 2 * b;
  const heightPt = frame.heightPt + 2 * b;
  const bleedBox = { x: 0, y: 0, w: widthPt, h: heightPt };
  return {
    widthPt,
    heightPt,
    trimBox: { x: b, y: b, w: frame.widthPt, h: frame.heightPt },
    bleedBox,
    placements: [{ frame, x: b, y: b, clip: bleedBox }],
    items: [],
  };
}
