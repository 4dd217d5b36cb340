/**
 * How many threads draw PDFs: the main thread alone, or with 2 one worker beside it
 * (KAARTWERK_RENDER_THREADS=2). The main thread alone is the default: with shaped words and font subsets
 * kept on disk, render is some 1 s of a build, and a worker's start (~0.3 s of CPU) and its own warm-up
 * (pdfkit's code, the fonts, the shaped words read again) cost about what it takes over. On an idle
 * two-core machine the default edition's warm build took 2.00 / 2.19 s alone and 2.13 / 2.27 s with a
 * worker, which raised the peak memory from ~148 MB to ~187 MB (alternated runs), over the 180 MB a build
 * may take. A machine with many cores and a large edition may still gain from it.
 */
export function renderThreads(env: NodeJS.ProcessEnv = process.env): 1 | 2 {
  return env.KAARTWERK_RENDER_THREADS === '2' ? 2 : 1;
}
