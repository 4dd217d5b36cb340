import fs from 'node:fs';
import path from 'node:path';

export type Inside = { ok: true; path: string } | { ok: false; message: string; hint: string };

/**
 * Resolves a path an edition names against its folder, refusing anything that leaves it: an absolute
 * path, a `..` segment, or a link (at any depth) that points outside.
 */
export function resolveInside(folder: string, relative: string): Inside {
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative) || relative.startsWith('\\')) {
    return { ok: false, message: `'${relative}' is an absolute path`, hint: 'name a file inside the edition folder, relative to edition.yaml' };
  }
  if (relative.split(/[\\/]/).includes('..')) {
    return { ok: false, message: `'${relative}' leaves the edition folder`, hint: 'keep every file of the edition inside its folder' };
  }
  const full = path.join(folder, relative);
  if (!fs.existsSync(full)) {
    return { ok: false, message: `file '${relative}' not found in the edition folder`, hint: `looked for ${full}` };
  }
  const real = fs.realpathSync(full);
  const realFolder = fs.realpathSync(folder);
  if (real !== realFolder && !real.startsWith(realFolder + path.sep)) {
    return { ok: false, message: `'${relative}' is a link to a place outside the edition folder`, hint: 'copy the file into the edition folder instead of linking to it' };
  }
  return { ok: true, path: full };
}
