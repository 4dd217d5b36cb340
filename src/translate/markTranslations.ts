import path from 'node:path';
import type { Project } from '../model/Project.ts';
import { collectStrings, type PrintedString } from './collectStrings.ts';
import { hashOf, readSourceHashes, writeSourceHashes } from './sourceHashes.ts';

export interface MarkResult {
  /** Sidecar files written, relative to the project. */
  files: string[];
  recorded: number;
  /** Strings recorded as meant to read as the Dutch. */
  same: string[];
}

/**
 * `kaartwerk translations mark --lang tr`: the translator has reviewed the translation, so every string
 * of it that has a text is recorded as translated from the present Dutch (and one that reads as the Dutch
 * as meant to). `keys` narrows it to some strings (`cards.regel-01.title`).
 */
export function markTranslations(project: Project, lang: string, keys?: readonly string[]): MarkResult {
  // kaartwerk's own words are written only where the project holds its registry (in kaartwerk's own folder)
  const inside = (file: string) => !path.relative(project.root, file).startsWith('..');
  const strings = collectStrings(project, lang).filter((s) => s.tracked && s.target !== undefined && inside(s.targetPath) && (!keys || keys.includes(s.key)));
  const byFile = new Map<string, PrintedString[]>();
  for (const s of strings) byFile.set(s.targetPath, [...(byFile.get(s.targetPath) ?? []), s]);
  const result: MarkResult = { files: [], recorded: 0, same: [] };
  for (const [file, inFile] of byFile) {
    const hashes = readSourceHashes(file);
    for (const s of inFile) {
      hashes.sources[s.key] = hashOf(s.source);
      hashes.same = hashes.same.filter((k) => k !== s.key);
      if (s.target === s.source) {
        hashes.same.push(s.key);
        result.same.push(`${s.scope} ${s.key}`);
      }
      result.recorded++;
    }
    if (writeSourceHashes(file, hashes)) result.files.push(path.relative(project.root, file));
  }
  return result;
}
