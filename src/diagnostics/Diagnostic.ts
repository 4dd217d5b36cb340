/** Where a problem sits in a user's file: 1-based line and column. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

/** A note informs (a hex colour converted); it never fails a build, not even with --strict. */
export type Severity = 'error' | 'warning' | 'note';

/** A problem found in the input: data, collected and printed once (never thrown at the user). */
export interface Diagnostic {
  severity: Severity;
  /** Missing for problems that belong to no file (a missing folder, a bad option). */
  source?: SourceRef;
  message: string;
  hint?: string;
  /** A wrong command-line option rather than wrong content: the CLI exits 2 instead of 1. */
  usage?: boolean;
}

export function error(source: SourceRef | undefined, message: string, hint?: string): Diagnostic {
  return { severity: 'error', source, message, hint };
}

export function warning(source: SourceRef | undefined, message: string, hint?: string): Diagnostic {
  return { severity: 'warning', source, message, hint };
}

export function note(source: SourceRef | undefined, message: string, hint?: string): Diagnostic {
  return { severity: 'note', source, message, hint };
}

export function usageError(message: string, hint?: string): Diagnostic {
  return { severity: 'error', message, hint, usage: true };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown only inside the pipeline to stop it; the CLI prints the diagnostics it carries. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}
