import { codeFingerprint } from '../cache/codeFingerprint.ts';
import type { DiskCache } from '../cache/diskCache.ts';
import { hashValue } from '../cache/hashValue.ts';
import { StoredBytes, storedBytesOf } from '../cache/storedBytes.ts';
import type { Font } from 'fontkit';
import { fontKey } from '../input/fontKey.ts';

interface EmbeddedFont {
  font?: Font;
  subset?: { glyphs?: number[]; encode?: () => Uint8Array };
}

/**
 * Font subsets are kept between runs: the bytes fontkit's `subset.encode()` makes depend only on the font
 * file and the glyph ids in their order, so they are stored under the font's content hash and those ids.
 * Each font of this document gets its own `encode`, which pdfkit calls once as it writes the font; a
 * font not read from a file (no content hash) or a cache without a folder is left alone.
 *
 * A subset fontkit makes also makes the components of composite glyphs with no code points, which later
 * shaping in this process reuses; one read from the cache does not, and mendToUnicode gives such glyphs
 * the same code points either way.
 */
export function cacheFontSubsets(document: PDFKit.PDFDocument, cache: DiskCache | undefined): void {
  if (!cache?.dir) return;
  const families = (document as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies;
  for (const embedded of Object.values(families)) {
    const { subset, font } = embedded;
    if (!subset?.encode || !font) continue;
    const key = fontKey(font);
    if (key.startsWith('font#')) continue;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const stored = hashValue('font subset', codeFingerprint(), key, subset.glyphs ?? []);
      const known = storedBytesOf(cache.get(stored, { remember: false }), 'font subset');
      if (known) return known;
      const bytes = encode();
      cache.set(stored, new StoredBytes('font subset', bytes), { remember: false });
      return bytes;
    };
  }
}
