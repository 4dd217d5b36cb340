/**
 * The map of kaartwerk: the stages in order. Only `load` and `output` touch the disk; only `render`
 * imports pdfkit; everything between is a pure function from one typed value to the next.
 *
 *   check: load → validate → resolve → layout → plan
 *   build: check → impose → hash → render → write
 *
 * The plan decides every output file (path, paper, grid, bleed, marks, tiles, metadata) from the laid-out
 * frames and the options; impose and render see only frames and the plan, never the project or options.
 */
import path from 'node:path';
import { hasErrors, type Diagnostic } from './diagnostics/Diagnostic.ts';
import { applyStrict } from './diagnostics/applyStrict.ts';
import { imposePlan, type ImposedFile } from './impose/imposePlan.ts';
import { attributionText, checkPosterGlyphs } from './layout/checkGlyphs.ts';
import type { LaidOutDeck } from './layout/layoutDeck.ts';
import { cachedLayoutDeck, cachedLayoutPoster } from './cache/cachedLayout.ts';
import { diskCacheFor } from './cache/diskCache.ts';
import { loadProject } from './load/loadProject.ts';
import { outputSettings } from './input/outputSettings.ts';
import type { Manifest, OutputFile } from './model/Output.ts';
import type { PrintPlan } from './model/PrintPlan.ts';
import { hashFiles } from './output/hashFiles.ts';
import { unchangedOutputs } from './output/writeOutputs.ts';
import { writeBuild } from './output/writeBuild.ts';
import { planOutputs } from './plan/planOutputs.ts';
import { POSTER_SIZES } from './plan/planContext.ts';
import { renderFiles } from './render/renderFiles.ts';
import type { FitReportRow, LaidOutPoster } from './layout/layoutProject.ts';
import type { BuildOptions, Project } from './model/Project.ts';
import type { ResolvedText } from './model/Resolved.ts';
import { resolveDeck } from './resolve/resolveDeck.ts';
import { resolvePoster } from './resolve/resolvePoster.ts';
import { validateProject } from './validate/validateProject.ts';
import { checkTranslations } from './translate/checkTranslations.ts';

export type { FitReportRow, LaidOutPoster } from './layout/layoutProject.ts';
export type { ImposedFile } from './impose/imposePlan.ts';
export { POSTER_SIZES, type PosterSize } from './plan/planContext.ts';

export interface PipelineResult {
  diagnostics: Diagnostic[];
  /** Files produced (in memory); written only by `build` and only when there is no error. */
  files: OutputFile[];
  fitReport: FitReportRow[];
  editionId?: string;
  outDir?: string;
  manifest?: Manifest;
  /** Outputs whose inputs had not changed since the last build: kept as they were. */
  unchanged?: string[];
  /** Files of an earlier build of the edition that this build no longer makes: removed. */
  removed?: string[];
}

export interface CheckResult extends PipelineResult {
  project?: Project;
  laid: LaidOutDeck[];
  posters: LaidOutPoster[];
  /** Every output file, decided: what `build` imposes and renders. */
  plan?: PrintPlan;
}

/** `check`: everything up to the plan, so that every error (overflow included) is found; nothing is written. */
export function checkProject(options: BuildOptions): CheckResult {
  const checked = checkStages(options);
  // --strict is decided here, once, over the diagnostics of every stage: a warning becomes an error
  return { ...checked, diagnostics: applyStrict(checked.diagnostics, options.strict) };
}

