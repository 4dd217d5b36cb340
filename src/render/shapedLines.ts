import type { Font } from 'fontkit';
import { codeFingerprint } from '../cache/codeFingerprint.ts';
import type { DiskCache } from '../cache/diskCache.ts';
import { hashValue } from '../cache/hashValue.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';
import { attachableMarks, withoutMarkAttachment } from '../layout/markAttachment.ts';
import { indexRuns, packRuns, type ShapedRun, type StoredRuns, unpackRun } from './shapedRunCodec.ts';

/**
 * pdfkit's cache of shaped words (glyph ids and positions, no size), shared by every document, one per
 * parsed font: by its file's content hash (a replaced file gets a cache of its own) and by the Font
 * object itself. The glyphs of a shaped word belong to the Font that shaped them; drawn with another
 * parse of the same file, words came out with wrong characters (a '.' read back as '"'). pdfkit writes
 * into it itself, so its size is looked at every few documents, and a cache grown past its bound
 * starts again empty.
 *
 * With a disk cache, a font's words are also kept between runs: one entry per font file (by content
 * hash), read and checked when the font is first drawn in this process; a word's run is made from it (of
 * plain ids and metrics, see shapedRunCodec) when pdfkit first asks for the word, so a build makes only
 * the runs it draws. After a document that shaped new words the entry is given to the cache again; it is
 * packed only when the cache writes it (at the end of the command), so a build writes it once, the words
 * read from it copied as they were and only the new ones packed.
 */
interface ShapedWords { runs: Record<string, unknown>; lines: Map<string, unknown>; documents: number; stored?: StoredRuns }
const shapedRuns = new BoundedCache<ShapedWords>('shaped runs', 16);
const MAX_SHAPED_WORDS = 50_000;
/** Words of a font kept on disk (~20 bytes a glyph): the newest, should a font ever shape more. */
const MAX_STORED_WORDS = 20_000;
const parses = new WeakMap<Font, number>();
let parsed = 0;

/** The value given to the disk cache: its JSON is the packed words as they are when the cache writes. */
class StoredWords {
  constructor(private readonly words: ShapedWords, private readonly scale: number) {}

  toJSON() {
    return packRuns(this.words.runs as Record<string, ShapedRun>, this.scale, MAX_STORED_WORDS, this.words.stored);
  }
}

/** The disk key of a font's words: fonts not read from a file (no content hash) are not kept. */
function diskKey(font: Font, cache: DiskCache | undefined): string | undefined {
  const key = fontKey(font);
  if (!cache?.dir || key.startsWith('font#')) return undefined;
  return hashValue('shaped words', codeFingerprint(), key);
}

/** pdfkit's font of one document (EmbeddedFont): its cache of shaped words, the method that shapes one, and the one that sets a line from words. */
interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
  scale: number;
  layoutRun(text: string, features?: unknown): unknown;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

/**
 * Gives a document's font the shared words of `font`; returns what to call once the document is drawn,
 * which hands the words to the disk cache if this document shaped new ones. pdfkit calls `layoutRun` only
 * for a word its cache does not hold: wrapped for this document, it tells that the words grew.
 */
export function useShapedRuns(embedded: EmbeddedFont, font: Font, cache?: DiskCache): () => void {
  if (!embedded.layoutCache) return () => undefined;
  const words = shapedRunsOf(font, embedded.scale, cache);
  const { runs, lines, stored } = words;
  embedded.layoutCache = runs;
  let shapedNew = false;
  const layoutRun = embedded.layoutRun;
  embedded.layoutRun = function (this: EmbeddedFont, text, features) {
    // a word an earlier run shaped is made from its stored numbers when first drawn (not all at once)
    const known = !features && stored ? unpackRun(stored, text) : undefined;
    if (known) return known;
    shapedNew = true;
    if (features) return layoutRun.call(this, text, features);
    // a word none of whose glyphs the font's mark attachment can move is shaped without it: the same
    // run, and fontkit need not decode those lookups (see layout/markAttachment.ts)
    const marks = attachableMarks(font);
    if (marks) {
      const run = layoutRun.call(this, text, withoutMarkAttachment()) as { glyphs: { id: number }[] };
      if (!run.glyphs.some((glyph) => marks.has(glyph.id))) return run;
    }
    return layoutRun.call(this, text);
  };
  // a line's glyphs put together from its words once per process, not in every file it is in (a card's
  // lines are on its page of the cards file and on a sheet): pdfkit joins the words' arrays anew for
  // each text, and again to measure it; the result is only read
  const layout = embedded.layout;
  embedded.layout = function (this: EmbeddedFont, text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth);
    let line = lines.get(text);
    if (line === undefined) lines.set(text, (line = layout.call(this, text)));
    return line;
  };
  return () => {
    const key = shapedNew ? diskKey(font, cache) : undefined;
    if (key) cache?.set(key, new StoredWords(words, embedded.scale));
  };
}

/** The shared cache of shaped words of `font` (whose runs pdfkit scales by `scale`), filled from disk at first use, with the lines set from them. */
function shapedRunsOf(font: Font, scale: number, cache?: DiskCache): ShapedWords {
  let parse = parses.get(font);
  if (parse === undefined) parses.set(font, (parse = ++parsed));
  const key = `${fontKey(font)}#${parse}`;
  let entry = shapedRuns.getOrMake(key, () => {
    const stored = diskKey(font, cache);
    // in the same process the cache gives back the StoredWords it was given, whose runs may hold another
    // parse's glyphs: those are packed and read back like any stored entry
    const value: unknown = stored && cache?.get(stored);
    const indexed = value ? indexRuns(value instanceof StoredWords ? value.toJSON() : value, scale, font.numGlyphs) : undefined;
    return { runs: Object.create(null), lines: new Map(), documents: 0, stored: indexed };
  });
  if (++entry.documents % 16 === 0 && (Object.keys(entry.runs).length > MAX_SHAPED_WORDS || entry.lines.size > MAX_SHAPED_WORDS)) {
    entry = { runs: Object.create(null) as Record<string, unknown>, lines: new Map(), documents: 0 };
    shapedRuns.set(key, entry);
  }
  return entry;
}
