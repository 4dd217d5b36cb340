import { BoundedCache } from '../input/BoundedCache.ts';
import { hashBytes } from '../input/hashBytes.ts';
import { readYamlFile, withoutPrototypes, yamlText, type YamlFile } from '../load/readYamlFile.ts';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import { currentDiskCache } from './diskCache.ts';
import { hashValue } from './hashValue.ts';

/** A project's YAML files, a few times over (watch keeps the last versions of the files being edited). */
const parsed = new BoundedCache<ReturnType<typeof readYamlFile>>('parsed YAML files', 512);

/**
 * `readYamlFile` once per file path and content in a process: a watch rebuild after a save parses the
 * saved file again, not the project's other files (~60 ms of every save). The parsed file is shared
 * between builds, as the text it came from is: nothing changes a YamlFile after it is read (the
 * translation and studio editors parse their own).
 */
export function parseYamlOnce(filePath: string, bytes: Uint8Array): ReturnType<typeof readYamlFile> {
  const hash = hashBytes(bytes);
  return parsed.getOrMake(`${filePath}\u0000${hash}`, () => parseOrRecall(filePath, bytes, hash));
}

interface StoredYaml { diagnostics: Diagnostic[]; file?: Pick<YamlFile, 'tree' | 'lineStarts' | 'data'> }

/**
 * The same in a fresh process: a file parsed by an earlier run (same path, same bytes, same code) is read
 * from the disk cache as plain data — its values, where each node is, where each line starts — which
 * takes a tenth of parsing it; a one-card edit parses only the edited file.
 */
function parseOrRecall(filePath: string, bytes: Uint8Array, hash: string): ReturnType<typeof readYamlFile> {
  const cache = currentDiskCache();
  const key = hashValue('yamlFile', codeFingerprint(), filePath, hash);
  const stored = cache.get<StoredYaml>(key);
  const text = stored ? yamlText(bytes) : undefined;
  if (stored && Array.isArray(stored.diagnostics) && (!stored.file || (text !== undefined && Array.isArray(stored.file.lineStarts)))) {
    const { file } = stored;
    return { diagnostics: stored.diagnostics, ...(file && text !== undefined ? { file: { path: filePath, text, tree: file.tree, lineStarts: file.lineStarts, data: withoutPrototypes(file.data) } } : {}) };
  }
  const result = readYamlFile(filePath, bytes);
  const { file } = result;
  if (!file || isJson(file.data)) {
    cache.set(key, { diagnostics: result.diagnostics, ...(file ? { file: { tree: file.tree, lineStarts: file.lineStarts, data: file.data } } : {}) } satisfies StoredYaml);
  }
  return result;
}

/** Whether JSON keeps the value as it is (YAML's .inf and .nan would come back as null). */
function isJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === 'object') return Object.values(value as object).every(isJson);
  return false;
}
