import type { Font } from 'fontkit';
import { tableBytes, tableDirectory } from './fontTables.ts';

/** The fields at the start of every version of the `post` table (fontkit's names), 32 bytes. */
const HEADER_BYTES = 32;

/** What fontkit keeps of a font: its decoded tables by tag, and the method that decodes one. */
interface FontTables { _tables?: Record<string, unknown>; _decodeTable(entry: unknown): Record<string, unknown> }

/**
 * Gives `font` a `post` table whose header is read at once and whose glyph names are decoded only when
 * something asks for them. pdfkit reads `italicAngle` and `isFixedPitch` from it for every font it embeds,
 * and fontkit decodes the whole table for that: the names of ~3,000 glyphs in Noto Sans, some 5 ms a
 * font in every build. Nothing kaartwerk draws with reads a glyph's name; should anything ask for a field
 * past the header (`glyphNameIndex`, `names`…), fontkit decodes the whole table then, as it would have.
 * A table too short for its header is left to fontkit; one damaged past it has no names.
 */
export function readPostLazily(font: Font): void {
  const own = font as unknown as FontTables;
  const bytes = tableBytes(font, 'post');
  if (!own._tables || 'post' in own._tables || !bytes || bytes.length < HEADER_BYTES) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // as restructure reads them: fixed32 is a signed 16.16 number, big-endian like every OpenType field
  const header: Record<string, number> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string, unknown> | undefined;
  const decoded = () => (whole ??= decodeWhole(own, tableDirectory(font).post));
  own._tables.post = new Proxy(header, {
    get: (target, key) => (typeof key === 'string' && key in target ? target[key] : Reflect.get(decoded(), key)),
    has: (target, key) => key in target || key in decoded(),
  });
}

/** The whole table as fontkit decodes it; empty where it cannot (fontkit then has no table at all). */
function decodeWhole(font: FontTables, entry: unknown): Record<string, unknown> {
  try {
    return font._decodeTable(entry) ?? {};
  } catch {
    return {};
  }
}
