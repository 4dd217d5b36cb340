import type { FrameItem } from '../../model/Frame.ts';
import type { Cmyk } from '../../model/Colour.ts';

/** A filled arrow pointing right (or down), in the box (x, y, w, h): a shaft and a head, drawn as one path. */
export function arrow(x: number, y: number, w: number, h: number, fill: Cmyk, direction: 'right' | 'down' = 'right'): FrameItem {
  const r = (n: number) => Math.round(n * 100) / 100;
  if (direction === 'down') {
    // the same arrow with x and y swapped: a mirror about the diagonal turns right into down
    const right = arrow(0, 0, h, w, fill);
    const d = right.kind === 'path' ? right.d.replace(/(-?[\d.]+) (-?[\d.]+)/g, '$2 $1') : '';
    return { kind: 'path', d, x, y, scale: 1, w, h, fill };
  }
  const head = Math.min(w * 0.62, h * 0.6);
  const shaft = h * 0.16;
  const c = h / 2;
  const d = `M0 ${r(c - shaft)} L${r(w - head)} ${r(c - shaft)} L${r(w - head)} 0 L${r(w)} ${r(c)} L${r(w - head)} ${r(h)} L${r(w - head)} ${r(c + shaft)} L0 ${r(c + shaft)} Z`;
  return { kind: 'path', d, x, y, scale: 1, w, h, fill };
}
