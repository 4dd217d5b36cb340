import { createHash } from 'node:crypto';
import { hashBytes } from '../input/hashBytes.ts';

/** What a file's content hash leaves out of its JSON: where a text came from (a path on this machine); a logo goes in by its digest. */
export const contentReplacer = (key: string, value: unknown) => (key === 'source' ? undefined : value instanceof Uint8Array ? `bytes:${hashBytes(value)}` : value);

/**
 * A frame as it enters a page's JSON: the hash of its own JSON, made once per frame. A card's frame sits
 * on a page of the cards file and on a sheet, a poster's on every tile, and a frame the layout cache
 * gives back again is the same object in the next build; hashed once, each file hashes some 64 bytes per
 * frame instead of the frame's every item again (the tiles of a poster held it ten times over). Frames
 * are values: nothing changes one after layout.
 */
const hashes = new WeakMap<object, string>();

/** The hash of `frame`'s JSON (see `contentReplacer`), made once per frame object. */
export function frameHash(frame: object): string {
  let known = hashes.get(frame);
  if (known === undefined) {
    known = createHash('sha256').update(JSON.stringify(frame, contentReplacer)).digest('hex');
    hashes.set(frame, known);
  }
  return known;
}

/**
 * A frame the layout cache read back, with the hash its JSON had when it was stored (the JSON it was
 * read from): a build need not serialise every card front again to hash its files (~20 ms a build).
 */
export function knownFrameHash(frame: object, hash: string): void {
  hashes.set(frame, hash);
}
