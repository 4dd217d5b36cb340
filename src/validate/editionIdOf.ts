import path from 'node:path';

/**
 * The edition's id names its output folder (output/<id>/): the folder of an edition.yaml, else the file's
 * name without .yaml. Only a plain name is accepted, so that no id (`..` from a file `...yaml`) can lead
 * outside the output folder.
 */
export function editionIdOf(editionPath: string): { ok: true; id: string } | { ok: false; message: string; hint: string } {
  const inFolder = path.basename(editionPath) === 'edition.yaml';
  const id = inFolder ? path.basename(path.dirname(editionPath)) : path.basename(editionPath).replace(/\.ya?ml$/i, '');
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(id) && id.length <= 100) return { ok: true, id };
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return {
    ok: false,
    message: `the edition ${inFolder ? 'folder' : 'file'} name '${shown}' cannot name an output folder`,
    hint: `rename the ${inFolder ? 'folder' : 'file'}: letters, digits, - and _ (like gemeente-voorbeeld${inFolder ? '/edition.yaml' : '.yaml'})`,
  };
}
