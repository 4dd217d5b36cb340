import { error, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import type { FrameItem } from '../model/Frame.ts';
import type { TileOverview, TilePlan } from '../model/PrintPlan.ts';
import type { FontSet } from '../model/Project.ts';
import { CUT_INSET_MM, tilesOf } from '../plan/planTiles.ts';
import type { Cmyk } from '../model/Colour.ts';
import type { TextStyle } from '../model/Layout.ts';
import { fitText } from './fitText.ts';
import { measureText } from './measureText.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import { instructionsFor, instructionsSource } from './tileInstructions.ts';
import { mmToPt } from './units.ts';

const heading: TextStyle = { font: 'bold', sizePt: 18, leading: 1.2 };
const body: TextStyle = { font: 'regular', sizePt: 11, leading: 1.35 };
const MIN_SIZE_PT = 8;

export interface OverviewPoster {
  id: string;
  title: { value: string; source?: SourceRef };
  widthMm: number;
  heightMm: number;
}

/**
 * The first page of a tiles file: how to put the poster together, and the poster in miniature with the
 * tiles drawn over it and named, so every page can be found its place. Words that do not fit in the top
 * third of the page, even at 8 pt, are an error at the words' source (the poster title or the registry's
 * `words: tiles:`), never left out.
 */
export function layoutTileOverview(plan: TilePlan, poster: OverviewPoster, fonts: FontSet, lang: string, colours: { text: Cmyk; line: Cmyk }, paperName: string): { overview: TileOverview; diagnostics: Diagnostic[] } {
  const words = instructionsFor(lang);
  // the same orientation as the tiles, so the file has one page size
  const W = mmToPt(plan.landscape ? plan.paper.heightMm : plan.paper.widthMm);
  const H = mmToPt(plan.landscape ? plan.paper.widthMm : plan.paper.heightMm);
  const m = mmToPt(Math.max(plan.paper.marginMm, 12));
  const text = fitText({
    blocks: [
      { text: applyTypography(`${words.heading}: ${poster.title.value}`, lang), field: 'heading', source: poster.title.source, style: heading, sizePt: heading.sizePt, breaking: 'title' },
      { text: words.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'), field: 'steps', source: instructionsSource(lang, ['tiles', 'steps']), style: body, sizePt: body.sizePt },
    ],
    fonts, lang, x: m, top: m, widthPt: W - 2 * m, heightPt: H / 3, gapPt: 8, minSizePt: MIN_SIZE_PT, colour: colours.text,
  });
  const diagnostics: Diagnostic[] = [];
  if (!text.ok) {
    diagnostics.push(error(text.source, `the tiles overview of poster '${poster.id}' (language ${lang}, ${paperName.toUpperCase()} paper), ${text.field}: does not fit, even at ${Math.round(text.sizePt * 10) / 10} pt: ${text.reason}`,
      text.field === 'heading' ? 'shorten the poster title' : `shorten the steps (words: tiles: steps: in the language's registry file)`));
  }
  const items: FrameItem[] = text.ok ? [...text.items] : [];
  const top = m + (text.ok ? text.heightPt : 0) + mmToPt(10);
  const roomW = W - 2 * m;
  const roomH = H - m - top;
  const scale = Math.min(roomW / mmToPt(poster.widthMm), roomH / mmToPt(poster.heightMm));
  const x0 = (W - mmToPt(poster.widthMm) * scale) / 2;
  const y0 = top;
  items.push({ kind: 'rect', x: x0, y: y0, w: mmToPt(poster.widthMm) * scale, h: mmToPt(poster.heightMm) * scale, stroke: colours.line, lineWidthPt: 0.5 });
  const labelSize = 14;
  const tiles = tilesOf(plan);
  for (const tile of tiles) {
    // the part each tile adds once the strips are cut off and covered
    const x = x0 + mmToPt(Math.max(0, tile.x + (tile.col > 0 ? CUT_INSET_MM : 0))) * scale;
    const y = y0 + mmToPt(Math.max(0, tile.y + (tile.row > 0 ? CUT_INSET_MM : 0))) * scale;
    // the next tile covers this one's strip: what shows ends at the next one's cut line
    const next = tiles.find((t) => t.row === tile.row && t.col === tile.col + 1);
    const below = tiles.find((t) => t.col === tile.col && t.row === tile.row + 1);
    const nextX = next ? next.x + CUT_INSET_MM : tile.x + tile.w;
    const nextY = below ? below.y + CUT_INSET_MM : tile.y + tile.h;
    const right = x0 + mmToPt(Math.min(poster.widthMm, nextX)) * scale;
    const bottom = y0 + mmToPt(Math.min(poster.heightMm, nextY)) * scale;
    items.push({ kind: 'rect', x, y, w: right - x, h: bottom - y, stroke: colours.line, lineWidthPt: 0.75 });
    const name = String(tile.index);
    const w = measureText(fonts.bold.font, name, labelSize);
    items.push({ kind: 'rect', x: (x + right) / 2 - w / 2 - 4, y: (y + bottom) / 2 - labelSize * 0.85, w: w + 8, h: labelSize * 1.2, fill: [0, 0, 0, 0] });
    items.push({ kind: 'text', x: (x + right) / 2 - w / 2, y: (y + bottom) / 2, text: name, font: 'bold', sizePt: labelSize, widthPt: w, colour: colours.text });
  }
  return { overview: { frame: { widthPt: W, heightPt: H, bleedPt: 0, side: 'front', items }, mini: { x: x0, y: y0, scale } }, diagnostics };
}
