import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { PageDocument } from '../model/Page.ts';
import type { FontSet } from '../model/Project.ts';
import type { FromRenderWorker, ToRenderWorker } from './renderMessages.ts';
import { renderThreads } from './renderThreads.ts';

export interface Drawn {
  bytes: Buffer;
  ms: number;
}

/** The worker as a file of the bundle (dist/cli/renderWorker.cjs), or from the sources through tsx. */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./renderWorkerFromSources.mjs', import.meta.url) : new URL('./renderWorker.cjs', import.meta.url);
}

/**
 * One render worker. It starts at once and loads pdfkit while the main thread goes on; `useFonts` hands
 * it the fonts, `ready` settles when it has parsed them. A worker that stops (a crash, an exception outside
 * a file) fails every draw in flight and every later one; `close` ends it.
 */
export class RenderPool {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { path: string; resolve: (drawn: Drawn) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private stopped?: Error;
  private closed = false;
  private fontsSent = false;

  constructor(entry: URL = workerEntry()) {
    // the young generation as small as the main thread's (--max-semi-space-size=4): a worker's heap counts in a build's peak memory
    // node:worker_threads loaded here, not when the pipeline loads: a check starts no thread (~2 ms)
    const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.worker = new WorkerThread(entry, { resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    // it keeps the process alive only while it draws: a pool nobody closed does not hold an exit up
    this.worker.unref();
    let ready: () => void = () => undefined;
    let notReady: (error: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => {
      ready = resolve;
      notReady = reject;
    });
    // nobody need wait for `ready`: a worker that never gets ready must not be an unhandled rejection
    this.ready.catch(() => undefined);
    this.worker.on('message', (message: FromRenderWorker) => {
      if (message.kind === 'ready') return ready();
      const draw = this.pending.get(message.id);
      if (!draw) return;
      this.pending.delete(message.id);
      if (!this.pending.size) this.worker.unref();
      if (message.kind === 'drawn') draw.resolve({ bytes: Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength), ms: message.ms });
      else draw.reject(new Error(`could not draw ${draw.path} (render worker): ${message.message}`));
    });
    const stop = (error: Error) => {
      if (this.stopped || this.closed) return;
      this.stopped = error;
      notReady(error);
      for (const draw of this.pending.values()) draw.reject(new Error(`the render worker stopped while drawing ${draw.path}: ${error.message}`));
      this.pending.clear();
    };
    this.worker.on('error', stop);
    this.worker.on('exit', (code) => stop(new Error(`it exited with code ${code}`)));
  }

  /**
   * Sends the fonts (their bytes: the worker parses its own) and the folder of the disk cache to draw
   * with; once, before the first draw.
   */
  useFonts(fonts: FontSet, cacheDir: string | undefined): void {
    if (this.fontsSent) return;
    this.fontsSent = true;
    const faces = Object.values(fonts).map(({ role, fileName, bytes }) => ({ role, fileName, bytes }));
    this.send({ kind: 'fonts', faces, cacheDir });
  }

  /** The PDF of `document`, drawn by the worker. */
  draw(path: string, document: PageDocument, contentId: string): Promise<Drawn> {
    if (this.stopped) return Promise.reject(new Error(`the render worker stopped before drawing ${path}: ${this.stopped.message}`));
    const id = this.nextId++;
    return new Promise<Drawn>((resolve, reject) => {
      this.pending.set(id, { path, resolve, reject });
      this.worker.ref();
      this.send({ kind: 'draw', id, document, contentId });
    });
  }

  /** Ends the worker (it keeps nothing worth waiting for); draws still in flight fail. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const draw of this.pending.values()) draw.reject(new Error(`the render worker was closed while drawing ${draw.path}`));
    this.pending.clear();
    void this.worker.terminate();
  }

  private send(message: ToRenderWorker): void {
    this.worker.postMessage(message);
  }
}

/**
 * A worker started before the check, so that it loads pdfkit and its fonts while the check runs, for a
 * build of the whole edition (likely many files). Builds narrowed to some decks or languages (a save in
 * `watch`, the studio's previews) start none: renderFiles starts one itself if they turn out large.
 */
export function prestartRenderPool(options: { only?: readonly string[]; langs?: readonly string[] }): RenderPool | undefined {
  if (renderThreads() < 2 || options.only?.length || options.langs?.length) return undefined;
  return new RenderPool();
}
