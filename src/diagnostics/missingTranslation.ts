import { warning, type Diagnostic, type SourceRef } from './Diagnostic.ts';
import { DEFAULT_ADVICE, STRICT_NOTE } from './applyStrict.ts';

/**
 * A string missing (or stale, or untranslated) in a translation: Dutch is printed, with a warning
 * (`--strict` makes it an error, in applyStrict). `hint` says what to do about it.
 */
export function missingTranslation(source: SourceRef | undefined, message: string, hint?: string): Diagnostic {
  return warning(source, message, `${hint ?? DEFAULT_ADVICE}${STRICT_NOTE}`);
}
