import fs from 'node:fs';
import { hashBytes } from './hashBytes.ts';
import type { InputSnapshot } from './InputSet.ts';

/**
 * Whether the world is still as `snapshot` recorded it: each folder lists the same names, each file has
 * the same content hash (read and hashed again: a few MB, no parsing), each missing file is still missing.
 * Anything different, unreadable or malformed is a change. Stops at the first difference.
 */
export function inputsUnchanged(snapshot: InputSnapshot): boolean {
  try {
    for (const [dir, names] of snapshot.listings) {
      const now = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort() : [];
      if (now.length !== names.length || now.some((name, i) => name !== names[i])) return false;
    }
    for (const path of snapshot.missing) if (fs.existsSync(path)) return false;
    for (const [path, hash] of snapshot.files) if (hashBytes(fs.readFileSync(path)) !== hash) return false;
    return true;
  } catch {
    return false;
  }
}
