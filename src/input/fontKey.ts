import type { Font } from 'fontkit';

/**
 * The content hash of the file a parsed font came from, for cache keys: a font file changed on disk is
 * parsed into a new Font with a new key, so nothing measured with the old one is found again. parseFont
 * registers each font it makes; a font made elsewhere (a test's own fontkit.create) gets a number of its
 * own. A WeakMap, keyed by the Font object: it only names the object while something else keeps it.
 */
const keys = new WeakMap<Font, string>();
let unregistered = 0;

/** The start of the hash is enough to tell font files apart, and keeps the many keys of the caches short. */
export function registerFont(font: Font, contentHash: string): void {
  keys.set(font, contentHash.slice(0, 16));
}

export function fontKey(font: Font): string {
  let key = keys.get(font);
  if (key === undefined) {
    key = `font#${++unregistered}`;
    keys.set(font, key);
  }
  return key;
}
