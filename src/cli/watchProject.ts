import fs from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import type { BuildOptions } from '../model/Project.ts';
import { warmRasteriser } from '../output/rasterisePdf.ts';
import { galleryInfo, writePreviews } from '../output/writePreviews.ts';
import { buildProject, checkProject } from '../pipeline.ts';
import { hasErrors } from '../diagnostics/Diagnostic.ts';
import { writeReports } from '../output/writeBuild.ts';
import { flushDiskCaches } from '../cache/diskCache.ts';
import { hashBytes } from '../input/hashBytes.ts';
import { affectedSelection } from './affectedSelection.ts';
import { printDiagnostics, type Io } from './printDiagnostics.ts';

/**
 * How long a save may go on after its first event: an editor's save is a few events within a
 * millisecond or two (write, or write a copy and rename), and chokidar reports each within ~1–3 ms.
 * A save that takes longer is rebuilt twice, never missed.
 */
const SETTLE_MS = 10;

/**
 * chokidar drops a second change of a file that comes within 50 ms of the first (its throttle), so a
 * save that quickly follows another (an undo, a formatter writing after the editor) would go unseen and
 * the output stay stale. Each event is looked at again just after that window: a file whose content is
 * no longer what it was at its event is scheduled again.
 */
const RECHECK_MS = 60;

/**
 * A save rebuilt narrowed (the saved deck, its posters, its language) writes the fit report and the
 * manifest's warnings of that build alone. This long after the last such save, with no other save
 * meanwhile, a whole check writes them whole again (~0.2 s, which a save in a quick run of saves need not
 * wait for).
 */
const REPORTS_AFTER_MS = 1000;

/** The content hash of a file, or undefined when it cannot be read (removed, being replaced). */
function contentHashOf(file: string): string | undefined {
  try {
    return hashBytes(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Builds, then rebuilds on every save what the save can have changed. A broken save prints its
 * diagnostics and leaves the last good output; the watch goes on until `signal` aborts.
 */
export async function watchProject(options: BuildOptions, io: Io, signal: AbortSignal, onBuilt?: (report: string) => void, preview = false): Promise<void> {
  const root = options.root;
  const editionDir = path.dirname(options.editionFile ?? path.join(root, 'editions', 'default.yaml'));
  const cardsDirs = [path.join(root, 'cards'), path.join(editionDir, 'cards')];
  // each deck's posters, from the last build of everything; until one succeeds, a save rebuilds everything
  let postersByDeck: Map<string, string[]> | undefined;
  let running: Promise<void> = Promise.resolve();
  let reportsLater: NodeJS.Timeout | undefined;

  /** The fit report and the warnings of everything, after a narrowed rebuild left those of its part alone. */
  const completeReports = (editionId: string, editionDir: string) => {
    try {
      const checked = checkProject(options);
      if (!checked.project || hasErrors(checked.diagnostics)) return;
      writeReports({ editionId, editionDir, diagnostics: checked.diagnostics, fitReport: checked.fitReport }, root);
    } catch {
      // the next save writes them again
    }
  };

  const rebuild = async (changed: readonly string[]): Promise<void> => {
    clearTimeout(reportsLater);
    const started = performance.now();
    const known = postersByDeck;
    const narrowed = changed.length && known ? affectedSelection(changed, cardsDirs, (deck) => known.get(deck) ?? []) : {};
    const selection = {
      only: narrowed.only && options.only ? narrowed.only.filter((id) => options.only?.includes(id)) : narrowed.only ?? options.only,
      langs: narrowed.langs && options.langs ? narrowed.langs.filter((l) => options.langs?.includes(l)) : narrowed.langs ?? options.langs,
    };
    let line: string;
    try {
      // no flush to disk per written file (6–15 ms each): a rebuild is made again at the next save
      const result = await buildProject({ ...options, ...selection, flushToDisk: false });
      const errors = printDiagnostics(result.diagnostics, io);
      const { outDir, editionId } = result;
      if (!errors && (narrowed.only || narrowed.langs) && outDir && editionId) {
        reportsLater = setTimeout(() => {
          running = running.then(() => completeReports(editionId, path.join(outDir, editionId)));
        }, REPORTS_AFTER_MS);
      }
      // a build narrowed to some decks knows only their posters: the map of the last whole build stays
      if (result.project && !narrowed.only) {
        const map = new Map<string, string[]>();
        for (const p of result.project.posters) map.set(p.layout.value.deck, [...(map.get(p.layout.value.deck) ?? []), p.id]);
        postersByDeck = map;
      }
      // the gallery reloads itself every second: a save shows there as soon as its thumbnails are drawn
      if (preview && result.manifest && result.outDir && result.editionId) {
        await writePreviews(path.join(result.outDir, result.editionId), result.manifest, { info: galleryInfo(result), built: result.files, refreshSeconds: 1 });
      }
      const ms = Math.round(performance.now() - started);
      line = errors
        ? `not rebuilt: ${errors} error(s); the last good output stays (${ms} ms)`
        : result.files.length
          ? `rebuilt ${result.files.map((f) => f.path).join(', ')} in ${ms} ms`
          : `nothing changed (${ms} ms)`;
    } catch (e) {
      line = `not rebuilt: ${e instanceof Error ? e.message : String(e)}`;
    }
    io.stdout(`${line}\n`);
    onBuilt?.(line);
    // after the line: the save shows first, the laid-out decks go to the disk cache after
    flushDiskCaches();
  };

  // the renderer loads while the first build runs, so that a first save need not wait for it
  const warm = preview ? warmRasteriser().catch(() => undefined) : Promise.resolve();
  await rebuild([]);
  await warm;
  const watcher = watch([path.join(root, 'cards'), path.join(root, 'layouts'), path.join(root, 'glossary'), path.join(root, 'fonts'), editionDir], {
    ignoreInitial: true,
    ignored: (file) => file.includes(`${path.sep}output${path.sep}`) || /\.kaartwerk-tmp-/.test(file),
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // each file's content when its last event came, and the look again after chokidar's throttle
  const seen = new Map<string, string | undefined>();
  const rechecks = new Set<NodeJS.Timeout>();
  const schedule = (file: string) => {
    clearTimeout(reportsLater);
    const changedFile = path.resolve(file);
    seen.set(changedFile, contentHashOf(changedFile));
    pending.add(changedFile);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      running = running.then(() => rebuild(changed));
    }, SETTLE_MS);
    const recheck = setTimeout(() => {
      rechecks.delete(recheck);
      if (contentHashOf(changedFile) !== seen.get(changedFile)) schedule(changedFile);
    }, RECHECK_MS);
    rechecks.add(recheck);
  };
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
  await new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  io.stdout('watching for changes (Ctrl+C to stop)\n');
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  clearTimeout(timer);
  clearTimeout(reportsLater);
  for (const recheck of rechecks) clearTimeout(recheck);
  await running;
  await watcher.close();
}
