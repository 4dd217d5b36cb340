import type { FrameItem } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { DeviceShape } from '../model/Deck.ts';

/** The box a device is drawn in: 100 × 100 units, y down. */
const BOX = 100;

/**
 * A deck's graphic device as vector paths: each shape of `deck.yaml`'s `back.device` (a circle, SVG path
 * data, or letters drawn as the outlines of a font) in a square of `sizePt` with its top-left corner at
 * (x, y). Lines are given in points at the reference card and grow with `lineScale`.
 */
export function drawDevice(shapes: DeviceShape[], fonts: FontSet, at: { x: number; y: number; sizePt: number; lineScale: number; colour: Cmyk }): FrameItem[] {
  const scale = at.sizePt / BOX;
  return shapes.map((shape): FrameItem => {
    const colour = shape.colour ?? at.colour;
    const line = shape.line ?? (shape.fill ? undefined : 1.5);
    return {
      kind: 'path',
      d: pathData(shape, fonts),
      x: at.x,
      y: at.y,
      scale,
      w: at.sizePt,
      h: at.sizePt,
      ...(shape.fill ? { fill: colour } : {}),
      ...(line !== undefined ? { stroke: colour, lineWidthPt: line * at.lineScale } : {}),
    };
  });
}

const n = (v: number) => String(Math.round(v * 1000) / 1000);

/** SVG path data of one shape, in box units. */
export function pathData(shape: DeviceShape, fonts: FontSet): string {
  if ('circle' in shape) {
    const [cx, cy, r] = shape.circle;
    return `M${n(cx - r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 0 ${n(cx + r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 0 ${n(cx - r)} ${n(cy)}Z`;
  }
  if ('path' in shape) return shape.path;
  // letters as outlines: no live text on the back, and the same shapes in every viewer
  const font = fonts[shape.font].font;
  const unit = shape.size / font.unitsPerEm;
  const run = font.layout(shape.text);
  let pen = shape.x - (run.advanceWidth * unit) / 2;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    parts.push(glyph.path.transform(unit, 0, 0, -unit, pen + position.xOffset * unit, shape.y - position.yOffset * unit).toSVG());
    pen += position.xAdvance * unit;
  });
  return parts.join('');
}
