import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Where a node of a YAML file is: its first character and the end of its value (offsets into the text). */
export type Range = [start: number, end: number];

/**
 * A YAML file's nodes with their places, as plain data: what messages need to point at a key, a value or a
 * character inside a text. Unlike the parser's Document it can be kept on disk, so that a file that did not
 * change need not be parsed again.
 */
export type YamlNode =
  | { kind: 'map'; range?: Range; pairs: YamlPair[] }
  | { kind: 'seq'; range?: Range; items: (YamlNode | null)[] }
  /** `value`: the scalar's value where it is a string, as the parser gave it (not normalised) */
  | { kind: 'scalar'; range?: Range; value?: string }
  | { kind: 'alias'; range?: Range };

/** `key`: a scalar key's value as a string, NFC-normalised as the data's keys are; null for another key. */
export interface YamlPair { key: string | null; keyRange?: Range; value: YamlNode | null }

const rangeOf = (node: unknown): Range | undefined => {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
};

function treeOf(node: unknown): YamlNode | null {
  if (isMap(node)) {
    return {
      kind: 'map',
      range: rangeOf(node),
      pairs: node.items.filter(isPair).map((pair) => ({
        key: isScalar(pair.key) ? String(pair.key.value).normalize('NFC') : null,
        keyRange: rangeOf(pair.key),
        value: treeOf(pair.value),
      })),
    };
  }
  if (isSeq(node)) return { kind: 'seq', range: rangeOf(node), items: node.items.map(treeOf) };
  if (isScalar(node)) return { kind: 'scalar', range: rangeOf(node), ...(typeof node.value === 'string' ? { value: node.value } : {}) };
  if (isAlias(node)) return { kind: 'alias', range: rangeOf(node) };
  return null;
}

/** The tree of a parsed document. */
export function yamlTree(doc: Document.Parsed): YamlNode | null {
  return treeOf(doc.contents);
}

/** The node at `path` (keys and list indices), if there is one. */
export function nodeAtPath(root: YamlNode | null, path: readonly (string | number)[]): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  for (const segment of path) {
    if (node?.kind === 'map') node = node.pairs.find((p) => p.key === String(segment))?.value;
    else if (node?.kind === 'seq' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node ?? undefined;
}

/** Every scalar of the tree, keys included, by where it starts: the end of its value. */
export function scalarEnds(root: YamlNode | null): Map<number, number> {
  const ends = new Map<number, number>();
  const visit = (node: YamlNode | null) => {
    if (!node) return;
    if (node.kind === 'scalar' && node.range) ends.set(node.range[0], node.range[1]);
    else if (node.kind === 'seq') node.items.forEach(visit);
    else if (node.kind === 'map') {
      for (const pair of node.pairs) {
        if (pair.key !== null && pair.keyRange) ends.set(pair.keyRange[0], pair.keyRange[1]);
        visit(pair.value);
      }
    }
  };
  visit(root);
  return ends;
}

/**
 * The 1-based line and column of `offset`, given where each line starts (as the yaml package's
 * LineCounter answers: line 0 before the first line start).
 */
export function linePosition(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}
