import { createRequire } from 'node:module';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mainRasterColour, mainSvgColour } from '../colour/mainColour.ts';
import { rgbaToCmykBytes } from '../colour/toCmyk.ts';
import { error, warning, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import type { LogoAsset } from '../model/Logo.ts';

// the decoders are loaded when a raster logo is checked (~10 ms that a check without one need not pay)
const require = createRequire(import.meta.url);
const png = () => require('pngjs') as typeof import('pngjs');
const jpeg = () => require('jpeg-js') as typeof import('jpeg-js');

const GOOD_PPI = 300;
const MIN_PPI = 150;
/**
 * Limits, checked before anything is decoded or parsed: a logo past them is an attack or a mistake,
 * and would cost the build minutes or gigabytes. A raster is refused on its header's size: 16 million
 * pixels (4000 × 4000) decode to 64 MB; at 300 ppi that is a logo 34 cm high.
 */
export const LOGO_LIMITS = {
  rasterPixels: 16_000_000,
  svgBytes: 1024 * 1024,
  svgElements: 5000,
  svgDepth: 64,
  /** width to height (or height to width) */
  aspect: 20,
} as const;

/**
 * Checks a logo and readies it for print. SVG: well-formed, no scripts, no external references, nothing
 * a print file cannot hold (text, gradients, embedded images). PNG and JPEG: readable, sharp enough at
 * the largest size it is printed (`printHeightMm`), converted to CMYK through the press profile, its
 * transparency kept as a soft mask.
 */
export function validateLogo(file: string, bytes: Uint8Array, at: SourceRef, printHeightMm: number): { logo?: LogoAsset; diagnostics: Diagnostic[] } {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.svg') return validateSvg(file, bytes, at);
  if (ext === '.png' || ext === '.jpg' || ext === '.jpeg') return validateRaster(file, ext, bytes, at, printHeightMm);
  return { diagnostics: [error(at, `the logo '${path.basename(file)}' is not SVG, PNG or JPEG`, 'use an SVG (best for print), or a PNG or JPEG of at least 300 ppi')] };
}

function validateSvg(file: string, bytes: Uint8Array, at: SourceRef): { logo?: LogoAsset; diagnostics: Diagnostic[] } {
  const name = path.basename(file);
  const refuse = (message: string, hint: string) => ({ diagnostics: [error(at, `the logo ${name} ${message}`, hint)] });
  const simpler = 'simplify it in your drawing program (merge shapes, remove hidden ones), or use a PNG of about 1500 pixels high';
  if (bytes.length > LOGO_LIMITS.svgBytes) {
    return refuse(`is ${kilobytes(bytes.length)}, more than the ${kilobytes(LOGO_LIMITS.svgBytes)} an SVG logo may have`, simpler);
  }
  const text = Buffer.from(bytes).toString('utf8');
  // before any parser sees it: entity declarations (external files, or "billion laughs"), element count, nesting
  if (/<!ENTITY/i.test(text)) return refuse('declares entities (<!ENTITY …>) in its DOCTYPE', 'logos must be plain drawings: remove the DOCTYPE, or export the logo again as plain SVG');
  const shape = measureXml(text);
  if (shape.elements > LOGO_LIMITS.svgElements) {
    return refuse(`has ${shape.elements} elements, more than the ${LOGO_LIMITS.svgElements} a logo may have`, simpler);
  }
  if (shape.depth > LOGO_LIMITS.svgDepth) {
    return refuse(`nests its elements ${shape.depth} deep, more than the ${LOGO_LIMITS.svgDepth} levels a logo may have`, 'ungroup the drawing in your drawing program and export it again');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { diagnostics: [error({ file, line: valid.err.line, col: valid.err.col }, `the logo ${name} is not valid SVG: ${valid.err.msg}`, 'export it again from your drawing program')] };
  }
  let tree: XmlNode[];
  try {
    tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, allowBooleanAttributes: true, processEntities: false }).parse(text) as XmlNode[];
  } catch (e) {
    return refuse(`is not valid SVG: ${e instanceof Error ? e.message : String(e)}`, 'export it again from your drawing program');
  }
  const root = tree.find((n) => 'svg' in n);
  if (!root) return { diagnostics: [error(at, `the logo ${name} has no <svg> element`, 'export it again as SVG')] };
  const problems = new Set<string>();
  walk(tree, (tag, attributes) => {
    const t = tag.toLowerCase();
    if (t === 'script') problems.add('a script');
    if (t === 'foreignobject') problems.add('foreign content (foreignObject)');
    if (t === 'text' || t === 'tspan') problems.add('live text (convert text to outlines)');
    if (t === 'image') problems.add('an embedded or linked image');
    if (/gradient$|^pattern$|^mask$|^filter$/.test(t)) problems.add(`a ${t} (print needs flat colours)`);
    if (t === 'style' || t === '#text') return;
    for (const [key, value] of Object.entries(attributes)) {
      if (/^on/i.test(key)) problems.add(`an event handler (${key})`);
      const v = String(value);
      if (/href$/i.test(key) && !v.startsWith('#')) problems.add(`an external reference (${key}="${v.slice(0, 40)}")`);
      if (/url\(\s*['"]?(?!#)/i.test(v)) problems.add(`an external reference (${v.slice(0, 40)})`);
    }
  });
  if (/@import|url\(\s*['"]?(?!#)/i.test(text.match(/<style[\s\S]*?<\/style>/gi)?.join('') ?? '')) problems.add('an external reference in a <style>');
  const diagnostics = [...problems].map((p) => error(at, `the logo ${name} contains ${p}`, 'logos must be plain drawings; remove it, or export the logo again as plain SVG'));
  if (diagnostics.length) return { diagnostics };
  const attributes = (root[':@'] ?? {}) as Record<string, string>;
  const box = (attributes.viewBox ?? attributes.viewbox ?? '').trim().split(/[\s,]+/).map(Number);
  const width = box.length === 4 ? box[2]! : Number.parseFloat(attributes.width ?? '');
  const height = box.length === 4 ? box[3]! : Number.parseFloat(attributes.height ?? '');
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    return { diagnostics: [error(at, `the logo ${name} has no size (viewBox, or width and height)`, 'give the <svg> element a viewBox')] };
  }
  const badShape = checkAspect(name, width, height, 'its viewBox', at);
  if (badShape) return { diagnostics: [badShape] };
  return { logo: { kind: 'svg', svg: text, aspect: width / height, mainRgb: mainSvgColour(text, { width, height }) }, diagnostics: [] };
}

function validateRaster(file: string, ext: string, bytes: Uint8Array, at: SourceRef, printHeightMm: number): { logo?: LogoAsset; diagnostics: Diagnostic[] } {
  const name = path.basename(file);
  // the size from the header, before decoding: a small file can hold a picture of gigabytes
  const header = ext === '.png' ? pngSize(bytes) : jpegSize(bytes);
  if (header) {
    if (header.width * header.height > LOGO_LIMITS.rasterPixels) {
      return { diagnostics: [error(at, `the logo ${name} is ${header.width} × ${header.height} pixels, more than the ${LOGO_LIMITS.rasterPixels / 1_000_000} million pixels a logo may have`, 'scale it down to about 1500 pixels high, or use an SVG')] };
    }
    const badShape = checkAspect(name, header.width, header.height, 'its pixels', at);
    if (badShape) return { diagnostics: [badShape] };
  }
  let image: { width: number; height: number; data: Uint8Array };
  try {
    if (ext === '.png') image = png().PNG.sync.read(Buffer.from(bytes));
    else image = jpeg().decode(Buffer.from(bytes), { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256, maxResolutionInMP: LOGO_LIMITS.rasterPixels / 1_000_000 });
  } catch (e) {
    return { diagnostics: [error(at, `the logo ${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`, `is it really a ${ext === '.png' ? 'PNG' : 'JPEG'} file? Export it again`)] };
  }
  if (image.width * image.height > LOGO_LIMITS.rasterPixels) {
    return { diagnostics: [error(at, `the logo ${name} is ${image.width} × ${image.height} pixels, more than the ${LOGO_LIMITS.rasterPixels / 1_000_000} million pixels a logo may have`, 'scale it down to about 1500 pixels high, or use an SVG')] };
  }
  const ppi = Math.round(image.height / (printHeightMm / 25.4));
  const diagnostics: Diagnostic[] = [];
  const size = `${image.width} × ${image.height} pixels`;
  if (ppi < MIN_PPI) {
    return { diagnostics: [error(at, `the logo ${name} is ${size}: ${ppi} ppi at ${printHeightMm} mm high, below ${MIN_PPI} ppi; it would print blurred`, `use an SVG, or a raster at least ${Math.ceil((GOOD_PPI * printHeightMm) / 25.4)} pixels high`)] };
  }
  if (ppi < GOOD_PPI) {
    diagnostics.push(warning(at, `the logo ${name} is ${size}: ${ppi} ppi at ${printHeightMm} mm high, below ${GOOD_PPI} ppi`, `use an SVG, or a raster at least ${Math.ceil((GOOD_PPI * printHeightMm) / 25.4)} pixels high`));
  }
  const pixels = image.width * image.height;
  const { cmyk, alpha } = rgbaToCmykBytes(image.data, pixels);
  const mainRgb = mainRasterColour(image.data, pixels);
  return { logo: { kind: 'raster', widthPx: image.width, heightPx: image.height, aspect: image.width / image.height, cmyk, ...(alpha ? { alpha } : {}), ...(mainRgb ? { mainRgb } : {}) }, diagnostics };
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

function walk(nodes: XmlNode[], visit: (tag: string, attributes: Record<string, unknown>) => void): void {
  for (const node of nodes) {
    for (const [tag, children] of Object.entries(node)) {
      if (tag === ':@') continue;
      visit(tag, (node[':@'] ?? {}) as Record<string, unknown>);
      if (Array.isArray(children)) walk(children as XmlNode[], visit);
    }
  }
}

function kilobytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** A logo far wider than high (or the other way round) is a mistake: it would print as a hairline. */
function checkAspect(name: string, width: number, height: number, from: string, at: SourceRef): Diagnostic | undefined {
  const ratio = Math.max(width / height, height / width);
  if (ratio <= LOGO_LIMITS.aspect) return undefined;
  const shown = (n: number) => String(Math.round(n * 100) / 100);
  return error(at, `the logo ${name} is ${shown(width)} × ${shown(height)} (${from}): ${width > height ? 'wider' : 'higher'} than ${LOGO_LIMITS.aspect} times its ${width > height ? 'height' : 'width'}`,
    'check the viewBox (or the picture\'s size); a logo is drawn at a fixed height on backs and posters');
}

/** Elements and nesting depth of an XML text, counted in one pass without parsing it. */
export function measureXml(text: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (const match of text.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)[A-Za-z_][^>]*>/g)) {
    const tag = match[0];
    if (tag.startsWith('<!') || tag.startsWith('<?')) continue;
    if (match[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (!tag.endsWith('/>')) deepest = Math.max(deepest, ++depth);
  }
  return { elements, depth: deepest };
}

/** Width and height from a PNG's IHDR chunk, without decoding it. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's first frame header (SOFn), without decoding it. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    i += 2 + length;
  }
  return undefined;
}
