import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locate, locateInValue, readYamlFile } from '../../../src/load/readYamlFile.ts';
import { REPO } from '../../helpers/project.ts';

type Expected = { path: (string | number)[]; key?: { line: number; col: number }; value: { line: number; col: number } };

/** Every key and value of a file with its place, as the yaml package's own Document and LineCounter give them. */
function placesByTheParser(text: string): Expected[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out: Expected[] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const value = pair.value as Node | null;
        const start = value?.range?.[0] ?? (pair.key as Node).range![0];
        out.push({ path: [...at, key], key: counter.linePos((pair.key as Node).range![0]), value: counter.linePos(start) });
        walk(value, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push({ path: [...at, i], value: counter.linePos((item as Node).range![0]) });
        walk(item, [...at, i]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

const projectYaml = ['cards/swan/nl.yaml', 'cards/swan/fr.yaml', 'cards/gouden-regels/deck.yaml', 'layouts/theme.yaml', 'glossary/de.yaml'];

describe('the places of a YAML file, kept as plain data', () => {
  it.each(projectYaml)('are those the yaml parser gives, for every key and value of %s', (name) => {
    const file = path.join(REPO, name);
    const text = fs.readFileSync(file, 'utf8');
    const { file: read } = readYamlFile(file, new Uint8Array(fs.readFileSync(file)));
    const places = placesByTheParser(text);
    expect(places.length).toBeGreaterThan(20);
    for (const place of places) {
      expect(locate(read!, place.path), place.path.join('.')).toEqual({ file, ...place.value });
      if (place.key) expect(locate(read!, place.path, 'key'), place.path.join('.')).toEqual({ file, ...place.key });
    }
  });

  it('survive a trip through JSON: the same places and characters after it', () => {
    const text = 'cards:\n  a:\n    text: >-\n      Een lange tekst\n      over twee regels\n  b:\n    - "één"\n    - twee\n';
    const { file } = readYamlFile('/p/x.yaml', Buffer.from(text));
    const copy = { ...file!, ...JSON.parse(JSON.stringify({ tree: file!.tree, lineStarts: file!.lineStarts })) };
    for (const [p, i] of [[['cards', 'a', 'text'], 20], [['cards', 'b', 0], 1], [['cards', 'b', 1], 0]] as const) {
      expect(locateInValue(copy, p, i)).toEqual(locateInValue(file!, p, i));
    }
    // 'over' is character 16 of the folded text, on line 5
    expect(locateInValue(copy, ['cards', 'a', 'text'], 16)).toEqual({ file: '/p/x.yaml', line: 5, col: 7 });
    expect(locate(copy, ['cards', 'b', 1])).toEqual({ file: '/p/x.yaml', line: 8, col: 7 });
  });
});
