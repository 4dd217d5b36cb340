import { instructionsFor, type FileKindWord } from '../layout/tileInstructions.ts';

/**
 * The title of an output file, distinct per file and per edition, as a print shop's job list shows it:
 * "SWAN — kaarten, drukbestand (nl), Gemeente Voorbeeld". What the file is comes from the registry
 * (`languages/<code>.yaml` `words: files:`, English for a language without them), `{paper}` and `{size}`
 * filled in.
 */
export function describeFile(kind: FileKindWord, what: { title: string; lang: string; editionName: string; paper?: string; size?: string }): string {
  const words = instructionsFor(what.lang).files[kind]
    .replaceAll('{paper}', (what.paper ?? 'a4').toUpperCase())
    .replaceAll('{size}', (what.size ?? 'a2').toUpperCase());
  return `${what.title} — ${words} (${what.lang}), ${what.editionName}`;
}
