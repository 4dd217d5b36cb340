import fs from 'node:fs';
import path from 'node:path';

export type Inside = { ok: true; path: string; /** its size, from the file system, before anything reads it */ bytes: number } | { ok: false; message: string; hint: string };

/**
 * Resolves a path an edition names against its folder, refusing anything that leaves it: an absolute
 * path, a `..` segment, or a link (at any depth) that points outside.
 */
export function resolveInside(folder: string, relative: string, kind: 'file' | 'folder' = 'file'): Inside {
  if (relative.trim() === '') {
    return { ok: false, message: 'no file is named here (the value is empty)', hint: 'name a file inside the edition folder, relative to edition.yaml, or remove the line' };
  }
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
  // a folder, a pipe or a device is no file to read: a pipe would block the build for ever
  const stat = fs.statSync(full);
  if (kind === 'folder') return { ok: true, path: full, bytes: 0 };
  if (stat.isDirectory()) {
    return { ok: false, message: `'${relative}' is a folder, not a file`, hint: 'name the file inside it' };
  }
  if (!stat.isFile()) {
    return { ok: false, message: `'${relative}' is not a regular file (a pipe, socket or device)`, hint: 'name an ordinary file inside the edition folder' };
  }
  return { ok: true, path: full, bytes: stat.size };
}
