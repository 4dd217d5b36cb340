import type { ImposedFile } from '../impose/imposePlan.ts';
import type { FontSet } from '../model/Project.ts';
import { contentHash } from './contentHash.ts';
import { rendererId } from './rendererId.ts';

export type HashedFile = ImposedFile & { contentHash: string };

/** `hash`: what each file is made from, so that a file whose inputs did not change need not be drawn again. */
export function hashFiles(files: readonly ImposedFile[], fonts: FontSet): HashedFile[] {
  const renderer = rendererId();
  return files.map((file) => ({ ...file, contentHash: contentHash(file.document, fonts, renderer) }));
}
