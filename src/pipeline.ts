/**
 * The map of kaartwerk: the stages in order. Only `load` and `output` touch the disk; only `render`
 * imports pdfkit; everything between is a pure function from one typed value to the next.
 *
 *   load → validate → resolve → layout → impose → render → output
 */
import path from 'node:path';
import { hasErrors, usageError, type Diagnostic } from './diagnostics/Diagnostic.ts';
import { applyStrict } from './diagnostics/applyStrict.ts';
import { formatDiagnostic } from './diagnostics/formatDiagnostic.ts';
import { imposeCardsFile } from './impose/imposeCardsFile.ts';
import { imposePrintPage } from './impose/imposePrintPage.ts';
import { imposeSheets } from './impose/imposeSheets.ts';
import { imposeOfficePoster } from './impose/imposeOfficePoster.ts';
import { imposeTiles } from './impose/imposeTiles.ts';
import { planSheetGrid } from './impose/planSheetGrid.ts';
import { headingBands, planTiles } from './impose/planTiles.ts';
import { attributionText, checkPosterGlyphs } from './layout/checkGlyphs.ts';
import type { LaidOutDeck } from './layout/layoutDeck.ts';
import { cachedLayoutDeck, cachedLayoutPoster } from './cache/cachedLayout.ts';
import { diskCacheFor } from './cache/diskCache.ts';
import { layoutSheetNote } from './layout/layoutSheetNote.ts';
import { layoutTileOverview } from './layout/layoutTileOverview.ts';
import { loadProject } from './load/loadProject.ts';
import { outputSettings } from './input/outputSettings.ts';
import type { FitInfo, Frame } from './model/Frame.ts';
import type { PageDocument } from './model/Page.ts';
import type { Manifest, OutputFile } from './model/Output.ts';
import type { BuildOptions, Project } from './model/Project.ts';
import type { ResolvedText } from './model/Resolved.ts';
import type { ResolvedPoster } from './model/ResolvedPoster.ts';
import { formatFitReport } from './output/formatFitReport.ts';
import { contentHash, pageHashes } from './output/contentHash.ts';
import { unchangedOutputs, writeOutputs } from './output/writeOutputs.ts';
import { VERSION } from './version.ts';
import { describeFile } from './render/describeFile.ts';
import { renderPdf } from './render/renderPdf.ts';
import { resolveDeck } from './resolve/resolveDeck.ts';
import { resolvePoster } from './resolve/resolvePoster.ts';
import { validateProject } from './validate/validateProject.ts';
import { checkTranslations } from './translate/checkTranslations.ts';
import { DEFAULT_DOCUMENT_DATE } from './model/documentDate.ts';
import { ptToMm } from './layout/units.ts';

/** Papers a poster is split over for office printing, and the overlap of the tiles. */
const TILE_PAPERS = ['a4', 'a3'];
const TILE_OVERLAP_MM = 10;
/** The poster sheets (ISO 216, mm): a layout is made for A2 and scaled with the sheet, each size about √2 from the next. */
export const POSTER_SIZES = { a1: { widthMm: 594, heightMm: 841 }, a2: { widthMm: 420, heightMm: 594 }, a3: { widthMm: 297, heightMm: 420 } } as const;
export type PosterSize = keyof typeof POSTER_SIZES;

export interface FitReportRow extends FitInfo {
  deck: string;
  lang: string;
  card: string;
}

export interface LaidOutPoster {
  poster: ResolvedPoster;
  frame: Frame;
  /** From the poster's deck, for the file's metadata. */
  editionName: string;
  attribution?: string;
}

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
}

