import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics/formatDiagnostic.ts';
import type { FitReportRow } from '../layout/layoutProject.ts';
import type { Manifest, ManifestEntry, OutputFile } from '../model/Output.ts';
import type { BuildOptions } from '../model/Project.ts';
import { formatFitReport } from './formatFitReport.ts';
import { writeOutputs } from './writeOutputs.ts';

export interface BuildToWrite {
  editionId: string;
  editionDir: string;
  /** The files rendered this time (the unchanged ones stay on disk as they are). */
  files: OutputFile[];
  /** Every file this build makes, rendered or kept. */
  produced: readonly string[];
  diagnostics: readonly Diagnostic[];
  fitReport: readonly FitReportRow[];
}

/**
 * `write`: the rendered files, the fit report and the manifest with the build's warnings (sorted as they
 * are printed, with their place relative to the project); files of an earlier build that this build, for
 * the languages and decks it was asked for, no longer makes are removed.
 */
export function writeBuild(build: BuildToWrite, options: Pick<BuildOptions, 'root' | 'langs' | 'only' | 'flushToDisk'>): { manifest: Manifest; removed: string[] } {
  const warnings = warningsOf(build.diagnostics, options.root);
  const removed: string[] = [];
  const selected = (entry: ManifestEntry) => {
    const poster = /(?:^|\/)poster-(.+?)\.a\d/.exec(entry.path)?.[1];
    const id = entry.kind === 'poster' || entry.kind === 'tiles' ? `poster-${poster}` : entry.deck;
    return (!options.langs || entry.languages.some((l) => options.langs!.includes(l))) && (!options.only || options.only.includes(id));
  };
  const manifest = writeOutputs(build.editionDir, build.editionId, build.files, warnings, reportsOf(build),
    { produced: new Set(build.produced), selected, removed }, { durable: options.flushToDisk !== false });
  return { manifest, removed };
}

/**
 * The fit report and the manifest's warnings of a whole check, the files left as they are: what `watch`
 * writes a moment after a save it rebuilt narrowed (the saved deck and language), whose build wrote its
 * own rows and warnings alone.
 */
export function writeReports(build: Omit<BuildToWrite, 'files' | 'produced'>, root: string): Manifest {
  return writeOutputs(build.editionDir, build.editionId, [], warningsOf(build.diagnostics, root), reportsOf(build), undefined, { durable: false });
}

/** The warnings as printed, sorted, with their place relative to the project. */
const warningsOf = (diagnostics: readonly Diagnostic[], root: string) =>
  sortDiagnostics(diagnostics.filter((d) => d.severity === 'warning')).map((d) => formatDiagnostic(d, root));

const reportsOf = (build: Pick<BuildToWrite, 'editionId' | 'fitReport'>) => ({ 'fit-report.txt': formatFitReport(build.editionId, build.fitReport) });
