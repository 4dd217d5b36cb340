import os from 'node:os';

/**
 * How many threads draw PDFs: the main thread and, with 2, one worker beside it. A worker pays only on a
 * core nobody else is using: its start (~0.3 s of CPU) and its own warm-up (pdfkit's code, the fonts,
 * the shaped words read again) are work the main thread alone does not do. So a machine with one core,
 * or whose cores are busy (a load average over the last minute above all its cores but one), draws on the
 * main thread alone. On a two-core machine shared with other work, the default edition took a median
 * 3.2 s alone and 4.0 s with a worker at a load of ~5, 1.9 s and 2.2 s at ~1.8 (5 runs each, alternated).
 * KAARTWERK_RENDER_THREADS=1 draws on the main thread, =2 with a worker whatever the load (tests, benchmarks).
 */
export function renderThreads(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): 1 | 2 {
  if (env.KAARTWERK_RENDER_THREADS === '1') return 1;
  if (env.KAARTWERK_RENDER_THREADS === '2') return 2;
  return cores > 1 && load <= cores - 1 ? 2 : 1;
}
