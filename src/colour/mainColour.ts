/**
 * The colour a logo mostly shows against what it stands on, as 0–255 RGB: for a raster the most
 * frequent opaque colour (in steps of 16), for an SVG the fill of a plate that spans the whole drawing,
 * or else its most used flat colour. Used to warn when a logo would vanish into the brand colour.
 */
export function mainRasterColour(rgba: Uint8Array, pixels: number): [number, number, number] | undefined {
  const counts = new Map<number, number>();
  const step = Math.max(1, Math.floor(pixels / 250_000));
  for (let i = 0; i < pixels; i += step) {
    if ((rgba[i * 4 + 3] ?? 255) < 128) continue;
    const key = ((rgba[i * 4]! >> 4) << 8) | ((rgba[i * 4 + 1]! >> 4) << 4) | (rgba[i * 4 + 2]! >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [key, n] of counts) if (best === undefined || n > counts.get(best)!) best = key;
  if (best === undefined) return undefined;
  const channel = (shift: number) => (((best >> shift) & 0xf) << 4) | 8;
  return [channel(8), channel(4), channel(0)];
}

const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', grey: '#808080', gray: '#808080' };

function parseCssColour(value: string): [number, number, number] | undefined {
  const v = (NAMED[value.trim().toLowerCase()] ?? value).trim();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (m) {
    const d = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
    const n = Number.parseInt(d, 16);
    return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  }
  m = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function mainSvgColour(svg: string, viewBox: { width: number; height: number }): [number, number, number] | undefined {
  const paints: { colour: [number, number, number]; tag: string; attrs: string }[] = [];
  for (const [, tag, attrs] of svg.matchAll(/<(rect|path|circle|ellipse|polygon|polyline|line|g)\b([^>]*)>/gi)) {
    const style = /style="([^"]*)"/i.exec(attrs!)?.[1] ?? '';
    for (const prop of ['fill', 'stroke']) {
      const raw = new RegExp(`${prop}:\\s*([^;]+)`, 'i').exec(style)?.[1] ?? new RegExp(`\\b${prop}="([^"]*)"`, 'i').exec(attrs!)?.[1];
      const colour = raw && parseCssColour(raw);
      if (colour) paints.push({ colour, tag: tag!.toLowerCase(), attrs: attrs! });
    }
  }
  const first = paints[0];
  if (first?.tag === 'rect') {
    const num = (name: string) => Number.parseFloat(new RegExp(`\\b${name}="([^"]*)"`).exec(first.attrs)?.[1] ?? 'NaN');
    const w = /\bwidth="100%"/.test(first.attrs) ? viewBox.width : num('width');
    const h = /\bheight="100%"/.test(first.attrs) ? viewBox.height : num('height');
    if (w * h >= 0.8 * viewBox.width * viewBox.height) return first.colour;
  }
  const counts = new Map<string, { colour: [number, number, number]; n: number }>();
  for (const { colour } of paints) {
    const entry = counts.get(colour.join()) ?? { colour, n: 0 };
    entry.n++;
    counts.set(colour.join(), entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.colour;
}
