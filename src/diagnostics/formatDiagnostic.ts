import path from 'node:path';
import type { Diagnostic } from './Diagnostic.ts';

/** `path/to/file.yaml:LINE:COL  message  (hint)`, the path relative to `cwd`. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const relative = d.source ? path.relative(cwd, d.source.file) : '';
  // relative to where the user is, unless that means climbing out of it
  const file = !relative || relative.startsWith('..') ? d.source?.file : relative;
  const where = d.source ? `${file}:${d.source.line}:${d.source.col}  ` : '';
  const label = d.severity === 'error' ? '' : `${d.severity}: `;
  const hint = d.hint ? `  (${d.hint})` : '';
  return `${where}${label}${d.message}${hint}`;
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
