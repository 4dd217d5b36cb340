import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/layout/breakLines.ts';
import { hyphenateWord } from '../../../src/layout/hyphenateWord.ts';
import { measureText } from '../../../src/layout/measureText.ts';
import { REPO } from '../../helpers/project.ts';

const font = fontkit.create(fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))) as Font;
const base = { font, sizePt: 10, lang: 'nl' };

describe('hyphenateWord', () => {
  it('splits Dutch words with the Dutch patterns', () => {
    expect(hyphenateWord('levensdomeinen', 'nl')).toEqual(['levens', 'do', 'mei', 'nen']);
    expect(hyphenateWord('ondersteuning', 'nl')).toEqual(['onder', 'steu', 'ning']);
  });
  it('leaves short words whole and honours soft hyphens the author wrote', () => {
    expect(hyphenateWord('wijk', 'nl')).toEqual(['wijk']);
    expect(hyphenateWord('buurt\u00adplan', 'nl')).toEqual(['buurt', 'plan']);
  });
});

describe('breakLines', () => {
  it('keeps every line within the width', () => {
    const text = 'Met je collega’s en bewoners maak je op basis van analyse, agenda en domeinen een buurtplan.';
    const lines = breakLines(text, { ...base, widthPt: 120 });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.widthPt).toBeLessThanOrEqual(120);
      expect(measureText(font, line.text, 10)).toBeCloseTo(line.widthPt, 0);
    }
    expect(lines.map((l) => l.text.replace(/-$/, '')).join(' ').replace(/- /g, '')).toContain('buurtplan.');
  });

  it('in fewest-lines mode uses no more lines than filling each line greedily would', () => {
    const text = 'Je kijkt bij vragen om ondersteuning altijd ook naar wat diegene aan anderen te bieden heeft.';
    for (const widthPt of [90, 110, 130, 150, 200]) {
      const lines = breakLines(text, { ...base, widthPt, mode: 'fewest-lines' });
      const words = text.split(' ');
      let greedy = 1;
      let current = '';
      for (const word of words) {
        const next = current ? `${current} ${word}` : word;
        if (measureText(font, next, 10) > widthPt && current) { greedy++; current = word; } else current = next;
      }
      expect(lines.length).toBeLessThanOrEqual(greedy);
    }
  });

  it('hyphenates a word that would not fit otherwise, with a visible hyphen', () => {
    const widthPt = measureText(font, 'levensdomeinen', 10) * 0.7;
    const lines = breakLines('levensdomeinen', { ...base, widthPt });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.text).toMatch(/^levens(do)?-$/);
    expect(lines[0]?.hyphenated).toBe(true);
    expect(lines.map((l) => l.text.replace(/-$/, '')).join('')).toBe('levensdomeinen');
    for (const line of lines) expect(line.widthPt).toBeLessThanOrEqual(widthPt);
  });

  it('breaks after a hard hyphen without adding another', () => {
    const lines = breakLines('Je gaat pro-actief', { ...base, widthPt: measureText(font, 'Je gaat pro-', 10) + 0.5 });
    expect(lines[0]?.text).toBe('Je gaat pro-');
    expect(lines[0]?.hyphenated).toBe(false);
  });

  it('keeps words whole when there is room, and hyphenates when the fewest lines are needed', () => {
    const text = 'Du bist dir deines eigenen Bezugsrahmens bewusst. Du reflektierst deine eigene Haltung.';
    const options = { ...base, lang: 'de', sizePt: 14, widthPt: 150 };
    const best = breakLines(text, options);
    const fewest = breakLines(text, { ...options, mode: 'fewest-lines' });
    expect(fewest.length).toBeLessThanOrEqual(best.length);
    expect(best.filter((l) => l.hyphenated).length).toBeLessThanOrEqual(fewest.filter((l) => l.hyphenated).length);
  });

  it('shows a hyphen where it breaks at a soft hyphen the author wrote', () => {
    const word = 'Sozio\u00adökonomische';
    const lines = breakLines(word, { ...base, lang: 'de', widthPt: measureText(font, 'Sozioökonomisc', 10) });
    expect(lines.map((l) => l.text)).toEqual(['Sozio-', 'ökonomische']);
  });

  it('keeps a line break written in the text', () => {
    const lines = breakLines('Waartoe?\nWat?', { ...base, widthPt: 300 });
    expect(lines.map((l) => l.text)).toEqual(['Waartoe?', 'Wat?']);
  });

  it('does not leave one word alone on the last line of a title', () => {
    const title = 'Welke factoren spelen mee';
    const widthPt = measureText(font, 'Welke factoren spelen', 10) + 1;
    const balanced = breakLines(title, { ...base, widthPt, style: 'title' });
    expect(balanced.map((l) => l.text)).toEqual(['Welke factoren', 'spelen mee']);
  });

  it('keeps a word from standing alone before a line break written in the text, too', () => {
    const lines = breakLines('Streven naar gelijke kansen\nof\naandacht voor verschillen?', { ...base, sizePt: 14, widthPt: 150, style: 'statement' });
    expect(lines.map((l) => l.text).slice(0, 3)).toEqual(['Streven naar', 'gelijke kansen', 'of']);
    const last = lines.at(-1)!;
    expect(last.text.includes(' ') || last.widthPt >= 150 * 0.4).toBe(true);
    const short = breakLines('Streven naar gelijke kansen\nof\naandacht voor elk', { ...base, sizePt: 14, widthPt: 150, style: 'statement' });
    expect(short.at(-1)?.text).toContain(' ');
  });

  it('never joins words across a no-break space', () => {
    const lines = breakLines('Vraag\u00a0?', { ...base, widthPt: measureText(font, 'Vraag', 10) + 0.5 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.overfull).toBe(true);
  });
});
