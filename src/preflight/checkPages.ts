import { PT_PER_MM, ptToMm } from '../layout/units.ts';
import type { DocumentFacts, PageFacts, PdfBox } from './inspectPdf.ts';
import type { Paint } from './tracePaint.ts';

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
/** Total area coverage allowed on artwork (the registration colour of marks is a spot colour: excepted). */
export const MAX_TAC_PERCENT = 300;
/** White text smaller than this on a colour of two or more inks fills in when the plates are off. */
export const MIN_REVERSED_TEXT_PT = 8;
const MIN_TEXT_PT = 6;
const MIN_LINE_PT = 0.25;

/**
 * What a print shop's preflight checks. A file whose pages carry a TrimBox is a print file (boxes nested,
 * bleed, text inside the safe zone); one without is an office sheet (paper size only). Both: fonts
 * embedded, no RGB, no text below 6 pt, no line below 0.25 pt.
 */
export function checkPages(pages: readonly PageFacts[], options: PreflightOptions, document?: DocumentFacts): PreflightSummary {
  const findings: Finding[] = [];
  const kind = pages.some((p) => p.trimBox) ? 'print' : 'sheet';
  if (kind === 'print' && document) {
    if (document.pdfxVersion !== 'PDF/X-4') findings.push({ severity: 'error', message: document.pdfxVersion ? `declared ${document.pdfxVersion}, not PDF/X-4` : 'not declared PDF/X-4 (no GTS_PDFXVersion)' });
    const intent = document.outputIntent;
    if (!intent || intent.subtype !== 'GTS_PDFX') findings.push({ severity: 'error', message: 'no PDF/X output intent (the press condition, e.g. FOGRA39, and its profile)' });
    else if (intent.profileComponents !== 4) findings.push({ severity: 'error', message: `the output intent ${intent.condition ?? ''} has no embedded CMYK profile` });
  }
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

    if (kind === 'print') for (const finding of checkInk(page.paints ?? [])) at(finding.severity, finding.message);
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

/** Ink on one page: total coverage, black text overprinting, small reversed text. */
function checkInk(paints: readonly Paint[]): Omit<Finding, 'page'>[] {
  const found: Omit<Finding, 'page'>[] = [];
  const tac = Math.max(0, ...paints.map((p) => (p.cmyk ?? []).reduce((a, b) => a + b, 0) * 100));
  if (tac > MAX_TAC_PERCENT + 0.5) found.push({ severity: 'error', message: `ink coverage of ${Math.round(tac)} %, above ${MAX_TAC_PERCENT} %` });
  const text = paints.filter((p) => p.kind === 'text');
  const knockedOut = text.filter((p) => p.cmyk?.join() === '0,0,0,1' && !p.overprint).length;
  if (knockedOut) found.push({ severity: 'warning', message: `${knockedOut} black text run(s) knock out instead of overprinting` });
  let reversed: { sizePt: number; inks: number } | undefined;
  paints.forEach((paint, i) => {
    if (paint.kind !== 'text' || !paint.cmyk?.every((v) => v === 0) || (paint.sizePt ?? 99) >= MIN_REVERSED_TEXT_PT - 0.01 || !paint.box) return;
    const { x0, y0 } = paint.box;
    const under = paints.slice(0, i).reverse().find((p) => p.kind === 'rect' && p.box && p.box.x0 <= x0 && x0 <= p.box.x1 && p.box.y0 <= y0 && y0 <= p.box.y1);
    const inks = under?.cmyk?.filter((v) => v > 0).length ?? 0;
    if (inks > 1 && (!reversed || paint.sizePt! < reversed.sizePt)) reversed = { sizePt: paint.sizePt!, inks };
  });
  if (reversed) found.push({ severity: 'warning', message: `white text of ${reversed.sizePt.toFixed(1)} pt on a colour of ${reversed.inks} inks: below ${MIN_REVERSED_TEXT_PT} pt it fills in when the plates are off` });
  return found;
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
