import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { InputSet } from '../../../src/input/InputSet.ts';
import { breakLines } from '../../../src/layout/breakLines.ts';
import { hyphenateWord } from '../../../src/layout/hyphenateWord.ts';
import { readHyphenationLists } from '../../../src/layout/hyphenationExceptions.ts';
import { REPO, tempDir } from '../../helpers/project.ts';

// load reads the exceptions lists for every build: an edited list must reach the syllables and the line
// pieces made with the old one in the same process
const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))) as Font;
const folder = tempDir();
const list = path.join(folder, 'nl.txt');
const use = (text: string) => {
  fs.writeFileSync(list, text);
  const inputs = new InputSet();
  readHyphenationLists(inputs, folder);
  return inputs;
};

describe('caches that depend on a hyphenation list', () => {
  afterAll(() => readHyphenationLists()); // back to kaartwerk's own lists

  it('split a word again when its list changed (syllables, by the list hash)', () => {
    expect(use('').hashOf(list)).toBeDefined();
    expect(hyphenateWord('buurtbewoners', 'nl')).toEqual(['buurt', 'be', 'wo', 'ners']);
    use('buurt-bewoners\n');
    expect(hyphenateWord('buurtbewoners', 'nl')).toEqual(['buurt', 'bewoners']);
    use('buurtbe-woners\n');
    expect(hyphenateWord('buurtbewoners', 'nl')).toEqual(['buurtbe', 'woners']);
  });

  it('break a text again when its list changed (line pieces, by the list hash)', () => {
    // narrower than the word: it must break where its list says
    const lines = () => breakLines('buurtbewoners', { font, sizePt: 10, lang: 'nl', widthPt: 50 }).map((l) => l.text);
    use('buurt-bewoners\n');
    expect(lines()).toEqual(['buurt-', 'bewoners']);
    use('buurtbe-woners\n');
    expect(lines()).toEqual(['buurtbe-', 'woners']);
  });
});
