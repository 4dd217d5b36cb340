import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { hashText } from '../input/hashBytes.ts';
import { checkGlossary } from '../validate/checkGlossary.ts';
import { cachedResult } from './cachedResult.ts';
import { hashBytes } from './hashValue.ts';

/**
 * What is wrong with a font file (see validateFonts' `damage`), by the file's content: reading every
 * table, laying out and subsetting a sample costs ~0.1 s per font in a fresh process.
 */
export function cachedFontDamage(bytes: Uint8Array, everyGlyph: boolean, probe: () => string | undefined): string | undefined {
  return cachedResult(['fontDamage', hashBytes(bytes), everyGlyph], () => probe() ?? null) ?? undefined;
}

/**
 * `checkGlossary` by its inputs: the texts and glossaries, and the translation's file text (its messages
 * point at lines in it).
 */
export function cachedCheckGlossary(...args: Parameters<typeof checkGlossary>): Diagnostic[] {
  const [source, target, lang, sourceGlossary, targetGlossary] = args;
  const parts = ['checkGlossary', source, target.value, target.file.path, hashText(target.file.text), lang, sourceGlossary, targetGlossary.value];
  return cachedResult(parts, () => checkGlossary(...args));
}
