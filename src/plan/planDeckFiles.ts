import { usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { LaidOutDeck } from '../layout/layoutDeck.ts';
import { cachedLayoutSheetNote } from '../cache/cachedPlanLayout.ts';
import { ptToMm } from '../layout/units.ts';
import type { Paper, PlannedFile } from '../model/PrintPlan.ts';
import { documentInfo } from './documentInfo.ts';
import type { PlanContext } from './planContext.ts';
import { planSheetGrid } from './planSheetGrid.ts';

/** The crop marks of the office sheets: hairlines, in registration colour. */
const SHEET_MARK_WIDTH_PT = 0.25;

/** A deck's two files: the print-shop file (a face per page) and the office sheets on the chosen paper. */
export function planDeckFiles(laid: LaidOutDeck, paper: Paper, context: PlanContext): { files: PlannedFile[]; diagnostics: Diagnostic[] } {
  const { deck, fronts, back } = laid;
  // the bleed the cards were laid out with (their frames), so sheet and card can never disagree
  const bleedMm = Math.round(ptToMm(back.bleedPt) * 1000) / 1000;
  const grid = planSheetGrid(deck.format.widthMm, deck.format.heightMm, paper, bleedMm);
  if (!grid) return { files: [], diagnostics: [usageError(`a ${deck.format.id} card does not fit on ${context.paperId} paper`, 'choose a larger --paper')] };
  const { note, diagnostics } = cachedLayoutSheetNote(deck.lang, context.fonts, context.colours.text, grid.cols.cardMm - 2, grid.cols.count);
  const about = { title: deck.title, lang: deck.lang, editionName: deck.editionName, attribution: deck.attribution, paper: context.paperId };
  const common = { deck: deck.id, lang: deck.lang, fronts, back };
  const files: PlannedFile[] = [
    { ...common, imposition: 'cards', kind: 'cards', path: `${deck.lang}/${deck.id}.cards.pdf`, document: documentInfo('cards', about, context, true) },
    { ...common, imposition: 'sheets', kind: 'sheets', path: `${deck.lang}/${deck.id}.sheets-${context.paperId}.pdf`, document: documentInfo('sheets', about, context),
      paper, grid, backOffsetMm: context.backOffsetMm, marks: { colour: context.colours.registration, widthPt: SHEET_MARK_WIDTH_PT }, note },
  ];
  return { files, diagnostics };
}
