import { PT_PER_MM, ptToMm } from '../layout/units.ts';
import type { PageFacts, PdfBox } from './inspectPdf.ts';

export interface Finding {
  severity: 'error' | 'warning';
  page?: number;
  message: string;
}

export interface PreflightOptions {
  /** Undefined: by size, 4 mm for cards and 10 mm for A3 and larger (a poster is cut less precisely). */
  safeMm?: number;
  bleedMm: number;
}

const POSTER_SAFE_MM = 10;
const CARD_SAFE_MM = 4;
const POSTER_MIN_SIDE_MM = 297;

export interface PreflightSummary {
  kind: 'print' | 'sheet';
  safeMm?: number;
  pages: number;
  trimMm?: { w: number; h: number };
  bleedMm?: number;
  fonts: string[];
  findings: Finding[];
}

const TOLERANCE_PT = 0.05;
const MIN_TEXT_PT = 6;
const MIN_LINE_PT = 0.25;

/**
 * What a print shop's preflight checks. A file whose pages carry a TrimBox is a print file (boxes nested,
 * bleed, text inside the safe zone); one without is an office sheet (paper size only). Both: fonts
 * embedded, no RGB, no text below 6 pt, no line below 0.25 pt.
 */
export function checkPages(pages: readonly PageFacts[], options: PreflightOptions): PreflightSummary {
  const findings: Finding[] = [];
  const kind = pages.some((p) => p.trimBox) ? 'print' : 'sheet';
  const fonts = new Set<string>();
  const sizes = new Set<string>();
  let minBleed = Infinity;
  let usedSafeMm: number | undefined;
  if (pages.length === 0) findings.push({ severity: 'error', message: 'the file has no pages' });

  for (const page of pages) {
    const at = (severity: Finding['severity'], message: string) => findings.push({ severity, page: page.number, message });
    for (const font of page.fonts) {
      fonts.add(font.name.replace(/^[A-Z]{6}\+/, ''));
      if (!font.embedded) at('error', `font ${font.name} (${font.subtype}) is not embedded`);
    }
    for (const use of new Set(page.rgbUses)) at('error', `RGB colour: ${use}; print files must be CMYK`);
    const thin = page.lineWidths.filter((w) => w < MIN_LINE_PT - 1e-6);
    if (thin.length) at('error', `line of ${Math.min(...thin)} pt, thinner than ${MIN_LINE_PT} pt`);
    for (const run of page.text) {
      if (run.sizePt < MIN_TEXT_PT - 0.01) at('error', `text "${clip(run.text)}" is ${run.sizePt.toFixed(1)} pt, below ${MIN_TEXT_PT} pt`);
    }

    if (kind === 'sheet') {
      sizes.add(sizeLabel(page.mediaBox));
      continue;
    }
    const { mediaBox, trimBox, bleedBox } = page;
    if (!trimBox) { at('error', 'no TrimBox'); continue; }
    if (!bleedBox) at('error', 'no BleedBox');
    if (!contains(mediaBox, bleedBox ?? trimBox)) at('error', 'the BleedBox reaches outside the MediaBox');
    if (bleedBox && !contains(bleedBox, trimBox)) at('error', 'the TrimBox reaches outside the BleedBox');
    sizes.add(sizeLabel(trimBox));
    const bleed = Math.min(...sides(bleedBox ?? mediaBox, trimBox));
    minBleed = Math.min(minBleed, bleed);
    if (ptToMm(bleed) < options.bleedMm - 0.01) at('error', `bleed is ${ptToMm(bleed).toFixed(1)} mm, needs ${options.bleedMm} mm on every side`);
    const safeMm = options.safeMm ?? (Math.min(ptToMm(trimBox.x1 - trimBox.x0), ptToMm(trimBox.y1 - trimBox.y0)) >= POSTER_MIN_SIDE_MM - 1 ? POSTER_SAFE_MM : CARD_SAFE_MM);
    usedSafeMm = safeMm;
    const safe = safeMm * PT_PER_MM;
    for (const run of page.text) {
      const distance = Math.min(...sides(trimBox, run.box));
      if (distance < safe - TOLERANCE_PT) {
        at('error', `text "${clip(run.text)}" is ${ptToMm(Math.max(0, distance)).toFixed(1)} mm from the trim line, inside the ${safeMm} mm safe zone`);
      }
    }
  }
  if (sizes.size > 1) findings.push({ severity: 'warning', message: `pages of different sizes: ${[...sizes].join(', ')}` });
  const first = pages[0];
  const trim = kind === 'print' ? first?.trimBox : first?.mediaBox;
  return {
    kind,
    safeMm: usedSafeMm,
    pages: pages.length,
    trimMm: trim ? { w: round(ptToMm(trim.x1 - trim.x0)), h: round(ptToMm(trim.y1 - trim.y0)) } : undefined,
    bleedMm: kind === 'print' && Number.isFinite(minBleed) ? round(ptToMm(minBleed)) : undefined,
    fonts: [...fonts].sort(),
    findings,
  };
}

/** Distances from each side of `outer` in to the same side of `inner` (negative: inner sticks out). */
function sides(outer: PdfBox, inner: PdfBox): number[] {
  return [inner.x0 - outer.x0, outer.x1 - inner.x1, inner.y0 - outer.y0, outer.y1 - inner.y1];
}

function contains(outer: PdfBox, inner: PdfBox): boolean {
  return sides(outer, inner).every((d) => d >= -TOLERANCE_PT);
}

function sizeLabel(box: PdfBox): string {
  return `${round(ptToMm(box.x1 - box.x0))} × ${round(ptToMm(box.y1 - box.y0))} mm`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
