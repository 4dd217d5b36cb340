import type { Frame, FrameItem } from '../../model/Frame.ts';

/**
 * A frame `k` times as large: positions, sizes, type and lines alike (a poster laid out for A2, printed
 * on A1 or A3). Line breaks stay where they were, as every width scales with the type.
 */
export function scaleFrame(frame: Frame, k: number): Frame {
  if (k === 1) return frame;
  return { ...frame, widthPt: frame.widthPt * k, heightPt: frame.heightPt * k, bleedPt: frame.bleedPt * k, items: frame.items.map((item) => scaleItem(item, k)) };
}

function scaleItem(item: FrameItem, k: number): FrameItem {
  switch (item.kind) {
    case 'rect': return { ...item, x: item.x * k, y: item.y * k, w: item.w * k, h: item.h * k, ...(item.lineWidthPt ? { lineWidthPt: item.lineWidthPt * k } : {}) };
    case 'line': return { ...item, x1: item.x1 * k, y1: item.y1 * k, x2: item.x2 * k, y2: item.y2 * k, lineWidthPt: item.lineWidthPt * k };
    case 'mark': return { ...item, cx: item.cx * k, cy: item.cy * k, sizePt: item.sizePt * k };
    case 'image': return { ...item, x: item.x * k, y: item.y * k, w: item.w * k, h: item.h * k };
    case 'path': return { ...item, x: item.x * k, y: item.y * k, w: item.w * k, h: item.h * k, scale: item.scale * k, ...(item.lineWidthPt ? { lineWidthPt: item.lineWidthPt * k } : {}) };
    case 'text': return { ...item, x: item.x * k, y: item.y * k, sizePt: item.sizePt * k, widthPt: item.widthPt * k, ...(item.trackingPt ? { trackingPt: item.trackingPt * k } : {}) };
  }
}
