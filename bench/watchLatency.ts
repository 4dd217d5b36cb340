/**
 * What a `kaartwerk watch` user waits for: the real watcher (chokidar) on a temp copy of the project,
 * one card's English text saved again and again, timed from the write until the watcher reports the
 * rebuilt PDFs written (and, with `preview`, the gallery's thumbnails drawn).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchProject } from '../src/cli/watchProject.ts';
import type { BuildOptions } from '../src/model/Project.ts';
import type { Io } from '../src/cli/printDiagnostics.ts';

export interface WatchTimes {
  /** Save to written, per save (ms). */
  ms: number[];
  /** CPU time of the process per counted save (ms, main thread and pdf.js alike): less moved by other load than `ms`. */
  cpuMs: number;
  /** What the last save rebuilt, as the watcher printed it. */
  line: string;
  /** The copy's root and the edited file's deck and language, for the baseline. */
  deck: string;
  lang: string;
}

/** A copy of the project's inputs in a temp folder. */
export function copyProject(root: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-watch-'));
  for (const part of ['cards', 'layouts', 'editions', 'fonts', 'glossary', 'languages', 'hyphenation']) {
    if (fs.existsSync(path.join(root, part))) fs.cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  }
  return copy;
}

export async function watchLatency(options: BuildOptions, saves: number, preview: boolean): Promise<WatchTimes> {
  const copy = copyProject(options.root);
  const file = path.join(copy, 'cards/swan/en.yaml');
  const original = fs.readFileSync(file, 'utf8');
  const stop = new AbortController();
  // each waiting save hears the line and the moment it was reported: the watcher goes on after it
  // (the disk cache is written after the line), which the user does not wait for
  const lines: ((line: string, at: number) => void)[] = [];
  const io: Io = { cwd: copy, stdout: () => undefined, stderr: () => undefined };
  const ready = new Promise<void>((resolve) => {
    io.stdout = (text: string) => { if (text.startsWith('watching')) resolve(); };
  });
  const watching = watchProject({ ...options, root: copy, outDir: path.join(copy, 'output'), force: false }, io, stop.signal, (line) => lines.shift()?.(line, performance.now()), preview);
  await ready;
  const ms: number[] = [];
  let line = '';
  let cpu = process.cpuUsage();
  try {
    for (let i = 0; i <= saves; i++) {
      const edited = original.replace(/( {2}alternatieven:\n {4}text: )(.*)/, `$1$2 (${i})`);
      if (edited === original) throw new Error('bench: the card to edit was not found');
      const built = new Promise<{ line: string; at: number }>((resolve) => lines.push((text, at) => resolve({ line: text, at })));
      const started = performance.now();
      fs.writeFileSync(file, edited);
      const reported = await built;
      line = reported.line;
      // the first save also pays for anything loaded lazily; it is not counted
      if (i > 0) ms.push(reported.at - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (i === 0) cpu = process.cpuUsage();
    }
    cpu = process.cpuUsage(cpu);
  } finally {
    stop.abort();
    await watching;
    fs.rmSync(copy, { recursive: true, force: true });
  }
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 / saves, line, deck: 'swan', lang: 'en' };
}

/** `node --import tsx bench/watchLatency.ts`: only the watch figures of the bench (BENCH_RUNS saves each). */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const options: BuildOptions = { root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, force: false };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const written = await watchLatency(options, runs, false);
  console.log(`watch: save to written: ${median(written.ms).toFixed(0)} ms (median of ${written.ms.length} saves: ${written.ms.map((x) => x.toFixed(0)).join(' ')}; CPU ${written.cpuMs.toFixed(0)} ms a save; ${written.line})`);
  if (process.env.BENCH_PREVIEWS === '0') return;
  const previewed = await watchLatency(options, runs, true);
  console.log(`watch --preview: save to thumbnail written: ${median(previewed.ms).toFixed(0)} ms (median of ${previewed.ms.length} saves: ${previewed.ms.map((x) => x.toFixed(0)).join(' ')}; CPU ${previewed.cpuMs.toFixed(0)} ms a save)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
