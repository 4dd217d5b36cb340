import { createHash } from 'node:crypto';
import type { PageDocument } from '../model/Page.ts';
import type { FontSet } from '../model/Project.ts';

const digests = new WeakMap<Uint8Array, string>();

function digest(bytes: Uint8Array): string {
  let d = digests.get(bytes);
  if (!d) {
    d = createHash('sha256').update(bytes).digest('hex');
    digests.set(bytes, d);
  }
  return d;
}

/**
 * What a PDF is made from: its pages as laid out and imposed (every text, position, colour, logo), the
 * fonts, and the version of kaartwerk. Render is deterministic, so the same hash means the same file
 * and an unchanged output need not be drawn again.
 */
export function contentHash(document: PageDocument, fonts: FontSet, version: string): string {
  const hash = createHash('sha256');
  hash.update(`kaartwerk ${version}\n`);
  for (const face of Object.values(fonts)) hash.update(`${face.role}:${digest(face.bytes)}\n`);
  // where a text came from (a path on this machine) does not change the file
  hash.update(JSON.stringify(document, (key, value: unknown) => (key === 'source' ? undefined : value instanceof Uint8Array ? `bytes:${digest(value)}` : value)));
  return hash.digest('hex');
}

/**
 * One hash per page, made the same way: the gallery redraws only the thumbnails of pages that changed
 * (a saved card redraws one front, not its whole deck).
 */
export function pageHashes(document: PageDocument, fonts: FontSet, version: string): string[] {
  return document.pages.map((page) => contentHash({ ...document, title: '', pages: [page] }, fonts, version).slice(0, 16));
}
