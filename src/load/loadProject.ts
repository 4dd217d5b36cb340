import fs from 'node:fs';
import path from 'node:path';
import { error, usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { InputSet } from '../input/InputSet.ts';
import { readHyphenationLists } from '../layout/hyphenationExceptions.ts';
import type { DeckFolder, RawProject } from '../model/Project.ts';
import { locate, type YamlFile } from './readYamlFile.ts';
import { parseYamlOnce } from '../cache/parsedYaml.ts';
import { resolveInside } from './resolveInside.ts';

/** Larger YAML files are refused before they are read (readYamlFile has the same limit). */
const MAX_YAML_BYTES = 1024 * 1024;
/** Logos and fonts larger than this are refused before they are read: no logo or font is this large. */
export const MAX_ASSET_BYTES = 30 * 1024 * 1024;

/**
 * Reads every file a build may need: layouts, the edition, the decks' YAML and the fonts, and kaartwerk's
 * hyphenation lists, each through `inputs` (which records its content hash). `settings`: the options that
 * change the output (see outputSettings), recorded with them.
 */
export function loadProject(root: string, editionFile?: string, settings: Record<string, unknown> = {}): { raw: RawProject; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const yaml = new Map<string, YamlFile>();
  const inputs = new InputSet();
  for (const [name, value] of Object.entries(settings)) inputs.setting(name, value);
  if (!fs.existsSync(path.join(root, 'layouts')) && !fs.existsSync(path.join(root, 'cards'))) {
    // not a project at all: one clear message instead of a file-not-found for each file
    diagnostics.push(usageError(`${root} is not a kaartwerk project: it has no layouts/ or cards/ folder`, 'run kaartwerk in the project folder, or name it with --root'));
    return { raw: { root, editionPath: path.resolve(root, editionFile ?? 'editions/default.yaml'), yaml, unreadable: new Set(), fontFiles: new Map(), deckFolders: new Map(), editionDir: root, editionAssets: new Map(), cardLayoutNames: [], posterLayoutNames: [], inputs }, diagnostics };
  }
  readHyphenationLists(inputs);
  const listFiles = (dir: string, ...extensions: string[]): string[] => inputs.readDir(dir)
    .filter((e) => e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x)))
    .map((e) => e.name)
    .sort();
  const listDirs = (dir: string): string[] => inputs.readDir(dir).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const unreadable = new Set<string>();
  const readYaml = (file: string): void => {
    let bytes: Uint8Array;
    try {
      // only a regular file is read: a pipe would block for ever, and a huge file is refused unread
      const stat = fs.statSync(file);
      if (!stat.isFile()) {
        diagnostics.push(error({ file, line: 1, col: 1 }, stat.isDirectory() ? 'this is a folder, not a YAML file' : 'this is not a regular file (a pipe, socket or device)', 'name an ordinary YAML file'));
        unreadable.add(file);
        inputs.missing(file);
        return;
      }
      if (stat.size > MAX_YAML_BYTES) {
        diagnostics.push(error({ file, line: 1, col: 1 }, `file is too large (${stat.size} bytes)`, 'a card file is a few kilobytes; is this the right file?'));
        unreadable.add(file);
        inputs.missing(file);
        return;
      }
      bytes = inputs.read(file).bytes;
    } catch {
      diagnostics.push(error({ file, line: 1, col: 1 }, 'file not found', `is the project folder ${root}?`));
      unreadable.add(file);
      inputs.missing(file);
      return;
    }
    const result = parseYamlOnce(file, bytes);
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

  const deckFolders = new Map<string, DeckFolder>();
  const readDecks = (cards: string, own: boolean): void => {
    for (const deck of listDirs(cards)) {
      const dir = path.join(cards, deck);
      if (own && !resolveInside(editionDir, path.relative(editionDir, dir), 'folder').ok) {
        diagnostics.push(error({ file: editionPath, line: 1, col: 1 }, `the deck folder cards/${deck} links outside the edition folder`, 'copy the deck into the edition folder'));
        continue;
      }
      if (own && deckFolders.has(deck)) {
        diagnostics.push(error({ file: path.join(dir, 'deck.yaml'), line: 1, col: 1 }, `the edition's own deck '${deck}' has the id of a standard deck`, 'give it another folder name'));
        continue;
      }
      const files = listFiles(dir, '.yaml');
      const languages = files.filter((f) => /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?\.yaml$/.test(f)).map((f) => f.slice(0, -'.yaml'.length)).sort();
      deckFolders.set(deck, { dir, languages, own });
      for (const f of files) readYaml(path.join(dir, f));
    }
  };
  readDecks(path.join(root, 'cards'), false);
  // an organisation edition is a folder with edition.yaml; its own decks are in its cards/ folder
  const editionDir = path.dirname(editionPath);
  if (path.basename(editionPath) === 'edition.yaml') readDecks(path.join(editionDir, 'cards'), true);
  const editionAssets = readEditionAssets(yaml.get(editionPath), editionDir, diagnostics, inputs);

  for (const f of listFiles(path.join(root, 'glossary'), '.yaml')) readYaml(path.join(root, 'glossary', f));

  const fontFiles = new Map<string, Uint8Array>();
  for (const name of listFiles(path.join(root, 'fonts'), '.ttf', '.otf')) {
    fontFiles.set(name, inputs.read(path.join(root, 'fonts', name)).bytes);
  }
  return { raw: { root, editionPath, yaml, unreadable, fontFiles, deckFolders, editionDir, editionAssets, cardLayoutNames, posterLayoutNames, inputs }, diagnostics };
}

/** The logo and font files an edition names, each checked to lie inside the edition folder. */
function readEditionAssets(edition: YamlFile | undefined, folder: string, diagnostics: Diagnostic[], inputs: InputSet): Map<string, { path: string; bytes: Uint8Array }> {
  const assets = new Map<string, { path: string; bytes: Uint8Array }>();
  const data = edition?.data as { logo?: unknown; logoOnDark?: unknown; fonts?: Record<string, unknown> } | undefined;
  if (!edition || !data) return assets;
  const named: [string, (string | number)[], unknown][] = [['logo', ['logo'], data.logo], ['logoOnDark', ['logoOnDark'], data.logoOnDark]];
  const fonts = data.fonts !== null && typeof data.fonts === 'object' ? data.fonts : {};
  for (const [role, value] of Object.entries(fonts)) named.push([`fonts.${role}`, ['fonts', role], value]);
  for (const [key, yamlPath, value] of named) {
    if (typeof value !== 'string') continue; // the schema reports it
    const inside = resolveInside(folder, value);
    // a file not read (not found, a link outside, too large) is recorded as missing: its change is seen
    if (!inside.ok || inside.bytes > MAX_ASSET_BYTES) inputs.missing(path.join(folder, value));
    if (!inside.ok) {
      diagnostics.push(error(locate(edition, yamlPath), inside.message, inside.hint));
      continue;
    }
    if (inside.bytes > MAX_ASSET_BYTES) {
      diagnostics.push(error(locate(edition, yamlPath), `'${value}' is ${Math.round(inside.bytes / 1024 / 1024)} MB, more than the ${MAX_ASSET_BYTES / 1024 / 1024} MB a ${key.startsWith('fonts') ? 'font' : 'logo'} may have`, 'is this the right file? Export it again, smaller'));
      continue;
    }
    assets.set(key, { path: inside.path, bytes: inputs.read(inside.path).bytes });
  }
  return assets;
}
