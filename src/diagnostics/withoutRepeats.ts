import type { Diagnostic } from './Diagnostic.ts';

/** The same message at the same place once (a category label too long shows on every card of it). */
export function withoutRepeats(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.source?.file}:${d.source?.line}:${d.source?.col}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
