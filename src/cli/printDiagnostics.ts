import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics/formatDiagnostic.ts';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** One line per file as it is written: on a terminal, not in CI or a pipe. */
  progress?: boolean;
}

/** Prints all diagnostics at once, sorted, with a count; returns the number of errors. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): number {
  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) io.stderr(`${formatDiagnostic(d, io.cwd)}\n`);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.filter((d) => d.severity === 'warning').length;
  if (errors + warnings) io.stderr(`${errors} error(s), ${warnings} warning(s)\n`);
  return errors;
}
