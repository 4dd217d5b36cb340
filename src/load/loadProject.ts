import fs from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { RawProject } from '../model/Project.ts';
import { readYamlFile, type YamlFile } from './readYamlFile.ts';

/** Reads every file a build may need: layouts, the edition, the decks' YAML and the fonts. */
export function loadProject(root: string, editionFile?: string): { raw: RawProject; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const yaml = new Map<string, YamlFile>();
  const unreadable = new Set<string>();
  const readYaml = (file: string): void => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      diagnostics.push(error({ file, line: 1, col: 1 }, 'file not found', `is the project folder ${root}?`));
      unreadable.add(file);
      return;
    }
    const result = readYamlFile(file, bytes);
    diagnostics.push(...result.diagnostics);
    if (result.file) yaml.set(file, result.file);
    else unreadable.add(file);
  };

  const layouts = path.join(root, 'layouts');
  for (const name of ['theme.yaml', 'formats.yaml', 'papers.yaml']) readYaml(path.join(layouts, name));
  const cardLayoutNames = listFiles(path.join(layouts, 'cards'), '.yaml').map((f) => f.slice(0, -5));
  for (const name of cardLayoutNames) readYaml(path.join(layouts, 'cards', `${name}.yaml`));
  const posterLayoutNames = listFiles(path.join(layouts, 'posters'), '.yaml').map((f) => f.slice(0, -5));
  for (const name of posterLayoutNames) readYaml(path.join(layouts, 'posters', `${name}.yaml`));

  const editionPath = path.resolve(root, editionFile ?? path.join('editions', 'default.yaml'));
  readYaml(editionPath);

  const deckFolders = new Map<string, string[]>();
  const cards = path.join(root, 'cards');
  for (const deck of listDirs(cards)) {
    const files = listFiles(path.join(cards, deck), '.yaml');
    const languages = files.filter((f) => /^[a-z]{2}\.yaml$/.test(f)).map((f) => f.slice(0, 2)).sort();
    deckFolders.set(deck, languages);
    for (const f of files) readYaml(path.join(cards, deck, f));
  }

  for (const f of listFiles(path.join(root, 'glossary'), '.yaml')) readYaml(path.join(root, 'glossary', f));

  const fontFiles = new Map<string, Uint8Array>();
  for (const name of listFiles(path.join(root, 'fonts'), '.ttf', '.otf')) {
    fontFiles.set(name, fs.readFileSync(path.join(root, 'fonts', name)));
  }
  return { raw: { root, editionPath, yaml, unreadable, fontFiles, deckFolders, cardLayoutNames, posterLayoutNames }, diagnostics };
}

function listFiles(dir: string, ...extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x)))
    .map((e) => e.name)
    .sort();
}

function listDirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
