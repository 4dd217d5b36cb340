import { currentDiskCache } from '../cache/diskCache.ts';
import type { OutputFile } from '../model/Output.ts';
import type { FontSet } from '../model/Project.ts';
import type { HashedFile } from '../output/hashFiles.ts';
import { pageHashes } from '../output/contentHash.ts';
import { rendererId } from '../output/rendererId.ts';
import { drawCost } from './drawCost.ts';
import { drawShared } from './drawShared.ts';
import { type Drawn, RenderPool } from './renderPool.ts';
import { renderThreads } from './renderThreads.ts';
import { renderPdf } from './renderPdf.ts';

/**
 * Fewer files than this are drawn on the main thread alone: a worker takes some 0.3 s to load pdfkit and
 * parse its fonts, longer than a few files take (a save in `watch` rebuilds one to five).
 */
export const MIN_FILES_FOR_WORKER = 12;

/**
 * `render`: every file but those kept unchanged, drawn as PDF in memory, in the order of `files`;
 * `onRendered` hears of each as it is done. With many files a worker thread draws beside the main thread
 * (`pool`, started early by the caller, or started here); the bytes are the same whichever thread drew.
 */
export async function renderFiles(files: readonly HashedFile[], fonts: FontSet, unchanged: ReadonlySet<string>,
  onRendered?: (path: string, ms: number, pages: number) => void, pool?: RenderPool): Promise<OutputFile[]> {
  const todo = files.filter((file) => !unchanged.has(file.path));
  const drawn: Drawn[] = new Array(todo.length);
  const done = (index: number, result: Drawn) => {
    drawn[index] = result;
    onRendered?.(todo[index]!.path, result.ms, todo[index]!.document.pages.length);
  };
  const drawHere = async (index: number) => {
    const file = todo[index]!;
    const started = performance.now();
    let bytes: Buffer;
    try {
      bytes = await renderPdf(file.document, fonts, { contentId: file.contentHash });
    } catch (e) {
      throw new Error(`could not draw ${file.path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    done(index, { bytes, ms: performance.now() - started });
  };
  const worker = todo.length >= MIN_FILES_FOR_WORKER && renderThreads() > 1 ? pool ?? new RenderPool() : undefined;
  if (pool && pool !== worker) pool.close();
  try {
    if (worker) {
      worker.useFonts(fonts, currentDiskCache().dir);
      const order = todo.map((file, index) => ({ index, cost: drawCost(file.document) })).sort((a, b) => b.cost - a.cost).map((entry) => entry.index);
      const drawThere = async (index: number) => done(index, await worker.draw(todo[index]!.path, todo[index]!.document, todo[index]!.contentHash));
      await drawShared(order, drawHere, { ready: worker.ready, draw: drawThere });
    } else {
      for (let index = 0; index < todo.length; index++) await drawHere(index);
    }
  } finally {
    worker?.close();
  }
  const renderer = rendererId();
  return todo.map((file, index) => {
    const { document, ...meta } = file;
    return { ...meta, pages: document.pages.length, bytes: drawn[index]!.bytes, pageHashes: pageHashes(document, fonts, renderer) };
  });
}
