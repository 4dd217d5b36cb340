import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { hasHyphenation, hyphenateWord } from '../../src/layout/hyphenateWord.ts';
import { COMMON_CHARACTERS, languageRegistry } from '../../src/typography/languages.ts';

/** Every language of the registry kaartwerk can set (right-to-left is refused, so its fonts are not asked). */
const LANGUAGES = [...languageRegistry().languages.values()].filter((l) => l.direction === 'ltr');
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
    for (const { code: lang, letters, quotes } of LANGUAGES) {
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
  it('exist for every language of the registry that names them, and load', () => {
    expect(languageRegistry().diagnostics).toEqual([]);
    for (const { code, hyphenation } of LANGUAGES) {
      expect(hasHyphenation(code), code).toBe(hyphenation !== undefined);
      if (hyphenation) expect(hyphenateWord('abcdefghijklmnop', code).length, code).toBeGreaterThan(0);
    }
    // the EU's languages, Turkish and Ukrainian at least
    for (const code of ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'tr', 'uk']) {
      expect(LANGUAGES.map((l) => l.code), code).toContain(code);
    }
  });
  it('follow the language of the card', () => {
    expect(hyphenateWord('Nachbarschaftshilfe', 'de').length).toBeGreaterThan(3);
    expect(hyphenateWord('accompagnement', 'fr').join('-')).toBe('accom-pa-gne-ment');
    expect(hyphenateWord('neighbourhood', 'en').join('-')).toBe('neigh-bour-hood');
  });
});
