import type { FrameItem } from '../model/Frame.ts';
import type { Box, Placement } from '../model/Page.ts';

/**
 * The items of a placed frame that can show inside its clip; the others need not be drawn at all. Used
 * where a frame is drawn in place, once in its file (a frame placed more than once, like a poster on
 * each of its tiles, is drawn whole as a form that each placement clips: see frameForms), and by the
 * bench's raw-pdfkit baseline.
 */
export function visibleItems(placement: Placement): FrameItem[] {
  const c = placement.clip;
  const scale = placement.scale ?? 1;
  // the clip in the frame's own coordinates (a turned frame: (u, v) lands at (x − v, y + u) clockwise)
  const visible = placement.rotate === 90 ? { x: c.y - placement.y, y: placement.x - c.x - c.w, w: c.h, h: c.w }
    : placement.rotate === -90 ? { x: placement.y - c.y - c.h, y: c.x - placement.x, w: c.h, h: c.w }
    : { x: (c.x - placement.x) / scale, y: (c.y - placement.y) / scale, w: c.w / scale, h: c.h / scale };
  return placement.frame.items.filter((item) => overlaps(boundsOf(item), visible));
}

/** Generous bounds of an item, enough to tell whether it can show inside a clip. */
export function boundsOf(item: FrameItem): Box {
  switch (item.kind) {
    case 'rect': return { x: item.x - 2, y: item.y - 2, w: item.w + 4, h: item.h + 4 };
    case 'line': return { x: Math.min(item.x1, item.x2) - 2, y: Math.min(item.y1, item.y2) - 2, w: Math.abs(item.x2 - item.x1) + 4, h: Math.abs(item.y2 - item.y1) + 4 };
    case 'mark': return { x: item.cx - item.sizePt, y: item.cy - item.sizePt, w: 2 * item.sizePt, h: 2 * item.sizePt };
    case 'image': return { x: item.x, y: item.y, w: item.w, h: item.h };
    case 'path': return { x: item.x - (item.lineWidthPt ?? 0), y: item.y - (item.lineWidthPt ?? 0), w: item.w + 2 * (item.lineWidthPt ?? 0), h: item.h + 2 * (item.lineWidthPt ?? 0) };
    case 'text': return { x: item.x - item.sizePt, y: item.y - 1.5 * item.sizePt, w: item.widthPt + 2 * item.sizePt, h: 2 * item.sizePt };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
