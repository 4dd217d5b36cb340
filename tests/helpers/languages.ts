import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './project.ts';

/**
 * The languages a test works with, never a list typed in the test: those of the edition (the default
 * edition unless told), so that a language added to it is tested as the others are.
 */
export function editionLanguages(root = REPO, edition = 'editions/default.yaml'): string[] {
  return (parse(fs.readFileSync(path.join(root, edition), 'utf8')) as { languages: string[] }).languages;
}

/** The edition's languages that `deck` has a language file for (`cards/<deck>/<lang>.yaml`). */
export function deckLanguages(deck: string, root = REPO, edition = 'editions/default.yaml'): string[] {
  return editionLanguages(root, edition).filter((lang) => fs.existsSync(path.join(root, 'cards', deck, `${lang}.yaml`)));
}
