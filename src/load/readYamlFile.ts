import { LineCounter, isScalar, parseDocument, visit } from 'yaml';
import { error, warning, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import { linePosition, nodeAtPath, yamlTree, type YamlNode, type YamlPair } from './yamlTree.ts';

/** A YAML file parsed with positions, so that any value can be traced back to its line and column. */
export interface YamlFile {
  path: string;
  text: string;
  /** Its nodes and where each is (plain data: a parsed file can be kept between runs). */
  tree: YamlNode | null;
  /** The offset at which each line starts. */
  lineStarts: number[];
  /** Plain data (strings NFC-normalised); undefined when the file could not be read as YAML. */
  data: unknown;
}

export type YamlPath = readonly (string | number)[];

const MAX_BYTES = 1024 * 1024;
/** Aliases beyond this are a "billion laughs" attack, not a card deck. */
const MAX_ALIASES = 100;

/** Parses `bytes` as YAML; every problem becomes a diagnostic, none is thrown. */
export function readYamlFile(filePath: string, bytes: Uint8Array): { file?: YamlFile; diagnostics: Diagnostic[] } {
  const at = (line = 1, col = 1): SourceRef => ({ file: filePath, line, col });
  if (bytes.length > MAX_BYTES) {
    return { diagnostics: [error(at(), `file is too large (${bytes.length} bytes)`, 'a card file is a few kilobytes; is this the right file?')] };
  }
  const text = yamlText(bytes);
  if (text === undefined) return { diagnostics: [error(at(), 'not a text file: it holds binary data', 'save it as UTF-8 text')] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = [];
  // One mistake often trips several errors at the same place: report the clearest one.
  const explained = new Map<number, Diagnostic>();
  for (const e of doc.errors) {
    const d = explainYamlError(text, lineCounter, e.code, e.message, e.pos, at);
    const earlier = explained.get(e.pos[0]);
    if (!earlier || (d.message.startsWith('bad indentation') && !earlier.message.startsWith('bad indentation'))) explained.set(e.pos[0], d);
  }
  diagnostics.push(...explained.values());
  for (const w of doc.warnings) {
    const pos = lineCounter.linePos(w.pos[0]);
    diagnostics.push(warning(at(pos.line, pos.col), yamlMessage(w.code, w.message)));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  if (doc.contents === null) {
    return { diagnostics: [error(at(), 'file is empty', 'it needs at least the fields of its kind; see the schema named on its first line')] };
  }
  // `__proto__` would set an object's prototype instead of a key: the value would vanish silently
  const reserved: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        const pos = lineCounter.linePos(pair.key.range?.[0] ?? 0);
        reserved.push(error(at(pos.line, pos.col), "the key '__proto__' is reserved and cannot be used", 'rename the key (card ids, categories and other names are letters, digits and -)'));
      }
    },
  });
  if (reserved.length) return { diagnostics: reserved };
  let data: unknown;
  try {
    data = normaliseStrings(doc.toJS({ maxAliasCount: MAX_ALIASES }));
  } catch (e) {
    const message = e instanceof Error && /alias/i.test(e.message)
      ? `too many aliases (more than ${MAX_ALIASES} expansions)`
      : `cannot read the YAML: ${e instanceof Error ? e.message : String(e)}`;
    return { diagnostics: [error(at(), message, 'write the values out instead of repeating anchors')] };
  }
  return { file: { path: filePath, text, tree: yamlTree(doc), lineStarts: lineCounter.lineStarts, data }, diagnostics };
}

/** The text of a YAML file's bytes (UTF-8, without a byte order mark); undefined for binary data. */
export function yamlText(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0) >= 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A syntax error in words a card author understands, at the place to fix: the yaml package reports
 * an unclosed quote at the end of the file and a mis-indented key at the value before it.
 */
