import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutputFile } from '../../../src/model/Output.ts';
import { writeBuild } from '../../../src/output/writeBuild.ts';
import { tempDir } from '../../helpers/project.ts';

const file = (name: string, text: string): OutputFile => ({
  path: `nl/${name}.cards.pdf`, bytes: new TextEncoder().encode(text), kind: 'cards', deck: name, lang: 'nl', pages: 1, contentHash: text,
});

function writeTwo(editionDir: string, flushToDisk?: boolean) {
  return writeBuild({
    editionId: 'e', editionDir, files: [file('a', 'one'), file('b', 'two')], produced: ['nl/a.cards.pdf', 'nl/b.cards.pdf'], diagnostics: [], fitReport: [],
  }, { root: editionDir, flushToDisk });
}

describe('the write step flushes to disk unless watch says not to', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a build flushes each of its files, the fit report and the manifest before the rename', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    writeTwo(tempDir());
    // two PDFs, fit-report.txt, manifest.json
    expect(fsync).toHaveBeenCalledTimes(4);
  });

  it('flushToDisk: false writes the same files, atomically, without a flush', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const rename = vi.spyOn(fs, 'renameSync');
    const dir = tempDir();
    writeTwo(dir, false);
    expect(fsync).not.toHaveBeenCalled();
    expect(rename.mock.calls.map(([, to]) => path.relative(dir, String(to))).sort()).toEqual(['fit-report.txt', 'manifest.json', 'nl/a.cards.pdf', 'nl/b.cards.pdf']);
    expect(fs.readFileSync(path.join(dir, 'nl/b.cards.pdf'), 'utf8')).toBe('two');
    expect(fs.readdirSync(path.join(dir, 'nl'))).toEqual(['a.cards.pdf', 'b.cards.pdf']);
  });
});
