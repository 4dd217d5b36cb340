import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { mainRasterColour, mainSvgColour } from '../colour/mainColour.ts';
import { rgbaToCmykBytes } from '../colour/toCmyk.ts';
import { error, warning, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import type { LogoAsset } from '../model/Logo.ts';

const GOOD_PPI = 300;
const MIN_PPI = 150;
const MAX_PIXELS = 40_000_000;

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
  const text = Buffer.from(bytes).toString('utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { diagnostics: [error({ file, line: valid.err.line, col: valid.err.col }, `the logo ${name} is not valid SVG: ${valid.err.msg}`, 'export it again from your drawing program')] };
  }
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, allowBooleanAttributes: true }).parse(text) as XmlNode[];
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
  if (!(width > 0) || !(height > 0)) {
    return { diagnostics: [error(at, `the logo ${name} has no size (viewBox, or width and height)`, 'give the <svg> element a viewBox')] };
  }
  return { logo: { kind: 'svg', svg: text, aspect: width / height, mainRgb: mainSvgColour(text, { width, height }) }, diagnostics: [] };
}

function validateRaster(file: string, ext: string, bytes: Uint8Array, at: SourceRef, printHeightMm: number): { logo?: LogoAsset; diagnostics: Diagnostic[] } {
  const name = path.basename(file);
  let image: { width: number; height: number; data: Uint8Array };
  try {
    if (ext === '.png') image = PNG.sync.read(Buffer.from(bytes));
    else image = jpeg.decode(Buffer.from(bytes), { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
  } catch (e) {
    return { diagnostics: [error(at, `the logo ${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`, `is it really a ${ext === '.png' ? 'PNG' : 'JPEG'} file? Export it again`)] };
  }
  if (image.width * image.height > MAX_PIXELS) {
    return { diagnostics: [error(at, `the logo ${name} is ${image.width} × ${image.height} pixels, too large for a logo`, 'scale it down to about 1500 pixels high')] };
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
