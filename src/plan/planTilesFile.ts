import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { LaidOutPoster } from '../layout/layoutProject.ts';
import { cachedLayoutTileOverview } from '../cache/cachedPlanLayout.ts';
import type { Paper, TilesFilePlan } from '../model/PrintPlan.ts';
import type { PlanContext } from './planContext.ts';
import { headingBands, planTiles } from './planTiles.ts';

/** The overlap of neighbouring tiles: the glue strip and the cut. */
const TILE_OVERLAP_MM = 10;
/** The tiles' numbers: small, bold, in the text colour. */
const LABEL = { font: 'bold', sizePt: 7 } as const;
/** The cut and glue lines on the tiles. */
const TILE_LINE_WIDTH_PT = 0.5;

/**
 * A poster on one office paper: the tiles (seams moved off the headings), their overview page laid out
 * with the poster's title and the steps in its language, and the marks and numbers on every tile.
 */
export function planTilesFile(laid: LaidOutPoster, paper: { id: string; paper: Paper }, size: { widthMm: number; heightMm: number }, context: PlanContext):
  { plan: Pick<TilesFilePlan, 'tiles' | 'overview' | 'marks' | 'labels'>; diagnostics: Diagnostic[] } {
  const { poster, frame } = laid;
  const ink = context.colours.text;
  const tiles = planTiles(size.widthMm, size.heightMm, paper.paper, TILE_OVERLAP_MM, headingBands(frame));
  const { overview, diagnostics } = cachedLayoutTileOverview(tiles, { id: poster.id, title: poster.title, ...size }, context.fonts, poster.lang, { text: ink, line: ink }, paper.id);
  return { plan: { tiles, overview, marks: { colour: ink, widthPt: TILE_LINE_WIDTH_PT }, labels: { colour: ink, ...LABEL } }, diagnostics };
}
