import { createHash } from 'node:crypto';

/**
 * Content hashes (sha256, hex) of the bytes and texts a build reads. The hash of a buffer is made once per
 * buffer: readInput registers the hash it computed, and every later stage (font keys, output content
 * hashes) gets it back for the price of a lookup.
 */
const known = new WeakMap<Uint8Array, string>();

export function hashBytes(bytes: Uint8Array): string {
  let hash = known.get(bytes);
  if (hash === undefined) {
    hash = createHash('sha256').update(bytes).digest('hex');
    known.set(bytes, hash);
  }
  return hash;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
