import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { LaidOutPoster } from '../layout/layoutProject.ts';
import { ptToMm } from '../layout/units.ts';
import type { PlannedFile } from '../model/PrintPlan.ts';
import { documentInfo } from './documentInfo.ts';
import type { PlanContext } from './planContext.ts';
import { planTilesFile } from './planTilesFile.ts';

/** Papers a poster is split over for office printing. */
const TILE_PAPERS = ['a4', 'a3'];
/** The crop marks of an A3 poster on an office printer's A3 paper. */
const OFFICE_MARKS = { widthPt: 0.25, lengthMm: 5 };

/**
 * A poster's files: the print file at the chosen size, the poster in tiles on every office paper smaller
 * than it, and an A3 poster on one sheet of an office printer's A3 paper.
 */
export function planPosterFiles(laid: LaidOutPoster, context: PlanContext): { files: PlannedFile[]; diagnostics: Diagnostic[] } {
  const { poster, frame } = laid;
  const size = context.posterSize;
  const about = { title: poster.title.value, lang: poster.lang, editionName: laid.editionName, attribution: laid.attribution, size };
  const name = `${poster.lang}/poster-${poster.id}.${size}`;
  const common = { deck: poster.layout.deck, lang: poster.lang, poster: frame };
  const widthMm = frame.widthPt * (25.4 / 72);
  const heightMm = frame.heightPt * (25.4 / 72);
  const files: PlannedFile[] = [{ ...common, imposition: 'poster', kind: 'poster', path: `${name}.pdf`, document: documentInfo('poster', about, context, true) }];
  const diagnostics: Diagnostic[] = [];
  for (const tilePaper of TILE_PAPERS) {
    const paper = context.papers[tilePaper];
    // tiles only on paper smaller than the poster: an A3 poster goes on A3 paper whole (below)
    if (!paper || paper.widthMm * paper.heightMm >= widthMm * heightMm * 0.99) continue;
    const tiles = planTilesFile(laid, { id: tilePaper, paper }, { widthMm, heightMm }, context);
    diagnostics.push(...tiles.diagnostics);
    files.push({ ...common, ...tiles.plan, imposition: 'tiles', kind: 'tiles', path: `${name}-tiles-${tilePaper}.pdf`, document: documentInfo('tiles', { ...about, paper: tilePaper }, context) });
  }
  // an A3 poster on an office A3 printer: the poster as large as fits inside its margins, with crop marks
  const office = context.papers.a3;
  if (size === 'a3' && office) {
    // the marks start the poster's bleed (from its frame) away from the trim
    const marks = { colour: context.colours.registration, widthPt: OFFICE_MARKS.widthPt, offsetMm: Math.round(ptToMm(frame.bleedPt) * 1000) / 1000, lengthMm: OFFICE_MARKS.lengthMm };
    files.push({ ...common, imposition: 'office-poster', kind: 'sheets', path: `${name}-office-a3.pdf`, document: documentInfo('sheets', { ...about, paper: 'a3' }, context), paper: office, marks });
  }
  return { files, diagnostics };
}
