import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { FitInfo, Frame, FrameItem, ParagraphBreaks } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedPoster, ResolvedPosterSection } from '../model/ResolvedPoster.ts';
import { checkHyphenation } from './checkHyphenation.ts';
import { layoutBoxes } from './poster/layoutBoxes.ts';
import { layoutFlow } from './poster/layoutFlow.ts';
import { layoutFooter } from './poster/layoutFooter.ts';
import { layoutGrid } from './poster/layoutGrid.ts';
import { layoutHeader } from './poster/layoutHeader.ts';
import { layoutList } from './poster/layoutList.ts';
import { scaleFrame } from './poster/scaleFrame.ts';
import { labelStyle, spaced, type PosterContext, type PosterRegion, type SectionBox, type SectionResult } from './poster/types.ts';
import { mmToPt } from './units.ts';

const STEP = 0.02;
const MAX_SCALE = 1.6;
/** The spacing steps a poster tries, as designed first: see PosterContext.spacing. */
const SPACINGS = [1, 0.9, 0.8, 0.7, 0.6];

export interface PosterLayoutResult {
  frame?: Frame;
  /** Where the layout put each cell, phase, box and item, in points on the poster as printed. */
  regions: PosterRegion[];
  /** The sizes the type got, in points on the poster as printed. */
  sizes?: { bodyPt: number; itemTitlePt: number };
  /** Sections left out (`optional: true`) because the poster was full. */
  leftOut: string[];
  diagnostics: Diagnostic[];
}

/**
 * A poster: the deck title on a colour band bleeding off the top (the edition's logo at its right), the
 * sections one under the other, the attribution and edition name in a strip at the foot. All type below
 * the title shares one scale, the largest at which everything fits and never below the floors (body
 * `minBodyPt`, item titles `minItemTitlePt`): when it does not fit there, optional sections are left
 * out, last first; when it still does not fit, the build fails: fewer words, not smaller type.
 *
 * The layout is made for the layout's own sheet (A2); another `sheet` (A1: about √2 × A2, A3: A2 ÷ √2)
 * scales the finished frame, grid, type and floors alike with its width, the bleed and safe zone excepted;
 * its height is laid out to the sheet's own (ISO sizes are not exactly √2 apart).
 */
