/**
 * The render worker (node:worker_threads): draws the PDFs the main thread sends it, one at a time, with
 * fonts of its own parsed from their bytes. Started by renderPool.ts: from the bundle as dist/cli/
 * renderWorker.cjs, from the sources through renderWorkerFromSources.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { startColourEngine } from '../colour/colourEngine.ts';
import { fontkit } from '../input/fontkit.ts';
import { DiskCache } from '../cache/diskCache.ts';
import type { Font } from 'fontkit';
import { registerFont } from '../input/fontKey.ts';
import { readPostLazily } from '../input/lazyPostTable.ts';
import { hashBytes } from '../input/hashBytes.ts';
import type { LogoAsset } from '../model/Logo.ts';
import type { FontSet } from '../model/Project.ts';
import { internLogos } from './internLogos.ts';
import type { FromRenderWorker, ToRenderWorker } from './renderMessages.ts';
import { renderPdf } from './renderPdf.ts';

const port = parentPort;
if (!port) throw new Error('renderWorker.ts runs only as a worker thread');
const post = (message: FromRenderWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let fonts: FontSet | undefined;
// the main thread's cache folder: shaped words and font subsets are read and written as it does (renderPdf)
let cache: DiskCache | undefined;
const logos = new Map<string, LogoAsset>();

/** Parsed as validate parses them (validateFonts.ts), from the same bytes: the same fonts, in this thread. */
function parseFonts(faces: Extract<ToRenderWorker, { kind: 'fonts' }>['faces']): FontSet {
  const entries = faces.map((face) => {
    const font = fontkit.create(Buffer.from(face.bytes));
    if (!('layout' in font)) throw new Error(`font '${face.fileName}' is a font collection`);
    readPostLazily(font as Font);
    registerFont(font as Font, hashBytes(face.bytes));
    return [face.role, { role: face.role, fileName: face.fileName, bytes: face.bytes, font: font as Font }];
  });
  return Object.fromEntries(entries) as FontSet;
}

/** The bytes as a Uint8Array over an ArrayBuffer of their own, so that it can be transferred whole. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

port.on('message', async (message: ToRenderWorker) => {
  if (message.kind === 'fonts') {
    fonts = parseFonts(message.faces);
    cache = new DiskCache(message.cacheDir);
    await startColourEngine();
    post({ kind: 'ready' });
    return;
  }
  try {
    if (!fonts) throw new Error('no fonts were sent before the first file');
    const started = performance.now();
    internLogos(message.document, logos);
    const bytes = ownBuffer(await renderPdf(message.document, fonts, { contentId: message.contentId, cache, flushCache: true }));
    post({ kind: 'drawn', id: message.id, bytes, ms: performance.now() - started }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    post({ kind: 'failed', id: message.id, message: e instanceof Error ? e.message : String(e) });
  }
});
