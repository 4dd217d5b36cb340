import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { stringify } from 'yaml';
import { parseYamlOnce } from '../cache/parsedYaml.ts';
import { readProcessInputIfAny } from '../input/processInputs.ts';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';

/**
 * Which Dutch text each string of a language file was translated from: a short hash per string, kept by
 * kaartwerk in a sidecar beside the file (`cards/swan/tr.yaml` → `cards/swan/tr.sources.yaml`), written by
 * `kaartwerk translations mark` and `translations import`, never by hand. A string whose Dutch changed since
 * is stale; `same` lists the strings meant to read as the Dutch does (names: SWAN, DichtErBij©).
 */
export interface SourceHashes {
  sources: Record<string, string>;
  same: string[];
}

export const hashOf = (text: string): string => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);

export function sidecarPath(languageFile: string): string {
  return languageFile.replace(/\.yaml$/, '.sources.yaml');
}

export function readSourceHashes(languageFile: string): SourceHashes {
  const file = sidecarPath(languageFile);
  // through the input layer: the translation status a check prints depends on the sidecar
  try {
    const input = readProcessInputIfAny(file);
    if (!input) return { sources: {}, same: [] };
    // parsed once, and kept between runs, like every YAML file of the project
    const data = parseYamlOnce(file, input.bytes).file?.data as Partial<SourceHashes> | null | undefined;
    const sources = Object.create(null) as Record<string, string>;
    for (const [key, hash] of Object.entries(data?.sources ?? {})) if (typeof hash === 'string') sources[key] = hash;
    return { sources, same: Array.isArray(data?.same) ? data.same.filter((k): k is string => typeof k === 'string') : [] };
  } catch {
    // a damaged sidecar is as good as none: every string counts as not yet reviewed
    return { sources: {}, same: [] };
  }
}

/** Writes the sidecar (sorted, so that it diffs well); true when it changed. */
export function writeSourceHashes(languageFile: string, hashes: SourceHashes): boolean {
  const file = sidecarPath(languageFile);
  const sources = Object.fromEntries(Object.entries(hashes.sources).sort(([a], [b]) => a.localeCompare(b)));
  const same = [...new Set(hashes.same)].filter((k) => k in sources).sort();
  const lang = languageFile.replace(/^.*[\\/]/, '');
  const text = [
    `# kaartwerk: the Dutch text each string of ${lang} was translated from (a short hash per string).`,
    '# Written by `kaartwerk translations mark` and `kaartwerk translations import`; not to be edited by hand.',
    stringify(same.length ? { sources, same } : { sources }, { lineWidth: 0 }),
  ].join('\n');
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  writeFileAtomic(file, text);
  return true;
}
