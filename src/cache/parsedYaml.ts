import { BoundedCache } from '../input/BoundedCache.ts';
import { hashBytes } from '../input/hashBytes.ts';
import { readYamlFile } from '../load/readYamlFile.ts';

/** A project's YAML files, a few times over (watch keeps the last versions of the files being edited). */
const parsed = new BoundedCache<ReturnType<typeof readYamlFile>>('parsed YAML files', 512);

/**
 * `readYamlFile` once per file path and content in a process: a watch rebuild after a save parses the
 * saved file again, not the project's other files (~60 ms of every save). The parsed file is shared
 * between builds, as the text it came from is: nothing changes a YamlFile after it is read (the
 * translation and studio editors parse their own).
 */
export function parseYamlOnce(filePath: string, bytes: Uint8Array): ReturnType<typeof readYamlFile> {
  return parsed.getOrMake(`${filePath}\u0000${hashBytes(bytes)}`, () => readYamlFile(filePath, bytes));
}
