/**
 * Commands as a user runs them: a fresh `node bin/kaartwerk.js …` each time, the compiled dist/ against
 * the same command on the TypeScript sources through tsx (KAARTWERK_SOURCES=1), alternated so that both
 * see the same machine, with the layout cache off (what the code itself costs); the same with the cache
 * as a user meets it: empty (a first run), after a one-card edit, nothing changed; and the peak memory of
 * a fresh build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Whether dist/ is compiled and no source is newer (as bin/kaartwerk.js decides). */
export function compiledIsCurrent(root: string): boolean {
  const stamp = path.join(root, 'dist/.built');
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const src = path.join(root, 'src');
  return ['', ...fs.readdirSync(src, { recursive: true }).map(String)].every((entry) => fs.statSync(path.join(src, entry)).mtimeMs <= built);
}

/** Compiles dist/ when it is missing or older than the sources (what `npm install` does). */
export function ensureCompiled(root: string): void {
  if (compiledIsCurrent(root)) return;
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/compile.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !compiledIsCurrent(root)) throw new Error('bench: dist/ could not be compiled');
}

/** The Node options the bin's first line gives (`#!/usr/bin/env -S node …`), as `npx kaartwerk` and the npm scripts run it. */
export function binNodeOptions(root: string): string[] {
  const first = fs.readFileSync(path.join(root, 'bin/kaartwerk.js'), 'utf8').split('\n')[0] ?? '';
  return first.split(/\s+/).slice(first.split(/\s+/).indexOf('node') + 1);
}

/**
 * Waits until the disk has taken the writes of the runs before (`sync`, where there is one): a first
 * run with an empty cache leaves megabytes for the kernel to write back, which on two cores took 9-83 ms
 * (41 on average over five tries) from a check timed right after it. A user's commands are seconds
 * apart, not milliseconds.
 */
function settleDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
}

/** One command in a fresh process: its wall time and peak memory; the layout cache off unless `cacheEnv` sets it. */
function runOnce(root: string, args: string[], sources: boolean, nodeOptions = binNodeOptions(root), cacheEnv: NodeJS.ProcessEnv = { KAARTWERK_CACHE: '0' }): { ms: number; peakMb: number } {
  settleDisk();
  const peakFile = path.join(os.tmpdir(), `kaartwerk-peak-${process.pid}`);
  const { KAARTWERK_CACHE: _, KAARTWERK_CACHE_DIR: __, ...inherited } = process.env;
  const env = { ...inherited, ...cacheEnv, KAARTWERK_PEAK_FILE: peakFile, KAARTWERK_SOURCES: sources ? '1' : '0' };
  const started = performance.now();
  const run = spawnSync(process.execPath, [...nodeOptions, '--import', path.join(root, 'bench/peakMemory.mjs'), path.join(root, 'bin/kaartwerk.js'), ...args], { cwd: root, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`bench: kaartwerk ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const peakMb = Number(fs.readFileSync(peakFile, 'utf8')) / 2 ** 20;
  fs.rmSync(peakFile, { force: true });
  return { ms, peakMb };
}

export interface ColdTimes { compiledMs: number; sourcesMs: number; nodeMs: number; peakMb: number; plainPeakMb: number }

/**
 * Median wall times over `runs` of `args`, compiled and through tsx, and of `node -e ''` (Node's own
 * start); the highest peak memory of the compiled runs, with the bin's Node options and without.
 */
export function coldRuns(root: string, args: string[], runs: number): ColdTimes {
  const compiled: number[] = [];
  const sources: number[] = [];
  const node: number[] = [];
  const peak: number[] = [];
  const plainPeak: number[] = [];
  runOnce(root, args, false);
  for (let i = 0; i < runs; i++) {
    const once = runOnce(root, args, false);
    compiled.push(once.ms);
    peak.push(once.peakMb);
    sources.push(runOnce(root, args, true).ms);
    // the same without the bin's Node options: what they save in memory
    plainPeak.push(runOnce(root, args, false, []).peakMb);
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    node.push(performance.now() - started);
  }
  return { compiledMs: median(compiled), sourcesMs: median(sources), nodeMs: median(node), peakMb: Math.max(...peak), plainPeakMb: Math.max(...plainPeak) };
}

export interface CachedTimes { emptyMs: number; editedMs: number; unchangedMs: number; peakMb: number }

/**
 * The compiled command with the layout cache as a user meets it, on a copy of the project (`copy`, with
 * `edit(i)` changing one card's text there): with an empty cache (a first run, which also writes it),
 * after a one-card edit (the cache holds the last run: what a user typing and checking meets), and with
 * nothing changed (a check is then answered by its memo, src/cache/checkMemo.ts). `args` name the copy
 * (--root). Medians of `runs`.
 */
export function cachedRuns(root: string, args: string[], runs: number, edit: (i: number) => void): CachedTimes {
  const caches = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-bench-cache-'));
  const empty: number[] = [];
  const edited: number[] = [];
  const unchanged: number[] = [];
  const peak: number[] = [];
  const warm = { KAARTWERK_CACHE_DIR: path.join(caches, 'warm') };
  runOnce(root, args, false, undefined, warm);
  for (let i = 0; i < runs; i++) {
    const first = runOnce(root, args, false, undefined, { KAARTWERK_CACHE_DIR: path.join(caches, `empty-${i}`) });
    empty.push(first.ms);
    edit(i);
    const after = runOnce(root, args, false, undefined, warm);
    edited.push(after.ms);
    const same = runOnce(root, args, false, undefined, warm);
    unchanged.push(same.ms);
    peak.push(first.peakMb, after.peakMb, same.peakMb);
  }
  fs.rmSync(caches, { recursive: true, force: true });
  return { emptyMs: median(empty), editedMs: median(edited), unchangedMs: median(unchanged), peakMb: Math.max(...peak) };
}
