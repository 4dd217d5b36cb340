import { warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { FitInfo } from '../model/Frame.ts';

/** More added hyphens than this in one paragraph read as a stutter down the right edge. */
export const MAX_HYPHENS_PER_PARAGRAPH = 2;

/** A warning for every paragraph that had to hyphenate more than twice; `what` names the card or poster. */
export function checkHyphenation(fit: FitInfo | undefined, what: string): Diagnostic[] {
  if (!fit) return [];
  const counts = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for (const p of fit.paragraphs) {
    const nth = (counts.get(p.field) ?? 0) + 1;
    counts.set(p.field, nth);
    if (p.hyphens > MAX_HYPHENS_PER_PARAGRAPH) {
      diagnostics.push(warning(p.source, `${what}, field ${p.field}${nth > 1 || fit.paragraphs.filter((q) => q.field === p.field).length > 1 ? `, paragraph ${nth}` : ''}: ${p.hyphens} hyphens in ${p.lines} lines`,
        'more than two hyphens in one paragraph read poorly: reword it, or give a long word a soft hyphen (U+00AD) where it should break'));
    }
  }
  return diagnostics;
}
