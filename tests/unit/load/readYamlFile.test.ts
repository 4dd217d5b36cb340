import { describe, expect, it } from 'vitest';
import { locate, readYamlFile } from '../../../src/load/readYamlFile.ts';

const read = (text: string | Uint8Array) => readYamlFile('/p/x.yaml', typeof text === 'string' ? Buffer.from(text) : text);

describe('readYamlFile', () => {
  it('reads a BOM and CRLF line endings, and composes decomposed accents', () => {
    const { file, diagnostics } = read('\ufeffa: Cafe\u0301\r\nb: 2\r\n');
    expect(diagnostics).toEqual([]);
    expect(file?.data).toEqual({ a: 'Café', b: 2 });
    expect(locate(file!, ['b'])).toEqual({ file: '/p/x.yaml', line: 2, col: 4 });
  });

  it('locates keys, values and list items', () => {
    const { file } = read('cards:\n  - id: een\n  - id: twee\n');
    expect(locate(file!, ['cards', 1, 'id'])).toMatchObject({ line: 3, col: 9 });
    expect(locate(file!, ['cards', 1, 'id'], 'key')).toMatchObject({ line: 3, col: 5 });
    expect(locate(file!, ['cards', 5, 'id'])).toMatchObject({ line: 2, col: 3 });
  });

  it('refuses binary data, an empty file and an alias bomb with one clear message each', () => {
    expect(read(new Uint8Array([0x50, 0x4b, 0x03, 0x00])).diagnostics[0]?.message).toBe('not a text file: it holds binary data');
    expect(read(new Uint8Array([0xff, 0xfe, 0x41])).diagnostics[0]?.message).toBe('not a text file: it holds binary data');
    expect(read('# only a comment\n').diagnostics[0]?.message).toBe('file is empty');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]) bomb.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    expect(read(bomb.join('\n')).diagnostics[0]?.message).toMatch(/^too many aliases/);
  });

  it('reports a duplicate key at the second one', () => {
    const { diagnostics } = read('a: 1\nb: 2\na: 3\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.source).toMatchObject({ line: 3, col: 1 });
  });
});
