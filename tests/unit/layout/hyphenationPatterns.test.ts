import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenationPatterns, jsonCopyOf } from '../../../src/layout/hyphenationPatterns.ts';
import { languageRegistry } from '../../../src/typography/languages.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

const require = createRequire(import.meta.url);
const FRENCH = 'hyphen/patterns/fr';
const frenchFile = require.resolve(FRENCH);

/** The pattern sets kaartwerk's languages name, as the registry reads them (hyphenation: in languages/*.yaml). */
const named = [...new Set([...languageRegistry().languages.values()].flatMap((l) => (l.hyphenation ? [l.hyphenation.replace(/^hyphen\/patterns\//, '')] : [])))];
const compiled = path.join(REPO, 'dist/hyphen-patterns');

describe('hyphenation patterns', () => {
  it('are read from a JSON copy named by the content of the package file, and required without one', () => {
    const dir = tempDir('kaartwerk-patterns-');
    expect(hyphenationPatterns(FRENCH, dir)).toBe(require(FRENCH));
    // a copy that says something else: it shows when it is what was read
    fs.writeFileSync(jsonCopyOf(frenchFile, fs.readFileSync(frenchFile), dir), '[["from the copy"]]');
    expect(hyphenationPatterns(FRENCH, dir)).toEqual([['from the copy']]);
    // a copy of another version of the file is not taken for this one
    const other = jsonCopyOf(frenchFile, new TextEncoder().encode('// another version'), dir);
    fs.renameSync(jsonCopyOf(frenchFile, fs.readFileSync(frenchFile), dir), other);
    expect(hyphenationPatterns(FRENCH, dir)).toBe(require(FRENCH));
  });

  it.skipIf(!fs.existsSync(compiled))('of every language have a copy from npm install, equal to the package\'s', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named).toContain('de-1996');
    for (const name of named) {
      const file = require.resolve(`hyphen/patterns/${name}`);
      const copy = jsonCopyOf(file, fs.readFileSync(file), compiled);
      expect(fs.existsSync(copy), name).toBe(true);
      expect(hyphenationPatterns(`hyphen/patterns/${name}`, compiled)).toEqual(require(file));
    }
  });
});