/** `check`: everything up to layout, so that every error (overflow included) is found; nothing is written. */
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
  const sourceOf = (file: string) => loaded.raw.yaml.get(file);
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
        const result = cachedLayoutDeck(cache, resolved.deck, project.fonts, sourceOf);
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
        const result = cachedLayoutPoster(cache, resolvedPoster.poster, project.fonts, sourceOf, options.posterSize && options.posterSize !== 'a2' ? POSTER_SIZES[options.posterSize] : undefined);
        diagnostics.push(...result.diagnostics);
        if (!result.frame) continue;
        posters.push({ poster: resolvedPoster.poster, frame: result.frame, editionName: resolved.deck.editionName, attribution: resolved.deck.attribution });
        if (result.frame.fit) fitReport.push({ deck: deck.id, lang, card: `poster-${poster.id}`, ...result.frame.fit });
      }
    }
  }
  const outDir = path.resolve(options.root, options.outDir ?? 'output');
  return { diagnostics, files: [], fitReport, laid, posters, project, editionId: project.edition.id, outDir };
}

/** A file to be, as pages: what impose produces and render draws. */
export interface ImposedFile extends Omit<OutputFile, 'bytes' | 'pages' | 'contentHash'> {
  document: PageDocument;
}

/** `impose`: every output file of a checked project as pages — print files, sheets, posters, tiles. */
export function imposeProject(checked: CheckResult, options: BuildOptions): { files: ImposedFile[]; diagnostics: Diagnostic[] } {
  const project = checked.project;
  const diagnostics: Diagnostic[] = [];
  const files: ImposedFile[] = [];
  if (!project) return { files, diagnostics };
  const paper = project.papers.value.papers[options.paper];
  if (!paper) return { files, diagnostics: [usageError(`unknown paper '${options.paper}'`)] };
  const theme = project.theme.value;
  const date = options.documentDate ?? DEFAULT_DOCUMENT_DATE;
  // the author of the files: the organisation of an own edition, or the source of the standard one
  const author = (editionName: string, attribution?: string) => (project.edition.id === 'default' ? attribution || undefined : editionName);
  for (const { deck, fronts, back } of checked.laid) {
    // the bleed the cards were laid out with (their frames), so sheet and card can never disagree
    const grid = planSheetGrid(deck.format.widthMm, deck.format.heightMm, paper, Math.round(ptToMm(back.bleedPt) * 1000) / 1000);
    if (!grid) {
      diagnostics.push(usageError(`a ${deck.format.id} card does not fit on ${options.paper} paper`, 'choose a larger --paper'));
      continue;
    }
    const note = layoutSheetNote(deck.lang, project.fonts, theme.colours.text, grid.cols.cardMm - 2, grid.cols.count);
    const sheets = imposeSheets(fronts, back, { paper, grid, backOffsetMm: options.backOffsetMm, markColour: theme.colours.registration, markWidthPt: 0.25, note });
    const meta = { deck: deck.id, lang: deck.lang };
    const about = { title: deck.title, lang: deck.lang, editionName: deck.editionName, paper: options.paper };
    const by = author(deck.editionName, deck.attribution);
    files.push({ ...meta, path: `${deck.lang}/${deck.id}.cards.pdf`, kind: 'cards',
      document: { date, title: describeFile('cards', about), lang: deck.lang, author: by, printFile: true, pages: imposeCardsFile(fronts, back) } });
    files.push({ ...meta, path: `${deck.lang}/${deck.id}.sheets-${options.paper}.pdf`, kind: 'sheets',
      document: { date, title: describeFile('sheets', about), lang: deck.lang, author: by, pages: sheets } });
  }
  const size = options.posterSize ?? 'a2';
  for (const { poster, frame, editionName, attribution } of checked.posters) {
    const about = { title: poster.title.value, lang: poster.lang, editionName, size };
    const by = author(editionName, attribution);
    const name = `${poster.lang}/poster-${poster.id}.${size}`;
    const meta = { deck: poster.layout.deck, lang: poster.lang };
    const widthMm = frame.widthPt * (25.4 / 72);
    const heightMm = frame.heightPt * (25.4 / 72);
    files.push({ ...meta, path: `${name}.pdf`, kind: 'poster',
      document: { date, title: describeFile('poster', about), lang: poster.lang, author: by, printFile: true, pages: [imposePrintPage(frame)] } });
    for (const tilePaper of TILE_PAPERS) {
      const sheet = project.papers.value.papers[tilePaper];
      // tiles only on paper smaller than the poster: an A3 poster goes on A3 paper whole (below)
      if (!sheet || sheet.widthMm * sheet.heightMm >= widthMm * heightMm * 0.99) continue;
      const plan = planTiles(widthMm, heightMm, sheet, TILE_OVERLAP_MM, headingBands(frame));
      const overview = layoutTileOverview(plan, { title: poster.title.value, widthMm, heightMm },
        project.fonts, poster.lang, { text: theme.colours.text, line: theme.colours.text });
      const pages = imposeTiles(frame, plan, overview, { markColour: theme.colours.text, labelColour: theme.colours.text, labelFont: 'bold', labelSizePt: 7 });
      files.push({ ...meta, path: `${name}-tiles-${tilePaper}.pdf`, kind: 'tiles',
        document: { date, title: describeFile('tiles', { ...about, paper: tilePaper }), lang: poster.lang, author: by, pages } });
    }
    // an A3 poster on an office A3 printer: the poster as large as fits inside its margins, with crop marks
    const office = project.papers.value.papers.a3;
    if (size === 'a3' && office) {
      const { page } = imposeOfficePoster(frame, { paper: office, markColour: theme.colours.registration, markOffsetMm: Math.round(ptToMm(frame.bleedPt) * 1000) / 1000, markLengthMm: 5 });
      files.push({ ...meta, path: `${name}-office-a3.pdf`, kind: 'sheets',
        document: { date, title: describeFile('sheets', { ...about, paper: 'a3' }), lang: poster.lang, author: by, pages: [page] } });
    }
  }
  return { files, diagnostics };
}

