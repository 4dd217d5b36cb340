/**
 * What pdfkit reads from a word fontkit shaped (EmbeddedFont.layout, encode and the text mixin): each
 * glyph's id, advance width (font units) and code points, each position scaled to 1000 units per em, and
 * the run's advance. A run read back from disk is made of these plain values only, never of another
 * parse's Glyph objects, and its ids mean something only for the same font bytes.
 */
export interface ShapedGlyph { id: number; advanceWidth: number; codePoints: number[] }
export interface ShapedPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
export interface ShapedRun { glyphs: ShapedGlyph[]; positions: ShapedPosition[]; advanceWidth: number }

/** The words of one font as stored: the texts, and one flat list of numbers for all their glyphs. */
export interface PackedRuns { format: 1; scale: number; words: string[]; numbers: number[] }

// a glyph is `id * 4 + flags` then its advance width; the flags say what follows
const OWN_CODE_POINTS = 1; // a count and the code points, else the next character of the word
const OWN_POSITION = 2; // xAdvance, yAdvance, xOffset, yOffset, else the advance width and no offsets

/**
 * A packed entry as read for words on demand: its words, their numbers, and where each word's numbers
 * start (a word's end is the next word's start). Checked whole when read: a damaged entry is no entry.
 */
export interface StoredRuns { scale: number; words: string[]; numbers: number[]; starts: Map<string, number> }

/**
 * The words of `runs`, packed: those of `stored` first, as they were read (their numbers copied, not
 * packed again), then the words shaped since; the last `maxWords` of them (the newest: pdfkit adds words
 * as it shapes them).
 */
export function packRuns(runs: Readonly<Record<string, ShapedRun>>, scale: number, maxWords: number, stored?: StoredRuns): PackedRuns {
  const kept: string[] = [];
  const numbers: number[] = [];
  const inStored = stored?.scale === scale ? stored : undefined;
  const storedWords = inStored?.words ?? [];
  const shaped = Object.keys(runs).filter((word) => !inStored?.starts.has(word));
  const skip = Math.max(0, storedWords.length + shaped.length - maxWords);
  for (const [i, word] of storedWords.entries()) {
    if (i < skip) continue;
    const start = inStored!.starts.get(word)!;
    const end = i + 1 < storedWords.length ? inStored!.starts.get(storedWords[i + 1]!)! : inStored!.numbers.length;
    for (let at = start; at < end; at++) numbers.push(inStored!.numbers[at]!);
    kept.push(word);
  }
  for (const word of shaped.slice(Math.max(0, skip - storedWords.length))) {
    const run = runs[word]!;
    // a glyph without its characters would read back as nothing: such a word is shaped again next time
    if (run.glyphs.some((glyph) => glyph.codePoints.length === 0)) continue;
    const characters = codePointsOf(word);
    let next = 0;
    numbers.push(run.glyphs.length);
    run.glyphs.forEach((glyph, i) => {
      const p = run.positions[i]!;
      const ownCodePoints = !(glyph.codePoints.length === 1 && glyph.codePoints[0] === characters[next]);
      const ownPosition = !(p.xAdvance === glyph.advanceWidth * scale && p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0);
      numbers.push(glyph.id * 4 + (ownCodePoints ? OWN_CODE_POINTS : 0) + (ownPosition ? OWN_POSITION : 0), glyph.advanceWidth);
      if (ownCodePoints) numbers.push(glyph.codePoints.length, ...glyph.codePoints);
      if (ownPosition) numbers.push(p.xAdvance, p.yAdvance, p.xOffset, p.yOffset);
      next += glyph.codePoints.length;
    });
    kept.push(word);
  }
  return { format: 1, scale, words: kept, numbers };
}

/**
 * A packed entry made ready for `unpackRun`, or undefined for anything that is not a whole, sound entry
 * of a font with this scale and number of glyphs: every word's numbers are walked and checked, no run made.
 */