/** The stages of `check`, each reporting its problems with their own severity. */
function checkStages(options: BuildOptions): CheckResult {
  const loaded = loadProject(options.root, options.editionFile, outputSettings(options));
  // laid-out decks and posters are kept between runs, keyed by the content of everything they depend on
  const cache = diskCacheFor(options.root);
  const sourceText = (file: string) => loaded.raw.yaml.get(file)?.text;
  const validated = validateProject(loaded.raw, options);
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  const project = validated.project;
  const laid: LaidOutDeck[] = [];
  const posters: LaidOutPoster[] = [];
  const fitReport: FitReportRow[] = [];
  if (!project || hasErrors(diagnostics)) return { diagnostics, files: [], fitReport, laid, posters };
  // every string that reaches paper, in every language: missing, stale or the Dutch word for word
  diagnostics.push(...checkTranslations(project));
  for (const deck of project.decks) {
    for (const lang of project.languages) {
      const resolved = resolveDeck(project, deck, lang, options.format);
      diagnostics.push(...resolved.diagnostics);
      if (!resolved.deck) continue;
      if (deck.build) {
        const result = cachedLayoutDeck(cache, resolved.deck, project.fonts, sourceText);
        diagnostics.push(...result.diagnostics);
        if (result.laid) {
          laid.push(result.laid);
          for (const frame of result.laid.fronts) {
            if (frame.fit && frame.cardId) fitReport.push({ deck: deck.id, lang, card: frame.cardId, ...frame.fit });
          }
        }
      }
      for (const poster of project.posters.filter((p) => p.layout.value.deck === deck.id)) {
        const resolvedPoster = resolvePoster(project, poster.id, poster.layout, deck, resolved.deck);
        diagnostics.push(...resolvedPoster.diagnostics);
        if (!resolvedPoster.poster) continue;
        // every string that reaches the poster (and its tiles) must be in its fonts
        const back: { edition?: ResolvedText } = resolved.deck.back;
        const glyphs = checkPosterGlyphs(resolvedPoster.poster, project.fonts, [attributionText(deck, lang), back.edition]);
        diagnostics.push(...glyphs);
        if (glyphs.length) continue;
        const result = cachedLayoutPoster(cache, resolvedPoster.poster, project.fonts, sourceText, options.posterSize && options.posterSize !== 'a2' ? POSTER_SIZES[options.posterSize] : undefined);
        diagnostics.push(...result.diagnostics);
        if (!result.frame) continue;
        posters.push({ poster: resolvedPoster.poster, frame: result.frame, editionName: resolved.deck.editionName, attribution: resolved.deck.attribution });
        if (result.frame.fit) fitReport.push({ deck: deck.id, lang, card: `poster-${poster.id}`, ...result.frame.fit });
      }
    }
  }
  const planned = planOutputs(project, laid, posters, options);
  diagnostics.push(...planned.diagnostics);
  const outDir = path.resolve(options.root, options.outDir ?? 'output');
  return { diagnostics, files: [], fitReport, laid, posters, project, plan: planned.plan, editionId: project.edition.id, outDir };
}

/** `impose`: every planned file of a checked project as pages. */
export function imposeProject(checked: Pick<CheckResult, 'plan'>): ImposedFile[] {
  return checked.plan ? imposePlan(checked.plan) : [];
}

/** `build`: check, impose, hash, render and write every file; a build with errors writes nothing. */
export async function buildProject(options: BuildOptions): Promise<CheckResult> {
  const checked = checkProject(options);
  const { project, diagnostics } = checked;
  // a warning stops the build only as an error, which --strict made it in checkProject
  if (!project || hasErrors(diagnostics)) return { ...checked, files: [] };
  const editionDir = path.join(checked.outDir ?? path.resolve(options.root, 'output'), project.edition.id);
  const hashed = hashFiles(imposeProject(checked), project.fonts);
  // incremental: a file whose content hash matches the last build's, and is still on disk, is kept
  const unchanged = options.force ? new Set<string>() : unchangedOutputs(editionDir, hashed);
  const files = await renderFiles(hashed, project.fonts, unchanged, options.onRendered);
  const { manifest, removed } = writeBuild({
    editionId: project.edition.id, editionDir, files, produced: hashed.map((f) => f.path), diagnostics, fitReport: checked.fitReport,
  }, options);
  return { ...checked, files, manifest, unchanged: [...unchanged], removed };
}
