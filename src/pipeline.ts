/**
 * The map of kaartwerk: the stages in order. Only `load` and `output` touch the disk; only `render`
 * imports pdfkit; everything between is a pure function from one typed value to the next.
 *
 *   load → validate → resolve → layout → impose → render → output
 */
import path from 'node:path';
import { hasErrors, usageError, type Diagnostic } from './diagnostics/Diagnostic.ts';
import { imposeCardsFile } from './impose/imposeCardsFile.ts';
import { imposeSheets } from './impose/imposeSheets.ts';
import { planSheetGrid } from './impose/planSheetGrid.ts';
import { layoutDeck, type LaidOutDeck } from './layout/layoutDeck.ts';
import { loadProject } from './load/loadProject.ts';
import type { FitInfo } from './model/Frame.ts';
import type { Manifest, OutputFile } from './model/Output.ts';
import type { BuildOptions, Project } from './model/Project.ts';
import { formatFitReport } from './output/formatFitReport.ts';
import { writeOutputs } from './output/writeOutputs.ts';
import { renderPdf } from './render/renderPdf.ts';
import { resolveDeck } from './resolve/resolveDeck.ts';
import { validateProject } from './validate/validateProject.ts';

export interface FitReportRow extends FitInfo {
  deck: string;
  lang: string;
  card: string;
}

export interface PipelineResult {
  diagnostics: Diagnostic[];
  /** Files produced (in memory); written only by `build` and only when there is no error. */
  files: OutputFile[];
  fitReport: FitReportRow[];
  editionId?: string;
  outDir?: string;
  manifest?: Manifest;
}

/** `check`: everything up to layout, so that every error (overflow included) is found; nothing is written. */
export function checkProject(options: BuildOptions): PipelineResult & { project?: Project; laid: LaidOutDeck[] } {
  const loaded = loadProject(options.root, options.editionFile);
  const validated = validateProject(loaded.raw, options);
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  const project = validated.project;
  const laid: LaidOutDeck[] = [];
  const fitReport: FitReportRow[] = [];
  if (!project || hasErrors(diagnostics)) return { diagnostics, files: [], fitReport, laid };
  for (const deck of project.decks) {
    for (const lang of project.languages) {
      const resolved = resolveDeck(project, deck, lang, options.format);
      diagnostics.push(...resolved.diagnostics);
      if (!resolved.deck) continue;
      const result = layoutDeck(resolved.deck, project.fonts);
      diagnostics.push(...result.diagnostics);
      if (!result.laid) continue;
      laid.push(result.laid);
      for (const frame of result.laid.fronts) {
        if (frame.fit && frame.cardId) fitReport.push({ deck: deck.id, lang, card: frame.cardId, ...frame.fit });
      }
    }
  }
  const outDir = path.resolve(options.root, options.outDir ?? 'output');
  return { diagnostics, files: [], fitReport, laid, project, editionId: project.edition.id, outDir };
}

/** `build`: check, then impose, render and write every file; a build with errors writes nothing. */
export async function buildProject(options: BuildOptions): Promise<PipelineResult> {
  const checked = checkProject(options);
  const { diagnostics, project } = checked;
  // --strict: a warning (a missing translation, say) stops the build like an error
  const blocked = hasErrors(diagnostics) || (options.strict && diagnostics.length > 0);
  if (!project || blocked) return { ...checked, files: [] };
  const paper = project.papers.value.papers[options.paper];
  if (!paper) return { ...checked, diagnostics: [...diagnostics, usageError(`unknown paper '${options.paper}'`)] };
  const theme = project.theme.value;

  const files: OutputFile[] = [];
  for (const { deck, fronts, back } of checked.laid) {
    const cardsPages = imposeCardsFile(fronts, back);
    const grid = planSheetGrid(deck.format.widthMm, deck.format.heightMm, paper, theme.print.bleedMm);
    if (!grid) {
      diagnostics.push(usageError(`a ${deck.format.id} card does not fit on ${options.paper} paper`, 'choose a larger --paper'));
      continue;
    }
    const sheetPages = imposeSheets(fronts, back, {
      paper,
      grid,
      backOffsetMm: options.backOffsetMm,
      markColour: theme.colours.registration,
      markWidthPt: 0.25,
    });
    const title = `${deck.title} (${deck.lang})`;
    files.push({
      path: `${deck.lang}/${deck.id}.cards.pdf`, kind: 'cards', deck: deck.id, lang: deck.lang, pages: cardsPages.length,
      bytes: await renderPdf({ title, lang: deck.lang, pages: cardsPages }, project.fonts),
    });
    files.push({
      path: `${deck.lang}/${deck.id}.sheets-${options.paper}.pdf`, kind: 'sheets', deck: deck.id, lang: deck.lang, pages: sheetPages.length,
      bytes: await renderPdf({ title, lang: deck.lang, pages: sheetPages }, project.fonts),
    });
  }
  if (hasErrors(diagnostics)) return { ...checked, diagnostics, files: [] };
  const outDir = checked.outDir ?? path.resolve(options.root, 'output');
  const editionDir = path.join(outDir, project.edition.id);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
  const manifest = writeOutputs(editionDir, project.edition.id, files, warnings, {
    'fit-report.txt': formatFitReport(project.edition.id, checked.fitReport),
  });
  return { ...checked, diagnostics, files, manifest };
}
