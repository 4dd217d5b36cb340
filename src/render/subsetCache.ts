import { codeFingerprint } from '../cache/codeFingerprint.ts';
import type { DiskCache } from '../cache/diskCache.ts';
import { hashBytes, hashValue } from '../cache/hashValue.ts';
import type { Font } from 'fontkit';
import { fontKey } from '../input/fontKey.ts';

interface EmbeddedFont {
  font?: Font;
  subset?: { glyphs?: number[]; encode?: () => Uint8Array };
}

/** A subset as stored: its bytes and their hash, so that a damaged entry is seen and not embedded. */
interface SubsetJson { sha256: string; base64: string }

/** The value given to the disk cache: the bytes, turned into text only as the cache writes them. */
class StoredSubset {
  constructor(readonly bytes: Uint8Array) {}

  toJSON(): SubsetJson {
    return { sha256: hashBytes(this.bytes), base64: Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('base64') };
  }
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
      const known = bytesOf(cache.get(stored));
      if (known) return known;
      const bytes = encode();
      cache.set(stored, new StoredSubset(bytes));
      return bytes;
    };
  }
}

/** The bytes of an entry: as this process made them, or read back and found whole. */
function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof StoredSubset) return value.bytes;
  const stored = value as SubsetJson | undefined;
  if (typeof stored?.base64 !== 'string' || typeof stored.sha256 !== 'string') return undefined;
  const bytes = Buffer.from(stored.base64, 'base64');
  return bytes.length > 0 && hashBytes(bytes) === stored.sha256 ? bytes : undefined;
}