/** `build`: check, impose, render and write every file; a build with errors writes nothing. */
export async function buildProject(options: BuildOptions): Promise<CheckResult> {
  const checked = checkProject(options);
  const { project } = checked;
  const diagnostics = [...checked.diagnostics];
  // a warning stops the build only as an error, which --strict made it in checkProject
  if (!project || hasErrors(diagnostics)) return { ...checked, files: [] };
  const imposed = imposeProject(checked, options);
  diagnostics.push(...imposed.diagnostics);
  if (hasErrors(diagnostics)) return { ...checked, diagnostics, files: [] };
  const outDir = checked.outDir ?? path.resolve(options.root, 'output');
  const editionDir = path.join(outDir, project.edition.id);
  // incremental: a file whose content hash matches the last build's, and is still on disk, is kept
  const hashed = imposed.files.map((file) => ({ ...file, contentHash: contentHash(file.document, project.fonts, VERSION) }));
  const unchanged = options.force ? new Set<string>() : unchangedOutputs(editionDir, hashed);
  const files: OutputFile[] = [];
  const timings: { path: string; ms: number; pages: number }[] = [];
  for (const file of hashed) {
    if (unchanged.has(file.path)) continue;
    const { document, ...meta } = file;
    const started = performance.now();
    const bytes = await renderPdf(document, project.fonts, { contentId: file.contentHash });
    timings.push({ path: file.path, ms: performance.now() - started, pages: document.pages.length });
    options.onRendered?.(file.path, performance.now() - started, document.pages.length);
    files.push({ ...meta, pages: document.pages.length, bytes, pageHashes: pageHashes(document, project.fonts, VERSION) });
  }
  // with their place, relative to the project, so the manifest tells where to look
  const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => formatDiagnostic(d, options.root));
  const removed: string[] = [];
  const selected = (entry: { path: string; deck: string; languages: string[]; kind: string }) => {
    const poster = /(?:^|\/)poster-(.+?)\.a\d/.exec(entry.path)?.[1];
    const id = entry.kind === 'poster' || entry.kind === 'tiles' ? `poster-${poster}` : entry.deck;
    return (!options.langs || entry.languages.some((l) => options.langs!.includes(l))) && (!options.only || options.only.includes(id));
  };
  const manifest = writeOutputs(editionDir, project.edition.id, files, warnings, {
    'fit-report.txt': formatFitReport(project.edition.id, checked.fitReport),
  }, { produced: new Set(hashed.map((f) => f.path)), selected, removed });
  return { ...checked, diagnostics, files, manifest, unchanged: [...unchanged], removed };
}
