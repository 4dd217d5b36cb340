import { closest } from './closest.ts';

/** A hint for an unknown name: the likely typo, or the names there are. */
export function suggest(word: string, known: readonly string[], what: string): string {
  const near = closest(word, known);
  return near ? `did you mean '${near}'?` : `${what}: ${known.join(', ') || 'none'}`;
}