function explainYamlError(
  text: string,
  lineCounter: LineCounter,
  code: string,
  message: string,
  pos: [number, number],
  at: (line?: number, col?: number) => SourceRef,
): Diagnostic {
  const start = lineCounter.linePos(pos[0]);
  const end = lineCounter.linePos(pos[1]);
  const lines = text.split(/\r?\n/);
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (code === 'MISSING_CHAR' && quote) {
    // the opening quote: the last line before the end with an odd number of these quotes
    for (let i = Math.min(start.line, lines.length) - 1; i >= 0; i--) {
      const line = lines[i] ?? '';
      if ((line.split(quote).length - 1) % 2 === 1) {
        return error(at(i + 1, line.indexOf(quote) + 1), `a quoted text is not closed: ${quote} has no closing ${quote}`, `end it with ${quote} on the same line, or write the text without quotes`);
      }
    }
  }
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') && end.line > start.line) {
    const line = lines[end.line - 1] ?? '';
    const col = line.length - line.trimStart().length + 1;
    return error(at(end.line, col), 'bad indentation: this line is not aligned with the keys above it', 'keys of one mapping start in the same column; indent with two spaces per level');
  }
  return error(at(start.line, start.col), yamlMessage(code, message), yamlHint(code));
}

/** The first line of the yaml package's message, without its position suffix. */
function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: this key is already used in the same mapping';
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY': return 'remove or rename one of the two';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN': return 'check the indentation: use spaces, two per level, and align keys of one mapping';
    case 'TAB_AS_INDENT': return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': return 'a key and its value start on one line; quote a value that contains ": "';
    default: return 'check the YAML syntax around this place';
  }
}

/**
 * Decomposed accents (e + U+0301) become one code point, so fonts and hyphenation see one letter.
 * Mappings become objects without a prototype: a user's key (`constructor`, `toString`) then never
 * meets a built-in property of every object.
 */
function normaliseStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normaliseStrings);
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normaliseStrings(v);
    return out;
  }
  return value;
}

/** A copy of plain data whose objects have no prototype (see normaliseStrings); other values as they are. */
export function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutPrototypes) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = withoutPrototypes(v);
    return out as T;
  }
  return value;
}

/**
 * The position of the value (or, with `key`, of the key) at `path`; where the path runs out, the deepest
 * node found, so that a missing field points at the mapping that lacks it.
 */
export function locate(file: YamlFile, path: YamlPath, which: 'key' | 'value' = 'value'): SourceRef {
  let node: YamlNode | null | undefined = file.tree;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (node?.kind === 'map') {
      const pair: YamlPair | undefined = node.pairs.find((p) => p.key === String(segment));
      if (!pair) break;
      if (last && which === 'key') {
        offset = pair.keyRange?.[0] ?? offset;
        break;
      }
      node = pair.value;
      offset = node?.range?.[0] ?? pair.keyRange?.[0] ?? offset;
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      const item: YamlNode | null | undefined = node.items[segment];
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return locateOffset(file, offset);
}

export function locateOffset(file: YamlFile, offset: number): SourceRef {
  const pos = linePosition(file.lineStarts, offset);
  return { file: file.path, line: pos.line, col: pos.col };
}

/**
 * The position of character `index` of the string at `path`: found by looking for the text around it
 * inside the scalar's source, so it works for plain, quoted and block scalars alike; else the scalar's start.
 */
export function locateInValue(file: YamlFile, path: YamlPath, index: number): SourceRef {
  const node = nodeAtPath(file.tree, path);
  const value = node?.kind === 'scalar' ? node.value : undefined;
  const range = node?.range;
  if (!range || typeof value !== 'string') return locate(file, path);
  const source = file.text.slice(range[0], range[1]);
  for (const length of [16, 8, 4, 1]) {
    const needle = value.slice(index, index + length);
    if (needle.length < Math.min(length, value.length - index) || needle.includes('\n')) continue;
    const found = source.indexOf(needle);
    if (found >= 0 && source.indexOf(needle, found + 1) < 0) return locateOffset(file, range[0] + found);
  }
  return locateOffset(file, range[0]);
}
