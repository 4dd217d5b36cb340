import type { Frame } from '../model/Frame.ts';
import type { Page } from '../model/Page.ts';

/** A frame on a page of its own: the page is the trim plus the bleed, with TrimBox and BleedBox; no marks. */
export function imposePrintPage(frame: Frame): Page {
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
