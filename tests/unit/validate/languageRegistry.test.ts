import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/formatDiagnostic.ts';
import { completeLanguages, languageRegistry, readLanguageRegistry } from '../../../src/typography/languages.ts';
import { editionLanguages } from '../../helpers/languages.ts';
import { tempDir } from '../../helpers/project.ts';

describe('the language registry (languages/*.yaml) is validated at load against its schema', () => {
  it('a mistake is an error at its file:line:col, and that language is left out', () => {
    const dir = tempDir('kaartwerk-registry-');
    fs.writeFileSync(path.join(dir, 'nl.yaml'), [
      '# yaml-language-server: $schema=../schemas/language-registry.schema.json',
      'name: Nederlands', 'englishName: Dutch', 'hyphenation: nl', 'quotes: ["„"]', 'letters: ""',
      'words:', '  sheet: Druk af.', '  tiles:', '    heading: Poster in delen', '    stappen: [Knip.]', ''].join('\n'));
    fs.writeFileSync(path.join(dir, 'Bad_Code.yaml'), 'name: X\n');
    const registry = readLanguageRegistry(dir);
    expect(registry.diagnostics.map((d) => formatDiagnostic(d, dir))).toEqual([
      "Bad_Code.yaml:1:1  'Bad_Code' is not a language code kaartwerk takes  (name the file after its BCP 47 code: tr.yaml, pt-BR.yaml, sr-Latn.yaml)",
      'nl.yaml:5:9  quotes: two quotation marks, the opening and the closing one: ["„", "”"]  (opening and closing quotation marks that straight quotes become)',
      "nl.yaml:11:5  unknown key 'stappen' in words.tiles  (known keys here: heading, steps)",
    ]);
    expect([...registry.languages.keys()]).toEqual([]);
  });

  it('patterns the hyphen package does not have are an error at the hyphenation line; those it has are not', () => {
    const dir = tempDir('kaartwerk-registry-');
    const language = (hyphenation: string) => ['name: Svenska', 'englishName: Swedish', `hyphenation: ${hyphenation}`, 'quotes: ["”", "”"]', 'letters: "åäö"', ''].join('\n');
    fs.writeFileSync(path.join(dir, 'sv.yaml'), language('sv'));
    fs.writeFileSync(path.join(dir, 'da.yaml'), language('klingon'));
    fs.writeFileSync(path.join(dir, 'fi.yaml'), language('none'));
    const registry = readLanguageRegistry(dir);
    expect(registry.diagnostics.map((d) => formatDiagnostic(d, dir))).toEqual([
      "da.yaml:3:14  the hyphen package has no patterns 'klingon'  (see node_modules/hyphen/patterns/ for the names, or write none)",
    ]);
    expect([...registry.languages].map(([code, info]) => [code, info.hyphenation])).toEqual([['da', 'hyphen/patterns/klingon'], ['fi', undefined], ['sv', 'hyphen/patterns/sv']]);
  });

  it('the shipped registry files are valid, and the languages with complete data include those of the default edition', () => {
    expect(languageRegistry().diagnostics).toEqual([]);
    const complete = completeLanguages().map((l) => l.code);
    for (const code of [...editionLanguages(), 'tr']) expect(complete).toContain(code);
    // a language whose own words are not all there (Ukrainian has none yet) is not complete
    expect(complete).not.toContain('uk');
  });
});
