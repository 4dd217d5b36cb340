import { error, warning, type Diagnostic, type SourceRef } from './Diagnostic.ts';

/** A text missing in a translation: Dutch is used, with a warning; `--strict` makes it an error. */
export function missingTranslation(strict: boolean, source: SourceRef | undefined, message: string): Diagnostic {
  return strict
    ? error(source, message, 'add the translation, or build without --strict to fall back to Dutch')
    : warning(source, message, 'add the translation; --strict makes this an error');
}
