import { error, warning, type Diagnostic, type SourceRef } from './Diagnostic.ts';

/**
 * A string missing (or stale, or untranslated) in a translation: Dutch is printed, with a warning;
 * `--strict` makes it an error. `hint` says what to do about it.
 */
export function missingTranslation(strict: boolean, source: SourceRef | undefined, message: string, hint?: string): Diagnostic {
  if (strict) return error(source, message, hint ? `${hint}; or build without --strict` : 'add the translation, or build without --strict to fall back to Dutch');
  return warning(source, message, `${hint ?? 'add the translation'}; --strict makes this an error`);
}
