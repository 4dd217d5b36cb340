/**
 * An edition's logo, checked and ready to draw: vector SVG, or raster pixels already converted to CMYK
 * (with their transparency as a soft mask when the image has any). `mainRgb`: the colour it mostly shows.
 */
export type LogoAsset =
  | { kind: 'svg'; svg: string; aspect: number; mainRgb?: [number, number, number] }
  | { kind: 'raster'; widthPx: number; heightPx: number; aspect: number; cmyk: Uint8Array; alpha?: Uint8Array; mainRgb?: [number, number, number] };
