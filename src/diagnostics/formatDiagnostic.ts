import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from './Diagnostic.ts';

/** kaartwerk's own folder, which holds its language registry (languages/): two up from src/ or dist/ diagnostics. */
const KAARTWERK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A path as the user reads it: relative to where they are, unless that means climbing out of it. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative || '.';
}

/** `path/to/file.yaml:LINE:COL  message  (hint)`, the path as the user reads it. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const where = d.source ? `${diagnosticPath(cwd, d.source.file)}:${d.source.line}:${d.source.col}  ` : '';
  const label = d.severity === 'error' ? '' : `${d.severity}: `;
  const hint = d.hint ? `  (${d.hint})` : '';
  return `${where}${label}${d.message}${hint}`;
}

/**
 * A diagnostic's file as the user reads it; one of kaartwerk's own (languages/pl.yaml of the registry) from a
 * project elsewhere as kaartwerk names it in its hints, not as an absolute path that differs per machine.
 */
function diagnosticPath(cwd: string, file: string): string {
  const shown = displayPath(cwd, file);
  if (!path.isAbsolute(shown)) return shown;
  const own = path.relative(KAARTWERK_DIR, file);
  return own.startsWith('..') || path.isAbsolute(own) ? shown : own;
}

/** Sorted by file, line and column so that a long list reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.source?.file ?? '';
    const fb = b.source?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.col ?? 0) - (b.source?.col ?? 0);
  });
}
