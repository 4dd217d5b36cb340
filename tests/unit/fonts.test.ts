import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { hasHyphenation, hyphenateWord } from '../../src/layout/hyphenateWord.ts';
import { COMMON_CHARACTERS, LANGUAGES } from '../../src/typography/languages.ts';
import { REPO } from '../helpers/project.ts';

const fontFiles = fs.readdirSync(path.join(REPO, 'fonts')).filter((f) => /\.(ttf|otf)$/i.test(f));
const BASIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,;:!?()[]-+=/&@#*\'"';

describe('shipped fonts cover every language a file may be added for', () => {
  it('ships TTF or OTF fonts with their licence, no web fonts', () => {
    expect(fontFiles.length).toBeGreaterThanOrEqual(3);
    expect(fs.readdirSync(path.join(REPO, 'fonts')).some((f) => /\.woff2?$/i.test(f))).toBe(false);
    expect(fs.readFileSync(path.join(REPO, 'fonts/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });

  for (const file of fontFiles) {
    const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts', file))) as Font;
    for (const [lang, { letters, quotes }] of Object.entries(LANGUAGES)) {
      it(`${file} has every character ${lang} needs, soft hyphen and narrow no-break space included`, () => {
        const needed = [...new Set([...BASIC, ...letters, ...quotes.join(''), ...COMMON_CHARACTERS])];
        const missing = needed.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
        expect(missing).toEqual([]);
        expect(needed).toContain('\u00ad');
        expect(needed).toContain('\u202f');
      });
    }
  }
});

describe('hyphenation patterns', () => {
  it('exist for every language', () => {
    for (const lang of Object.keys(LANGUAGES)) expect(hasHyphenation(lang), lang).toBe(true);
  });
  it('follow the language of the card', () => {
    expect(hyphenateWord('Nachbarschaftshilfe', 'de').length).toBeGreaterThan(3);
    expect(hyphenateWord('accompagnement', 'fr').join('-')).toBe('accom-pa-gne-ment');
    expect(hyphenateWord('neighbourhood', 'en').join('-')).toBe('neigh-bour-hood');
  });
});
