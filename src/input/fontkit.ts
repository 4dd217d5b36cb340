import Module, { createRequire } from 'node:module';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * fontkit loads the `brotli` package for WOFF2 fonts, whose decoder builds its dictionary when loaded:
 * ~20 ms of every run that reads a font (kaartwerk refuses web fonts, see validate/validateFonts.ts).
 * Node has Brotli built in, so fontkit is given that under the name it requires, before it loads.
 * `decompress(buffer, size)` answers the decompressed bytes, as the package's does.
 */
export const BROTLI_FILE = createRequire(require.resolve('fontkit')).resolve('brotli/decompress.js');
if (!require.cache[BROTLI_FILE]) {
  const builtin = new Module(BROTLI_FILE);
  builtin.filename = BROTLI_FILE;
  builtin.loaded = true;
  builtin.exports = (buffer: Uint8Array) => new Uint8Array(zlib.brotliDecompressSync(buffer));
  require.cache[BROTLI_FILE] = builtin;
}

/**
 * fontkit as pdfkit loads it (its CommonJS build): one copy in a process that checks and draws, and the
 * quicker one to load (~0.18 s against ~0.25 s for its ES module build and the ES builds of what it
 * imports). The fonts it parses are the objects pdfkit embeds.
 */
export const fontkit = require('fontkit') as typeof import('fontkit');
