import type { Diagnostic } from './Diagnostic.ts';

/** The end of a warning's hint that says --strict would stop on it (see missingTranslation). */
export const STRICT_NOTE = '; --strict makes this an error';
/** What a missing translation's hint says when its stage has nothing more precise to say. */
export const DEFAULT_ADVICE = 'add the translation';

/**
 * `--strict`, decided here and nowhere else: every warning becomes an error, with its message unchanged and
 * its hint saying how to get past it. Stages report warnings as warnings whatever the option; this runs once
 * over all their diagnostics. Notes stay notes.
 */
export function applyStrict(diagnostics: Diagnostic[], strict: boolean): Diagnostic[] {
  if (!strict) return diagnostics;
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error', hint: strictHint(d.hint) } : d));
}

function strictHint(hint: string | undefined): string {
  if (hint === undefined) return 'a warning, made an error by --strict';
  if (!hint.endsWith(STRICT_NOTE)) return `${hint}; or build without --strict`;
  const advice = hint.slice(0, -STRICT_NOTE.length);
  return advice === DEFAULT_ADVICE ? `${DEFAULT_ADVICE}, or build without --strict to fall back to Dutch` : `${advice}; or build without --strict`;
}
