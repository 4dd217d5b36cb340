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
import type { LaidOutDeck } from './layout/layoutDeck.ts';
import { diskCacheFor, type DiskCache } from './cache/diskCache.ts';
import { withStoredConversions } from './cache/storedMeasures.ts';
import { layoutProject, type FitReportRow, type LaidOutPoster } from './layout/layoutProject.ts';
import { loadProject } from './load/loadProject.ts';
import type { InputSet } from './input/InputSet.ts';
import { outputSettings } from './input/outputSettings.ts';
import type { Manifest, OutputFile } from './model/Output.ts';
import type { PrintPlan } from './model/PrintPlan.ts';
import { hashFiles } from './output/hashFiles.ts';
import { unchangedOutputs } from './output/writeOutputs.ts';
import { writeBuild } from './output/writeBuild.ts';
import { planOutputs } from './plan/planOutputs.ts';
import { prestartRenderPool, type RenderPool } from './render/renderPool.ts';
import type { BuildOptions, Project } from './model/Project.ts';
import { resolveProject } from './resolve/resolveProject.ts';
import type { PrintedString } from './translate/collectStrings.ts';
import { validateProject } from './validate/validateProject.ts';

export type { FitReportRow, LaidOutPoster } from './layout/layoutProject.ts';
export type { ImposedFile } from './impose/imposePlan.ts';
export { POSTER_SIZES, type PosterSize } from './layout/layoutProject.ts';

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
  /** Everything the check read (files with content hashes, folder listings, settings). */
  inputs?: InputSet;
  /** Every string that reaches paper, per language but Dutch, with its state: what the translation check judged, for the status table. */
  translations?: Map<string, PrintedString[]>;
}

/** `check`: everything up to the plan, so that every error (overflow included) is found; nothing is written. */
export function checkProject(options: BuildOptions): CheckResult {
  const checked = checkStages(options);
  // --strict is decided here, once, over the diagnostics of every stage: a warning becomes an error
  return { ...checked, diagnostics: applyStrict(checked.diagnostics, options.strict) };
}

/** The stages of `check`, each reporting its problems with their own severity: load, validate, resolve, layout, plan. */
function checkStages(options: BuildOptions): CheckResult {
  // parsed YAML files, laid-out decks and posters are kept between runs, keyed by the content of
  // everything they depend on (the project's cache is chosen before anything is read); so are the colours
  // converted through the press profile, which validate, resolve and layout judge
  const cache = diskCacheFor(options.root);
  return withStoredConversions(cache, () => stagesOfCheck(options, cache));
}

function stagesOfCheck(options: BuildOptions, cache: DiskCache): CheckResult {
  const loaded = loadProject(options.root, options.editionFile, outputSettings(options));
  const sourceOf = (file: string) => loaded.raw.yaml.get(file);
  const validated = validateProject(loaded.raw, options);
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  const project = validated.project;
  const { inputs } = loaded.raw;
  if (!project || hasErrors(diagnostics)) return { diagnostics, files: [], fitReport: [], laid: [], posters: [], inputs };
  const resolved = resolveProject(project, options);
  const laidOut = layoutProject(resolved.decks, project.fonts, { cache, sourceOf, posterSize: options.posterSize });
  const planned = planOutputs(project, laidOut.laid, laidOut.posters, options);
  diagnostics.push(...resolved.diagnostics, ...laidOut.diagnostics, ...planned.diagnostics);
  const outDir = path.resolve(options.root, options.outDir ?? 'output');
  const { laid, posters, fitReport } = laidOut;
  return { diagnostics, files: [], fitReport, laid, posters, project, plan: planned.plan, editionId: project.edition.id, outDir, inputs, translations: resolved.translations };
}

/** `impose`: every planned file of a checked project as pages. */
export function imposeProject(checked: Pick<CheckResult, 'plan'>): ImposedFile[] {
  return checked.plan ? imposePlan(checked.plan) : [];
}

/** `build`: check, impose, hash, render and write every file; a build with errors writes nothing. */
export async function buildProject(options: BuildOptions): Promise<CheckResult> {
  // a render worker loads pdfkit and the fonts on a second core while the check runs
  const pool = prestartRenderPool(options);
  try {
    return await buildStages(options, pool);
  } finally {
    pool?.close();
  }
}

async function buildStages(options: BuildOptions, pool: RenderPool | undefined): Promise<CheckResult> {
  const checked = checkProject(options);
  // a command-line build writes what the check added to the cache before it renders, while no PDF is in
  // memory (its peak was ~5 MB lower); watch writes after the rebuild, which a save waits for
  if (options.flushToDisk !== false) diskCacheFor(options.root).flush();
  const { project, diagnostics } = checked;
  // a warning stops the build only as an error, which --strict made it in checkProject
  if (!project || hasErrors(diagnostics)) return { ...checked, files: [] };
  const editionDir = path.join(checked.outDir ?? path.resolve(options.root, 'output'), project.edition.id);
  const hashed = hashFiles(imposeProject(checked), project.fonts);
  // incremental: a file whose content hash matches the last build's, and is still on disk, is kept
  const unchanged = options.force ? new Set<string>() : unchangedOutputs(editionDir, hashed);
  // the renderer (pdfkit) is loaded by build alone: check starts without it
  const { renderFiles } = await import('./render/renderFiles.ts');
  const files = await renderFiles(hashed, project.fonts, unchanged, options.onRendered, pool);
  const { manifest, removed } = writeBuild({
    editionId: project.edition.id, editionDir, files, produced: hashed.map((f) => f.path), diagnostics, fitReport: checked.fitReport,
  }, options);
  return { ...checked, files, manifest, unchanged: [...unchanged], removed };
}