export function indexRuns(packed: unknown, scale: number, numGlyphs: number): StoredRuns | undefined {
  if (!isPacked(packed) || packed.scale !== scale) return undefined;
  const { words, numbers } = packed;
  const starts = new Map<string, number>();
  const reader = readerOf(numbers, 0);
  try {
    for (const word of words) {
      if (typeof word !== 'string' || starts.has(word)) return undefined;
      starts.set(word, reader.at);
      const characters = codePointCount(word);
      let next = 0;
      for (let n = reader.count(); n > 0; n--) {
        const head = reader.count();
        if (head >> 2 >= numGlyphs) return undefined;
        reader.take();
        if (head & OWN_CODE_POINTS) {
          const own = reader.count();
          for (let k = 0; k < own; k++) reader.take();
          next += own;
        } else {
          if (next >= characters) return undefined;
          next += 1;
        }
        if (head & OWN_POSITION) for (let k = 0; k < 4; k++) reader.take();
      }
    }
  } catch {
    return undefined;
  }
  return reader.at === numbers.length ? { scale, words, numbers, starts } : undefined;
}

/** The run of one word of an indexed entry, made exactly as pdfkit makes it (positions scaled by the same product, the advance summed in the same order); undefined for a word it does not hold. */
export function unpackRun(stored: StoredRuns, word: string): ShapedRun | undefined {
  const start = stored.starts.get(word);
  if (start === undefined) return undefined;
  // checked by indexRuns: read as they are, the word's characters taken one by one (`at`: index in `word`)
  const numbers = stored.numbers;
  let i = start;
  let at = 0;
  const glyphs: ShapedGlyph[] = [];
  const positions: ShapedPosition[] = [];
  for (let n = numbers[i++]!; n > 0; n--) {
    const head = numbers[i++]!;
    const advanceWidth = numbers[i++]!;
    let codePoints: number[];
    if (head & OWN_CODE_POINTS) {
      codePoints = numbers.slice(i + 1, i + 1 + numbers[i]!);
      i += 1 + codePoints.length;
      for (let k = 0; k < codePoints.length; k++) at += word.codePointAt(at)! > 0xffff ? 2 : 1;
    } else {
      const character = word.codePointAt(at)!;
      codePoints = [character];
      at += character > 0xffff ? 2 : 1;
    }
    const width = advanceWidth * stored.scale;
    const own = (head & OWN_POSITION) !== 0;
    positions.push(own
      ? { xAdvance: numbers[i]!, yAdvance: numbers[i + 1]!, xOffset: numbers[i + 2]!, yOffset: numbers[i + 3]!, advanceWidth: width }
      : { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
    if (own) i += 4;
    glyphs.push({ id: head >> 2, advanceWidth, codePoints });
  }
  let advance = 0;
  for (const p of positions) advance += p.xAdvance;
  return { glyphs, positions, advanceWidth: advance };
}

/** Every run of a packed entry (see `indexRuns`), or undefined for an entry that is not whole and sound. */
export function unpackRuns(packed: unknown, scale: number, numGlyphs: number): Record<string, ShapedRun> | undefined {
  const stored = indexRuns(packed, scale, numGlyphs);
  if (!stored) return undefined;
  const runs: Record<string, ShapedRun> = Object.create(null);
  for (const word of stored.words) runs[word] = unpackRun(stored, word)!;
  return runs;
}

/** Reads numbers from `at` on: each a finite number; a count also a whole number from 0 to 10,000. */
function readerOf(numbers: unknown[], from: number) {
  const reader = {
    at: from,
    take: (): number => {
      const n = numbers[reader.at++];
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError('not a number');
      return n;
    },
    count: (): number => {
      const n = reader.take();
      if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new RangeError('not a count');
      return n;
    },
  };
  return reader;
}

function isPacked(value: unknown): value is PackedRuns {
  const v = value as PackedRuns | null;
  return typeof v === 'object' && v !== null && v.format === 1 && Array.isArray(v.words) && Array.isArray(v.numbers);
}

const codePointsOf = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0)!);

/** The characters of `text` (code points, a surrogate pair counting once), without making them. */
function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
