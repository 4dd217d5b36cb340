import { usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { LaidOutDeck } from '../layout/layoutDeck.ts';
import type { LaidOutPoster } from '../layout/layoutProject.ts';
import type { PrintPlan } from '../model/PrintPlan.ts';
import type { BuildOptions, Project } from '../model/Project.ts';
import { planContext } from './planContext.ts';
import { planDeckFiles } from './planDeckFiles.ts';
import { planPosterFiles } from './planPosterFiles.ts';

/**
 * `plan`: every output file of the laid-out decks and posters, decided once — path, paper, grid, bleed,
 * marks, tiles and their overview pages, metadata. What does not fit (a card on the paper, the words of
 * a sheet or an overview page) is a diagnostic here, so `check` finds it; impose only places frames.
 */
export function planOutputs(project: Project, decks: readonly LaidOutDeck[], posters: readonly LaidOutPoster[], options: BuildOptions): { plan: PrintPlan; diagnostics: Diagnostic[] } {
  const context = planContext(project, options);
  const paper = context.papers[context.paperId];
  if (!paper) return { plan: { files: [] }, diagnostics: [usageError(`unknown paper '${context.paperId}'`, `papers.yaml has ${Object.keys(context.papers).join(', ')}`)] };
  const plan: PrintPlan = { files: [] };
  const diagnostics: Diagnostic[] = [];
  for (const deck of decks) {
    const planned = planDeckFiles(deck, paper, context);
    plan.files.push(...planned.files);
    diagnostics.push(...planned.diagnostics);
  }
  for (const poster of posters) {
    const planned = planPosterFiles(poster, context);
    plan.files.push(...planned.files);
    diagnostics.push(...planned.diagnostics);
  }
  return { plan, diagnostics };
}
