import type { Font } from 'fontkit';
import { tableBytes } from '../input/fontTables.ts';

/** GPOS lookup types that attach marks (mark to base, to ligature, to mark); 9 is an extension of one. */
const ATTACH_MARK = new Set([4, 5, 6]);
const EXTENSION = 9;
const MARK_FEATURES = new Set(['mark', 'mkmk']);

/**
 * The glyphs the `mark` and `mkmk` features of a GPOS table (its bytes) can move, when all those features
 * do is attach marks: every lookup they name is of type 4, 5 or 6 (or an extension of one), which moves
 * a glyph of its mark coverage onto a base and never changes an advance (fontkit's `applyAnchor` sets
 * the mark's offsets only, and only for a glyph in that coverage). Undefined for anything else (another
 * lookup type, feature variations, bytes that do not read).
 *
 * Why read the bytes: fontkit decodes a lookup only whole, with all its subtables, when a text is first
 * laid out, and the mark attachment of a font like Noto Sans (every Latin, Greek and Cyrillic base with
 * every accent) is two thirds of that first layout, ~30 ms a font in a fresh process; a width, and a
 * word with no mark to attach, do not need it.
 */
export function markAttachment(gpos: Uint8Array): Set<number> | undefined {
  const view = new DataView(gpos.buffer, gpos.byteOffset, gpos.byteLength);
  // DataView throws a RangeError for a read outside the table: a table cut off answers undefined
  const u16 = (at: number) => view.getUint16(at);
  try {
    if (u16(0) !== 1) return undefined;
    // feature variations may swap a feature's lookups for others
    if (u16(2) >= 1 && view.getUint32(10) !== 0) return undefined;
    const featureList = u16(6);
    const lookupList = u16(8);
    const lookupCount = u16(lookupList);
    const marks = new Set<number>();
    for (let f = 0; f < u16(featureList); f++) {
      const record = featureList + 2 + f * 6;
      const tag = String.fromCharCode(u16(record) >> 8, u16(record) & 0xff, u16(record + 2) >> 8, u16(record + 2) & 0xff);
      if (!MARK_FEATURES.has(tag)) continue;
      const feature = featureList + u16(record + 4);
      for (let i = 0; i < u16(feature + 2); i++) {
        const index = u16(feature + 4 + i * 2);
        if (index >= lookupCount) return undefined;
        if (!addAttachedMarks(lookupList + u16(lookupList + 2 + index * 2), view, marks)) return undefined;
      }
    }
    return marks;
  } catch {
    return undefined;
  }
}

/**
 * Adds the mark coverage of each subtable of the lookup at `lookup` to `marks`; false when the lookup
 * does anything but attach marks. In all three kinds the mark coverage is the subtable's first offset.
 */
function addAttachedMarks(lookup: number, view: DataView, marks: Set<number>): boolean {
  const type = view.getUint16(lookup);
  if (!ATTACH_MARK.has(type) && type !== EXTENSION) return false;
  for (let s = 0; s < view.getUint16(lookup + 4); s++) {
    let subtable = lookup + view.getUint16(lookup + 6 + s * 2);
    if (type === EXTENSION) {
      // an extension subtable: format 1, the type of the lookup it holds, a 32-bit offset to its subtable
      if (view.getUint16(subtable) !== 1 || !ATTACH_MARK.has(view.getUint16(subtable + 2))) return false;
      subtable += view.getUint32(subtable + 4);
    }
    addCoverage(subtable + view.getUint16(subtable + 2), view, marks);
  }
  return true;
}

/** Adds the glyphs of the coverage table at `at`: format 1 lists them, format 2 gives ranges. */
function addCoverage(at: number, view: DataView, glyphs: Set<number>): void {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    for (let i = 0; i < count; i++) glyphs.add(view.getUint16(at + 4 + i * 2));
  } else if (format === 2) {
    for (let i = 0; i < count; i++) {
      const range = at + 4 + i * 6;
      for (let id = view.getUint16(range); id <= view.getUint16(range + 2); id++) glyphs.add(id);
    }
  } else {
    throw new RangeError(`coverage format ${format}`);
  }
}

const attachable = new WeakMap<Font, ReadonlySet<number> | null>();

/**
 * The glyphs `font`'s mark attachment can move, when that is all its `mark` and `mkmk` features do (see
 * markAttachment); undefined otherwise, or for a font without GPOS.
 */
export function attachableMarks(font: Font): ReadonlySet<number> | undefined {
  let marks = attachable.get(font);
  if (marks === undefined) {
    const gpos = tableBytes(font, 'GPOS');
    marks = (gpos && markAttachment(gpos)) || null;
    attachable.set(font, marks);
  }
  return marks ?? undefined;
}

/**
 * fontkit's features with the mark attachment turned off. A new object each time: fontkit writes every
 * feature it applies into the one it is given.
 */
export const withoutMarkAttachment = (): Record<string, boolean> => ({ mark: false, mkmk: false });

/**
 * The features to measure a width with in `font`: its mark attachment turned off when that is all the
 * `mark` and `mkmk` features do (it moves marks, never advances), else fontkit's defaults.
 */
export function widthFeatures(font: Font): Record<string, boolean> | undefined {
  return attachableMarks(font) ? withoutMarkAttachment() : undefined;
}
