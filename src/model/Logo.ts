/** An edition's logo, checked and ready to draw: vector SVG, or raster pixels already converted to CMYK. */
export type LogoAsset =
  | { kind: 'svg'; svg: string; aspect: number }
  | { kind: 'raster'; widthPx: number; heightPx: number; aspect: number; cmyk: Uint8Array };
