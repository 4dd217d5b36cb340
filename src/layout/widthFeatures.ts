import type { Font } from 'fontkit';

/** GPOS lookup types that attach marks (mark to base, to ligature, to mark) and 9, an extension of one. */
const ATTACH_MARK = new Set([4, 5, 6]);
const EXTENSION = 9;
const MARK_FEATURES = new Set(['mark', 'mkmk']);

/**
 * Whether the `mark` and `mkmk` features of a GPOS table (its bytes) only attach marks: every lookup
 * they name is of type 4, 5 or 6 (or an extension of one), which move a mark onto its base and never
 * change an advance (fontkit's `applyAnchor` sets the mark's offsets only). Anything else (another
 * lookup type, feature variations, bytes that do not read) answers false.
 *
 * Why read the bytes: fontkit decodes a lookup only whole, with all its subtables, when a text is first
 * laid out, and the mark attachment of a font like Noto Sans (every Latin, Greek and Cyrillic base with
 * every accent) is two thirds of that first layout, ~30 ms a font in a fresh process; a width does not
 * need it.
 */
export function marksOnlyAttach(gpos: Uint8Array): boolean {
  const view = new DataView(gpos.buffer, gpos.byteOffset, gpos.byteLength);
  // DataView throws a RangeError for a read outside the table: a table cut off answers false
  const u16 = (at: number) => view.getUint16(at);
  try {
    const major = u16(0);
    const minor = u16(2);
    if (major !== 1) return false;
    // feature variations may swap a feature's lookups for others
    if (minor >= 1 && view.getUint32(10) !== 0) return false;
    const featureList = u16(6);
    const lookupList = u16(8);
    const lookupCount = u16(lookupList);
    const featureCount = u16(featureList);
    for (let f = 0; f < featureCount; f++) {
      const record = featureList + 2 + f * 6;
      const tag = String.fromCharCode(gpos[record]!, gpos[record + 1]!, gpos[record + 2]!, gpos[record + 3]!);
      if (!MARK_FEATURES.has(tag)) continue;
      const feature = featureList + u16(record + 4);
      const count = u16(feature + 2);
      for (let i = 0; i < count; i++) {
        const index = u16(feature + 4 + i * 2);
        if (index >= lookupCount) return false;
        const lookup = lookupList + u16(lookupList + 2 + index * 2);
        if (!attachesMarks(lookup, u16)) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** Whether the lookup at `lookup` (and, for an extension, each of its subtables' lookups) attaches marks. */
function attachesMarks(lookup: number, u16: (at: number) => number): boolean {
  const type = u16(lookup);
  if (ATTACH_MARK.has(type)) return true;
  if (type !== EXTENSION) return false;
  const subtables = u16(lookup + 4);
  for (let s = 0; s < subtables; s++) {
    const subtable = lookup + u16(lookup + 6 + s * 2);
    // an extension subtable: format 1, the type of the lookup it holds, a 32-bit offset to it
    if (u16(subtable) !== 1 || !ATTACH_MARK.has(u16(subtable + 2))) return false;
  }
  return true;
}

const decided = new WeakMap<Font, boolean>();

/**
 * The features to measure a width with in `font`: its mark attachment turned off when that is all the
 * `mark` and `mkmk` features do (the width is the same, see marksOnlyAttach), else fontkit's defaults.
 * A new object each time: fontkit writes every feature it applies into the one it is given.
 */
export function widthFeatures(font: Font): Record<string, boolean> | undefined {
  let leaveOut = decided.get(font);
  if (leaveOut === undefined) decided.set(font, (leaveOut = marksOnlyAttachIn(font)));
  return leaveOut ? { mark: false, mkmk: false } : undefined;
}

function marksOnlyAttachIn(font: Font): boolean {
  const parsed = font as unknown as { directory?: { tables?: Record<string, { offset: number; length: number } | undefined> }; stream?: { buffer?: Uint8Array } };
  const table = parsed.directory?.tables?.GPOS;
  const bytes = parsed.stream?.buffer;
  return Boolean(table && bytes && table.offset + table.length <= bytes.length && marksOnlyAttach(bytes.subarray(table.offset, table.offset + table.length)));
}
