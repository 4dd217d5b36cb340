import { fontkit } from '../input/fontkit.ts';
import { tableDirectory } from '../input/fontTables.ts';
import { cachedFontDamage } from '../cache/cachedValidation.ts';
import type { Font } from 'fontkit';
import { error, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { registerFont } from '../input/fontKey.ts';
import { hashBytes } from '../input/hashBytes.ts';
import { readPostLazily } from '../input/lazyPostTable.ts';
import type { FontFace, FontRole } from '../model/Project.ts';

/** The tables layout and PDF embedding read: a font without one of them crashes a build. */
const REQUIRED_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'cmap', 'post', 'OS/2', 'name'] as const;
/** Letters every text needs; laid out and embedded once at check, as the build will. */
const SAMPLE = 'Aa Éé 0123456789 .,;:!?-–—\'"()';

/**
 * A font file parsed with fontkit, or a diagnostic at the YAML place that names it. Checked the way the
 * build will use it: its tables read, a sample laid out and subset for embedding; with `everyGlyph`
 * (a font an edition brings), every glyph's outline read too, so that a damaged file fails `check`
 * instead of crashing `build`.
 */
export function parseFont(role: FontRole, fileName: string, bytes: Uint8Array | undefined, at: SourceRef, known: readonly string[], diagnostics: Diagnostic[], everyGlyph = false): FontFace | undefined {
  if (/\.woff2?$/i.test(fileName)) {
    diagnostics.push(error(at, `font '${fileName}' is a web font`, 'WOFF and WOFF2 embed broken in PDFs: use the TTF or OTF file'));
    return undefined;
  }
  if (!bytes) {
    diagnostics.push(error(at, `font file '${fileName}' not found`, `fonts there: ${known.join(', ') || 'none'}`));
    return undefined;
  }
  // the same file, checked the same way, is parsed once per process (watch, tests: many checks)
  const hash = hashBytes(bytes);
  const key = `${hash}:${everyGlyph}`;
  let parsed = parsedFonts.get(key);
  if (!parsed) {
    try {
      const created = fontkit.create(Buffer.from(bytes));
      if (!('layout' in created)) throw new Error('a font collection');
      readPostLazily(created);
      const damaged = cachedFontDamage(bytes, everyGlyph, () => damage(created, () => fontkit.create(Buffer.from(bytes)) as Font, everyGlyph));
      parsed = damaged ? { problem: damaged } : { font: created };
      // layout's caches know the font by the hash of its file (see input/fontKey.ts)
      if (!damaged) registerFont(created, hash);
    } catch (e) {
      parsed = { problem: firstLine(e) };
    }
    parsedFonts.set(key, parsed);
  }
  if (!parsed.font) {
    diagnostics.push(error(at, `font file '${fileName}' cannot be read: ${parsed.problem}`, 'the file is damaged or not a font: use the original TTF or OTF file'));
    return undefined;
  }
  return { role, fileName, bytes, font: parsed.font, source: at };
}

/** Parsed fonts by the content hash of their file: a file changed on disk is parsed again. */
const parsedFonts = new BoundedCache<{ font?: Font; problem?: string }>('parsed fonts', 32);

/**
 * What is wrong with a font, in a few words; undefined when it reads as the build will read it. Tables
 * and the sample's layout are read on the font the build uses: layout decodes the font's GSUB and GPOS
 * lookups, 25-50 ms a font, which the build's first words then need not do again. Subsetting and reading
 * every outline are done on a copy (`copyOf`): they leave state behind in a font object (composite
 * glyphs, every glyph held), and the font shared by every PDF must stay as parsed.
 */
function damage(font: Font, copyOf: () => Font, everyGlyph: boolean): string | undefined {
  const tables = font as unknown as Record<string, unknown>;
  for (const table of REQUIRED_TABLES) {
    let value: unknown;
    try {
      value = tables[table];
    } catch {
      value = undefined;
    }
    if (!value) return `its '${table}' table is missing or damaged`;
  }
  const directory = tableDirectory(font);
  if (!directory.glyf && !directory['CFF '] && !directory.CFF2) return 'it has no glyph outlines (glyf or CFF table)';
  if (!(font.numGlyphs > 0) || !(font.unitsPerEm > 0)) return 'it has no glyphs';
  const glyfLength = directory.glyf?.length;
  const offsets = (tables.loca as { offsets?: number[] } | undefined)?.offsets;
  if (glyfLength !== undefined && offsets) {
    for (let i = 1; i < offsets.length; i++) {
      if (offsets[i]! < offsets[i - 1]! || offsets[i]! > glyfLength) return `its glyph index (loca) points outside its outlines at glyph ${i - 1}`;
    }
  }
  // what a build does with every text: shape it, measure it, embed a subset of its glyphs
  const run = font.layout(SAMPLE);
  const copy = copyOf();
  const subset = copy.createSubset();
  for (const glyph of run.glyphs) {
    if (!Number.isFinite(glyph.advanceWidth)) return `glyph ${glyph.id} has no width`;
    subset.includeGlyph(copy.getGlyph(glyph.id));
  }
  subset.encode();
  if (everyGlyph) {
    for (let id = 0; id < copy.numGlyphs; id++) {
      const glyph = copy.getGlyph(id) as unknown as { advanceWidth: number; path: unknown };
      void glyph.advanceWidth;
      void glyph.path;
    }
  }
  return undefined;
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return (message.split('\n')[0] ?? message).slice(0, 120);
}
