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

/** The last `maxWords` words of `runs` (the newest: pdfkit adds words as it shapes them), packed. */
export function packRuns(runs: Readonly<Record<string, ShapedRun>>, scale: number, maxWords: number): PackedRuns {
  const kept: string[] = [];
  const numbers: number[] = [];
  for (const word of Object.keys(runs).slice(-maxWords)) {
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
 * The runs of a packed entry, made exactly as pdfkit makes them (positions scaled by the same product,
 * the advance summed in the same order), or undefined for anything that is not a whole, sound entry of
 * a font with this scale and number of glyphs.
 */
export function unpackRuns(packed: unknown, scale: number, numGlyphs: number): Record<string, ShapedRun> | undefined {
  if (!isPacked(packed) || packed.scale !== scale) return undefined;
  const { words, numbers } = packed;
  const runs: Record<string, ShapedRun> = Object.create(null);
  let at = 0;
  const take = (): number => {
    const n = numbers[at++];
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError('not a number');
    return n;
  };
  const count = () => {
    const n = take();
    if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new RangeError('not a count');
    return n;
  };
  try {
    for (const word of words) {
      if (typeof word !== 'string') return undefined;
      const characters = codePointsOf(word);
      let next = 0;
      const glyphs: ShapedGlyph[] = [];
      const positions: ShapedPosition[] = [];
      for (let n = count(); n > 0; n--) {
        const head = count();
        const id = head >> 2;
        if (id >= numGlyphs) return undefined;
        const advanceWidth = take();
        const codePoints = head & OWN_CODE_POINTS ? Array.from({ length: count() }, take) : characters[next] === undefined ? undefined : [characters[next]!];
        if (!codePoints) return undefined;
        const width = advanceWidth * scale;
        const [xAdvance, yAdvance, xOffset, yOffset] = head & OWN_POSITION ? [take(), take(), take(), take()] : [width, 0, 0, 0];
        glyphs.push({ id, advanceWidth, codePoints });
        positions.push({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth: width });
        next += codePoints.length;
      }
      let advance = 0;
      for (const p of positions) advance += p.xAdvance;
      runs[word] = { glyphs, positions, advanceWidth: advance };
    }
  } catch {
    return undefined;
  }
  return at === numbers.length ? runs : undefined;
}

function isPacked(value: unknown): value is PackedRuns {
  const v = value as PackedRuns | null;
  return typeof v === 'object' && v !== null && v.format === 1 && Array.isArray(v.words) && Array.isArray(v.numbers);
}

const codePointsOf = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0)!);