export function layoutPoster(poster: ResolvedPoster, fonts: FontSet, sheet?: { widthMm: number; heightMm: number }): PosterLayoutResult {
  const L = poster.layout;
  const k = sheet ? sheet.widthMm / L.widthMm : 1;
  const W = mmToPt(L.widthMm);
  const H = mmToPt(sheet ? sheet.heightMm / k : L.heightMm);
  // the bleed is the same 3 mm on every size: laid out at 1/k of it, it comes out right once scaled
  const b = mmToPt(poster.bleedMm) / k;
  // the safe zone is the same 10 mm on every size: on a smaller sheet the margin does not shrink below it
  const m = mmToPt(Math.max(L.marginMm, L.safeMm / Math.min(1, k)));
  const gap = mmToPt(L.gapMm);
  const diagnostics: Diagnostic[] = [];
  const name = `poster '${poster.id}' (language ${poster.lang})`;
  const fail = (source: Diagnostic['source'], what: string, hint: string) => diagnostics.push(error(source, `${name}: ${what}`, hint));
  const none = (): PosterLayoutResult => ({ regions: [], leftOut: [], diagnostics });

  const header = layoutHeader(poster, fonts, { W, m, b, gap });
  if (!header.ok) {
    fail(header.source, header.what, 'shorten the deck title');
    return none();
  }
  const footer = layoutFooter(poster, fonts, { W, H, m, b, gap, scale: k });
  diagnostics.push(...footer.diagnostics);
  const items: FrameItem[] = [...header.items, ...footer.items];

  // the floors: no body text below minBodyPt, no item title below minItemTitlePt
  const bodyStyles = [L.itemText.sizePt, labelStyle({ poster, fonts, scale: 1 }).sizePt];
  const floor = Math.max(...bodyStyles.map((s) => L.minBodyPt / s), L.minItemTitlePt / L.itemTitle.sizePt);
  // the room between header and footer, less the space kept from each
  const roomAt = (spacing: number) => ({ top: header.bottomPt + gap * spacing, bottom: footer.topPt - gap * spacing });
  const steps = Math.max(0, Math.ceil((MAX_SCALE - floor) / STEP));
  const scaleAt = (step: number) => Math.max(floor, MAX_SCALE - step * STEP);
  const setAt = (sections: ResolvedPosterSection[], step: number, spacing: number) => {
    const { top, bottom } = roomAt(spacing);
    const set = setSections({ poster: { ...poster, sections }, fonts, scale: scaleAt(step), spacing }, { x: m, top, widthPt: W - 2 * m });
    return { set, room: bottom - top, fits: set.ok && set.heightPt <= bottom - top };
  };

  // the sections as the layout gives them; optional ones left out, last first, while they do not fit at the floor
  let sections = poster.sections;
  const leftOut: string[] = [];
  let spacing = SPACINGS[0]!;
  let atFloor = setAt(sections, steps, spacing);
  while (!atFloor.fits) {
    const drop = [...sections].reverse().find((s) => s.optional);
    if (!drop) break;
    leftOut.unshift(drop.id);
    sections = sections.filter((s) => s !== drop);
    atFloor = setAt(sections, steps, spacing);
  }
  // then the spaces between and inside the sections tighten, step by step (the type and margins stay)
  for (const tighter of SPACINGS.slice(1)) {
    if (atFloor.fits) break;
    spacing = tighter;
    atFloor = setAt(sections, steps, spacing);
  }
  if (!atFloor.fits) {
    const sizes = `body text at ${round1(L.minBodyPt * k)} pt and item titles at ${round1(L.minItemTitlePt * k)} pt`;
    const hint = 'fewer words, not smaller type: shorten the texts, leave out a section (optional: true) or show fewer parts';
    const set = atFloor.set;
    if (!set.ok) fail(set.source ?? poster.layoutSource, `the words do not fit with ${sizes}: ${set.reason}`, hint);
    else fail(poster.layoutSource, `the words do not fit with ${sizes}: they need ${Math.round((set.heightPt * 25.4) / 72 * k)} mm, there are ${Math.round((atFloor.room * 25.4) / 72 * k)} mm`, hint);
    return none();
  }
  // the largest scale at which they fit: a bisection, as a smaller scale never needs more room
  let low = 0;
  let high = steps;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (setAt(sections, mid, spacing).fits) high = mid; else low = mid + 1;
  }
  const final = setAt(sections, high, spacing);
  const placed = final.set;
  if (!placed.ok || diagnostics.some((d) => d.severity === 'error')) return { ...none(), diagnostics };
  const room = final.room;
  const scale = scaleAt(high);
  // what is left over goes into the gaps between the sections, so the poster fills its height calmly
  const spare = room - placed.heightPt;
  const extra = Math.min(spare / (placed.parts.length + 1), gap * 2);
  const regions: PosterRegion[] = [];
  for (const [i, part] of placed.parts.entries()) {
    const dy = extra * (i + 1);
    items.push(...part.items.map((item) => moveDown(item, dy)));
    regions.push(...part.regions.map((r) => ({ ...r, y: r.y + dy })));
  }
  const notes = [leftOut.length ? `left out: ${leftOut.join(', ')}` : '', spacing < 1 ? `spacing ${Math.round(spacing * 100)} %` : ''].filter(Boolean);
  const fit: FitInfo = {
    field: notes.length ? `sections (${notes.join('; ')})` : 'sections',
    sizePt: round2(L.itemText.sizePt * scale * k),
    preferredSizePt: round2(L.itemText.sizePt * k),
    minSizePt: round2(L.minBodyPt * k),
    fill: round2(placed.heightPt / room),
    paragraphs: placed.paragraphs,
  };
  diagnostics.push(...checkHyphenation(fit, name));
  const frame: Frame = { widthPt: W, heightPt: H, bleedPt: b, side: 'front', cardId: poster.id, items, fit };
  const scaled = scaleFrame(frame, k);
  return {
    frame: { ...scaled, bleedPt: mmToPt(poster.bleedMm) },
    regions: regions.map((r) => ({ ...r, x: r.x * k, y: r.y * k, w: r.w * k, h: r.h * k })),
    sizes: { bodyPt: round2(Math.min(...bodyStyles) * scale * k), itemTitlePt: round2(L.itemTitle.sizePt * scale * k) },
    leftOut,
    diagnostics,
  };
}

/** All sections at one scale, stacked, a section's parts kept apart so the spare height can go between them. */
function setSections(ctx: PosterContext, box: SectionBox):
  | { ok: true; parts: Extract<SectionResult, { ok: true }>[]; heightPt: number; paragraphs: ParagraphBreaks[] }
  | Extract<SectionResult, { ok: false }> {
  const gap = spaced(ctx, mmToPt(ctx.poster.layout.gapMm) * ctx.scale);
  const parts: Extract<SectionResult, { ok: true }>[] = [];
  let y = box.top;
  for (const [i, section] of ctx.poster.sections.entries()) {
    if (i > 0) y += gap;
    const set = setSection(ctx, section, { ...box, top: y });
    if (!set.ok) return set;
    parts.push(set);
    y += set.heightPt;
  }
  return { ok: true, parts, heightPt: y - box.top, paragraphs: parts.flatMap((p) => p.paragraphs) };
}

function setSection(ctx: PosterContext, section: ResolvedPosterSection, box: SectionBox): SectionResult {
  switch (section.kind) {
    case 'list': return layoutList(ctx, section, box);
    case 'flow': return layoutFlow(ctx, section, box);
    case 'grid': return layoutGrid(ctx, section, box);
    case 'boxes': return layoutBoxes(ctx, section, box);
  }
}

function moveDown(item: FrameItem, dy: number): FrameItem {
  switch (item.kind) {
    case 'line': return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'mark': return { ...item, cy: item.cy + dy };
    default: return { ...item, y: item.y + dy };
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
