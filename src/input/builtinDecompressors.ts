import Module, { createRequire } from 'node:module';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * fontkit, unicode-properties and linebreak decompress data with decoders written in JavaScript, and do
 * it when they load, whatever a run then needs. Node has Brotli and zlib built in: the packages are given
 * those under the names they require, before they load (imported for its effect by input/fontkit.ts and
 * layout/breakLines.ts). Each stand-in answers what the package's own decoder answers, byte for byte.
 */

/** Puts `exports` in Node's module cache as the module at `file`, unless that module is loaded already. */
function provide(file: string | undefined, exports: unknown): void {
  if (!file || require.cache[file]) return;
  const stand = new Module(file);
  stand.filename = file;
  stand.loaded = true;
  stand.exports = exports;
  require.cache[file] = stand;
}

/** The file `chain`'s last package resolves to, required by the one before it, and so on from here. */
function resolveThrough(...chain: string[]): string | undefined {
  try {
    let from = require;
    for (const name of chain.slice(0, -1)) from = createRequire(from.resolve(name));
    return from.resolve(chain[chain.length - 1]!);
  } catch {
    return undefined;
  }
}

/**
 * The `brotli` package's decoder builds its dictionary when loaded: ~20 ms of every run that reads a font,
 * for WOFF2 fonts only (kaartwerk refuses web fonts, see validate/validateFonts.ts).
 * `decompress(buffer, size)` answers the decompressed bytes, as the package's does.
 */
export const BROTLI_FILE = resolveThrough('fontkit', 'brotli/decompress.js');
provide(BROTLI_FILE, (buffer: Uint8Array) => new Uint8Array(zlib.brotliDecompressSync(buffer)));

/**
 * tiny-inflate, a raw DEFLATE decoder in JavaScript: `unicode-trie` inflates every character table twice
 * with it as its package loads (fontkit's three shaper tables, unicode-properties' and linebreak's:
 * ~25 ms of every run that loads fontkit). Like tiny-inflate, it fills `dest` and answers it, or a copy
 * of the part filled when the data is shorter.
 */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const inflated = zlib.inflateRawSync(source, { maxOutputLength: dest.length });
  dest.set(inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}
export const TINY_INFLATE_FILES = [
  resolveThrough('fontkit', 'tiny-inflate'),
  resolveThrough('fontkit', 'unicode-trie', 'tiny-inflate'),
  resolveThrough('fontkit', 'unicode-properties', 'unicode-trie', 'tiny-inflate'),
  resolveThrough('linebreak', 'unicode-trie', 'tiny-inflate'),
].filter((file, i, all): file is string => file !== undefined && all.indexOf(file) === i);
for (const file of TINY_INFLATE_FILES) provide(file, inflateInto);
