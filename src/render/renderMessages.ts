import type { PageDocument } from '../model/Page.ts';
import type { FontRole } from '../model/Project.ts';

/**
 * What the main thread and the render worker say to each other. Plain data only: a fontkit Font cannot
 * cross threads, so the worker gets each font's bytes and parses them itself.
 */
export type ToRenderWorker =
  /** The fonts, and the folder of the disk cache the main thread draws with (none: a cache in memory only). */
  | { kind: 'fonts'; faces: { role: FontRole; fileName: string; bytes: Uint8Array }[]; cacheDir: string | undefined }
  | { kind: 'draw'; id: number; document: PageDocument; contentId: string };

export type FromRenderWorker =
  /** The fonts are parsed: the worker takes files from now on. */
  | { kind: 'ready' }
  /** The PDF of draw `id`; its buffer is transferred, not copied. */
  | { kind: 'drawn'; id: number; bytes: Uint8Array; ms: number }
  | { kind: 'failed'; id: number; message: string };
