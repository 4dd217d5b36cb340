import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DiagnosticsError, usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { displayPath } from '../diagnostics/formatDiagnostic.ts';
import type { BuildOptions } from '../model/Project.ts';
import type { PrintedCheck } from '../cache/checkMemo.ts';
import { printDiagnostics, type Io } from './printDiagnostics.ts';
import { documentDate } from '../model/documentDate.ts';
import { startColourEngine } from '../colour/colourEngine.ts';

// Commands load what they need when they run (the pipeline, previews, the studio, the preflight's PDF
// readers, the new-edition writer): `--help` loads none of them.
const pipeline = () => import('../pipeline.ts');

export type { Io } from './printDiagnostics.ts';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** A bug in kaartwerk (EX_SOFTWARE): no input, however wrong, may end here. */
export const EXIT_INTERNAL = 70;

const defaultIo: Io = {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  progress: Boolean(process.stdout.isTTY) && !process.env.CI,
};

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('kaartwerk')
    .description('Print-ready PDF card decks from YAML card sets')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for the options)');

  const withProjectOptions = (command: Command): Command => command
    .option('--root <dir>', 'the project folder', '.')
    .option('--edition <file>', 'the edition to build (default: editions/default.yaml)')
    .option('--lang <codes>', 'only these languages, comma-separated (e.g. nl,en)')
    .option('--only <ids>', 'only these decks, comma-separated (e.g. gouden-regels)')
    .option('--format <id>', 'card format for every deck: poker, tarot, a6, a7, square')
    .addOption(new Option('--paper <id>', 'paper for the office sheets').choices(['a4', 'a3', 'sra3', 'letter']).default('a4'))
    .addOption(new Option('--poster-size <size>', 'sheet of the posters: the layout, type and grid scale with it (a3 also gives a file for an office A3 printer)').choices(['a1', 'a2', 'a3']).default('a2'))
    .option('--back-offset <x,y>', 'shift the backs on the sheets by x,y mm, for a printer whose duplex is off', '0,0')
    .option('--strict', 'treat warnings (a missing translation) as errors', false);

  // the commands convert colours; check starts the engine only when its memo does not answer (runCheck)
  program.hook('preAction', async (_, command) => {
    if (command.name() !== 'check') await startColourEngine();
  });

  withProjectOptions(program.command('build'))
    .description('build the PDFs of an edition into output/<edition>/<lang>/')
    .option('--out <dir>', 'output folder (default: output/ in the project folder)')
    .option('--force', 'render every file, also those whose inputs did not change', false)
    .option('--preview', 'also draw thumbnails and output/<edition>/index.html, a gallery', false)
    .action(async (raw: RawOptions) => {
      exitCode = await runBuild(toBuildOptions(raw, io), io, raw.preview ?? false);
    });

  withProjectOptions(program.command('check'))
    .description('load, validate and lay out everything (so overflow is found); write nothing')
    .action(async (raw: RawOptions) => {
      exitCode = await runCheck(toBuildOptions(raw, io), io);
    });

  withProjectOptions(program.command('watch'))
    .description('build, then rebuild what each save changes; a broken save keeps the last good output')
    .option('--out <dir>', 'output folder (default: output/ in the project folder)')
    .option('--preview', 'keep output/<edition>/index.html, a gallery that reloads itself, up to date', false)
    .action(async (raw: RawOptions) => {
      const stop = new AbortController();
      // Ctrl+C stops after the running rebuild; a second Ctrl+C stops at once
      const interrupt = () => {
        if (stop.signal.aborted) process.exit(130);
        stop.abort();
      };
      process.on('SIGINT', interrupt);
      const { watchProject } = await import('./watchProject.ts');
      try {
        await watchProject(toBuildOptions(raw, io), io, stop.signal, undefined, raw.preview ?? false);
      } finally {
        process.off('SIGINT', interrupt);
      }
    });

  const translations = program.command('translations')
    .description('the translations of an edition: a table of what is done, missing, stale or the Dutch word for word; XLIFF out and in');
  const runWith = async (raw: RawOptions, action: import('../translate/runTranslations.ts').TranslationsAction) => {
    const { runTranslations } = await import('../translate/runTranslations.ts');
    exitCode = await runTranslations(toBuildOptions(raw, io), action, io);
  };
  withProjectOptions(translations.command('status', { isDefault: true }))
    .description('per deck and language: strings done, missing, stale (the Dutch changed since) and the same as the Dutch')
    .option('--all', 'list every open string, not the first few', false)
    .action(async (raw: RawOptions & { all: boolean }) => runWith(raw, { kind: 'status', details: raw.all }));
  withProjectOptions(translations.command('mark'))
    .description('after reviewing a translation (--lang tr): record every string of it as translated from the present Dutch')
    .option('--key <keys>', 'only these strings, comma-separated (e.g. cards.regel-01.title)')
    .action(async (raw: RawOptions & { key?: string }) => runWith(raw, { kind: 'mark', keys: raw.key?.split(',').map((k) => k.trim()).filter(Boolean) }));
  withProjectOptions(translations.command('export'))
    .description('write one XLIFF 2.0 file of a language (--lang tr) for a translation agency or tool')
    .option('--out <file>', 'the XLIFF file (default: <edition>-<lang>.xlf in the current folder)')
    .action(async (raw: RawOptions) => runWith(raw, { kind: 'export', out: raw.out }));
  withProjectOptions(translations.command('import'))
    .description('write the translations of an XLIFF file back into the language files (only what changed), and say what changed')
    .argument('<file>', 'an XLIFF 2.0 file')
    .action(async (file: string, raw: RawOptions) => runWith(raw, { kind: 'import', file }));

  program.command('preflight')
    .description('check PDFs as a print shop would: boxes, bleed, embedded fonts, colour, safe zone')
    .argument('<files...>', 'PDF files, or folders of them (output/<edition>: every PDF in it)')
    .option('--safe-mm <mm>', 'minimum distance of text from the trim line (default: 4 mm for cards, 10 mm for A3 and larger)')
    .option('--bleed-mm <mm>', 'minimum bleed on every side', '3')
    .action(async (files: string[], raw: { safeMm?: string; bleedMm: string }) => {
      const safeMm = raw.safeMm === undefined ? undefined : Number(raw.safeMm);
      const bleedMm = Number(raw.bleedMm);
      if ((safeMm !== undefined && !(safeMm >= 0)) || !(bleedMm >= 0)) throw new DiagnosticsError([usageError('--safe-mm and --bleed-mm take a number of millimetres')]);
      const { preflightFiles } = await import('../preflight/preflightFiles.ts');
      exitCode = await preflightFiles(files.map((f) => path.resolve(io.cwd, f)), { safeMm, bleedMm }, io);
    });

  program.command('new-edition')
    .description('create editions/<name>/edition.yaml for an organisation: commented, and it builds as it is')
    .argument('<name>', 'the organisation, e.g. "Gemeente Voorbeeld"')
    .option('--root <dir>', 'the project folder', '.')
    .action(async (name: string, raw: { root: string }) => {
      const { newEdition } = await import('./newEdition.ts');
      const file = newEdition(path.resolve(io.cwd, raw.root), name);
      const shown = path.relative(io.cwd, file);
      io.stdout(`created ${shown}\nnext: edit it (every option is explained inside), then build it:\n  npx kaartwerk build --edition ${shown}\n`);
    });

  program.command('serve')
    .description('start kaartwerk studio: make and print an edition in the browser (on this computer only)')
    .option('--root <dir>', 'the project folder', '.')
    .option('--port <n>', 'port on 127.0.0.1 (default: a free one)', '0')
    .option('--open', 'open the studio in the browser', false)
    .action(async (raw: { root: string; port: string; open: boolean }) => {
      const port = Number(raw.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DiagnosticsError([usageError('--port takes a port number, e.g. 8080')]);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      const { serveStudio } = await import('../studio/serveStudio.ts');
      await serveStudio({ root: path.resolve(io.cwd, raw.root), port, open: raw.open }, io, stop.signal);
    });

  program.command('schema')
    .description('write the JSON Schemas of the YAML files into schemas/ (for editor autocompletion)')
    .option('--root <dir>', 'the project folder', '.')
    .action(async (raw: { root: string }) => {
      const { writeSchemas } = await import('./writeSchemas.ts');
      const written = writeSchemas(path.resolve(io.cwd, raw.root));
      for (const file of written) io.stdout(`wrote ${path.relative(io.cwd, file)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    // results a command laid out are written to the cache after it has printed what it found
    (await import('../cache/diskCache.ts')).flushDiskCaches();
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help asked for is a success; the help shown for a missing command is wrong usage
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (e instanceof DiagnosticsError) return report(e.diagnostics, io);
    io.stderr(`kaartwerk: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    io.stderr('(this is a bug in kaartwerk, not in your files; please report it with the command you ran)\n');
    return EXIT_INTERNAL;
  }
  return exitCode;
}

interface RawOptions {
  root: string;
  edition?: string;
  lang?: string;
  only?: string;
  format?: string;
  paper: string;
  posterSize: 'a1' | 'a2' | 'a3';
  out?: string;
  backOffset: string;
  strict: boolean;
  force?: boolean;
  preview?: boolean;
}

function toBuildOptions(raw: RawOptions, io: Io): BuildOptions {
  const list = (value?: string) => value?.split(',').map((s) => s.trim()).filter(Boolean);
  const offset = raw.backOffset.split(',').map(Number);
  if (offset.length !== 2 || offset.some((n) => !Number.isFinite(n))) {
    throw new DiagnosticsError([usageError(`--back-offset takes two numbers in mm, like 0.5,-1 (got '${raw.backOffset}')`)]);
  }
  const root = path.resolve(io.cwd, raw.root);
  return {
    root,
    editionFile: raw.edition ? path.resolve(io.cwd, raw.edition) : undefined,
    langs: list(raw.lang),
    only: list(raw.only),
    format: raw.format,
    paper: raw.paper,
    posterSize: raw.posterSize,
    outDir: raw.out ? path.resolve(io.cwd, raw.out) : undefined,
    strict: raw.strict,
    force: raw.force ?? false,
    backOffsetMm: { x: offset[0] ?? 0, y: offset[1] ?? 0 },
    documentDate: documentDate(process.env),
  };
}

async function runBuild(options: BuildOptions, io: Io, preview: boolean): Promise<number> {
  const started = performance.now();
  const { buildProject } = await pipeline();
  const result = await buildProject({
    ...options,
    onRendered: io.progress ? (file, ms, pages) => io.stdout(`  ${String(Math.round(ms)).padStart(5)} ms  ${file}  (${pages} ${pages === 1 ? 'page' : 'pages'})\n`) : undefined,
  });
  const code = report(result.diagnostics, io);
  if (code !== EXIT_OK) {
    io.stderr('nothing was written; the previous output is unchanged\n');
    return code;
  }
  const editionDir = path.join(result.outDir ?? '', result.editionId ?? '');
  const unchanged = result.unchanged?.length ?? 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout(`${shown(io, editionDir)}: ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'} written, ${unchanged} unchanged, in ${seconds} s (fit-report.txt, manifest.json)\n`);
  if (result.removed?.length) io.stdout(`removed ${result.removed.length} ${result.removed.length === 1 ? 'file' : 'files'} of an earlier build that this one no longer makes: ${result.removed.join(', ')}\n`);
  if (preview && result.manifest) {
    const { galleryInfo, writePreviews } = await import('../output/writePreviews.ts');
    const gallery = await writePreviews(editionDir, result.manifest, { info: galleryInfo(result), built: result.files });
    io.stdout(`preview: ${shown(io, gallery.page)} (${gallery.images} images)\n`);
  }
  return EXIT_OK;
}

function shown(io: Io, file: string): string {
  return displayPath(io.cwd, file);
}

async function runCheck(options: BuildOptions, io: Io): Promise<number> {
  // the colour engine loads while the memo is looked up: a check the memo does not answer waits less for it
  const colours = startColourEngine();
  colours.catch(() => undefined);
  // with nothing changed since the same check, what it printed is printed again: no YAML is read
  const { storedCheck, storeCheck } = await import('../cache/checkMemo.ts');
  const stored = storedCheck(options);
  if (stored) return printCheck(stored, io);
  const [{ checkProject }] = await Promise.all([pipeline(), colours]);
  const { formatTranslationStatus, translationStatus } = await import('../validate/translationStatus.ts');
  const result = checkProject(options);
  const decks = new Set(result.fitReport.map((r) => r.deck)).size;
  const langs = new Set(result.fitReport.map((r) => r.lang)).size;
  const printed: PrintedCheck = {
    diagnostics: result.diagnostics,
    table: result.project ? formatTranslationStatus(translationStatus(result.project, {}, result.translations)) : undefined,
    summary: `ok: ${decks} deck(s) in ${langs} language(s), ${result.fitReport.length} card faces laid out`,
  };
  const code = printCheck(printed, io);
  if (result.inputs) storeCheck(options, printed, result.inputs);
  return code;
}

/** What a check prints: its diagnostics, the translation-status table and, without errors, the summary line. */
function printCheck(printed: PrintedCheck, io: Io): number {
  const code = report(printed.diagnostics, io);
  if (printed.table !== undefined) io.stdout(`${printed.table}\n`);
  if (code === EXIT_OK) io.stdout(`${printed.summary}\n`);
  return code;
}

/** Prints all diagnostics at once; returns the exit code they call for. */
function report(diagnostics: readonly Diagnostic[], io: Io): number {
  const errors = printDiagnostics(diagnostics, io);
  if (diagnostics.some((d) => d.usage)) return EXIT_USAGE;
  // under --strict, checkProject has already made every warning an error
  if (errors > 0) return EXIT_INPUT;
  return EXIT_OK;
}
