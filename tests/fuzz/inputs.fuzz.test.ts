import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { REPO, run, tempDir } from '../helpers/project.ts';

/**
 * The error contract under random damage (issue 14): the real YAML files of a small project (the Gouden
 * Regels deck with its poster, in Dutch and English), mutated one at a time in type, keys, indentation,
 * unicode, size and reserved names. Whatever the damage, `check` exits 0 or 1, every line it prints
 * names its file:line:col, nothing is an internal error, and no run takes 10 s. FUZZ_RUNS sets the number
 * of cases (300 in the suite; `npm run fuzz` runs many more).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? 14 : process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);

const FILES = [
  'cards/gouden-regels/deck.yaml',
  'cards/gouden-regels/nl.yaml',
  'cards/gouden-regels/en.yaml',
  'editions/default.yaml',
  'layouts/formats.yaml',
  'layouts/papers.yaml',
  'layouts/theme.yaml',
  'layouts/posters/gouden-regels.yaml',
];

function project(): { dir: string; originals: Map<string, string> } {
  const dir = tempDir('kaartwerk-fuzz-');
  for (const part of ['layouts', 'fonts']) fs.cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
  fs.cpSync(path.join(REPO, 'cards/gouden-regels'), path.join(dir, 'cards/gouden-regels'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Fuzz\nlanguages: [nl, en]\ndecks: [gouden-regels]\nposters: [gouden-regels]\n');
  return { dir, originals: new Map(FILES.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])) };
}

const reserved = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '..', '../x', '/etc/passwd', '', ' ', '~', 'null', 'true', '0');
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('→', '✓', '😀', 'مرحبا', '中文', '\u0000', '\u00ad', '\u202e', '{{this}}', '{{deck.constructor}}', "{{lookup deck 'x'}}", '{{#each x}}', '{{> p}}', '{{helperMissing}}', '*a', '&a', '!!binary', '%YAML 1.1'),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'x'.repeat(n)),
  reserved,
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer({ min: -200, max: 200 }), oddText), { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), reserved), fc.oneof(oddText, fc.integer()), { maxKeys: 3 }),
);

type Mutation = (text: string) => string;

/** Mutations of the text as text: a line's indentation, a character anywhere, a line doubled or cut. */
const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, shift]) => (text: string) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = shift >= 0 ? ' '.repeat(shift) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-shift}}`), '');
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), oddText).map(([n, s]) => (text: string) => text.slice(0, n % (text.length + 1)) + s + text.slice(n % (text.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([n, len]) => (text: string) => text.slice(0, n % (text.length + 1)) + text.slice((n % (text.length + 1)) + len)),
  fc.nat().map((n) => (text: string) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
  fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
);

/** Mutations of the YAML tree: a value of another type, a key renamed (reserved names too), a key dropped. */
const treeMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom('value', 'key', 'drop'), oddValue, fc.oneof(reserved, fc.string({ maxLength: 10 })))
  .map(([n, kind, value, key]) => (text: string) => {
    const doc = parseDocument(text);
    if (doc.errors.length) return text; // already broken as text: nothing to walk
    const nodes: { parent: Node; index: number }[] = [];
    visit(doc, {
      Map(_, node) { node.items.forEach((_p, index) => nodes.push({ parent: node, index })); },
      Seq(_, node) { node.items.forEach((_p, index) => nodes.push({ parent: node, index })); },
    });
    if (!nodes.length) return text;
    const { parent, index } = nodes[n % nodes.length]!;
    if (isMap(parent)) {
      const pair = parent.items[index]!;
      if (kind === 'drop') parent.items.splice(index, 1);
      else if (kind === 'key' && isScalar(pair.key)) pair.key.value = key;
      else pair.value = doc.createNode(value);
    } else if (isSeq(parent)) {
      if (kind === 'drop') parent.items.splice(index, 1);
      else parent.items[index] = doc.createNode(value);
    }
    return doc.toString();
  });

const LOCATED = /^[^\s:][^:]*:\d+:\d+ {2}\S/;
const SUMMARY = /^\d+ error\(s\), \d+ warning\(s\)$/;

describe('fuzzed inputs keep the error contract', () => {
  it(`${RUNS} mutated projects: exit 0 or 1, every line at its file:line:col, no internal error, each under 10 s`, async () => {
    const { dir, originals } = project();
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(fc.oneof(textMutation, treeMutation), { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const original = originals.get(file)!;
        let text = original;
        for (const mutate of mutations) text = mutate(text);
        fs.writeFileSync(path.join(dir, file), text);
        try {
          const started = performance.now();
          const result = await run(dir, 'check');
          const ms = performance.now() - started;
          slowest = Math.max(slowest, ms);
          const lines = result.stderr.split('\n').filter((l) => l !== '');
          const context = `${file} became:\n${text.slice(0, 2000)}\n--- stderr:\n${result.stderr.slice(0, 2000)}`;
          expect(result.stderr, context).not.toMatch(/internal error/);
          expect([0, 1], context).toContain(result.code);
          for (const line of lines) expect(LOCATED.test(line) || SUMMARY.test(line), `${line.slice(0, 300)}\n${context}`).toBe(true);
          expect(ms, context).toBeLessThan(10_000);
        } finally {
          fs.writeFileSync(path.join(dir, file), original);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(slowest).toBeLessThan(10_000);
  }, Math.max(120_000, RUNS * 10_000));
});
