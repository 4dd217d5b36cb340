import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/layout/units.ts';
import { checkPages } from '../../../src/preflight/checkPages.ts';
import type { PageFacts } from '../../../src/preflight/inspectPdf.ts';
import { tokenizeContent } from '../../../src/preflight/tokenizeContent.ts';

const b = mmToPt(3);
const W = mmToPt(63);
const H = mmToPt(88);
const good = (): PageFacts => ({
  number: 1,
  mediaBox: { x0: 0, y0: 0, x1: W + 2 * b, y1: H + 2 * b },
  bleedBox: { x0: 0, y0: 0, x1: W + 2 * b, y1: H + 2 * b },
  trimBox: { x0: b, y0: b, x1: b + W, y1: b + H },
  fonts: [{ name: 'ABCDEF+NotoSans-Regular', subtype: 'Type0', embedded: true }],
  rgbUses: [],
  lineWidths: [0.25, 1],
  text: [{ text: 'Wat wil je bereiken?', sizePt: 10, box: { x0: b + mmToPt(5), y0: b + mmToPt(20), x1: b + mmToPt(40), y1: b + mmToPt(24) } }],
});
const options = { safeMm: 4, bleedMm: 3 };

describe('checkPages', () => {
  it('passes a print-ready card page', () => {
    const summary = checkPages([good()], options);
    expect(summary.findings).toEqual([]);
    expect(summary).toMatchObject({ kind: 'print', pages: 1, trimMm: { w: 63, h: 88 }, bleedMm: 3, fonts: ['NotoSans-Regular'] });
  });

  it('finds each thing a print shop rejects', () => {
    const page = good();
    page.bleedBox = { x0: b / 2, y0: 0, x1: W + 2 * b, y1: H + 2 * b };
    page.fonts.push({ name: 'Helvetica', subtype: 'Type1', embedded: false });
    page.rgbUses.push('operator rg (1 0 0)');
    page.lineWidths.push(0.1);
    page.text.push({ text: 'te dicht bij de rand', sizePt: 8, box: { x0: b + mmToPt(2), y0: b + 40, x1: b + 60, y1: b + 48 } });
    page.text.push({ text: 'te klein', sizePt: 5, box: { x0: b + 20, y0: b + 40, x1: b + 40, y1: b + 45 } });
    const messages = checkPages([page], options).findings.map((f) => f.message);
    expect(messages).toEqual([
      'font Helvetica (Type1) is not embedded',
      'RGB colour: operator rg (1 0 0); print files must be CMYK',
      'line of 0.1 pt, thinner than 0.25 pt',
      'text "te klein" is 5.0 pt, below 6 pt',
      'bleed is 1.5 mm, needs 3 mm on every side',
      'text "te dicht bij de rand" is 2.0 mm from the trim line, inside the 4 mm safe zone',
    ]);
  });

  it('holds the bleed to the tenth of a millimetre: 2.9 mm is short, 3 mm on every side passes', () => {
    for (const [side, shortBy] of [['x0', 1], ['y0', 1], ['x1', -1], ['y1', -1]] as const) {
      const page = good();
      page.bleedBox = { ...page.bleedBox!, [side]: page.bleedBox![side] + shortBy * mmToPt(0.1) };
      expect(checkPages([page], options).findings.map((f) => f.message), side).toEqual(['bleed is 2.9 mm, needs 3 mm on every side']);
    }
    expect(checkPages([good()], options).findings).toEqual([]);
  });

  it('treats a file without TrimBox as an office sheet: no bleed or safe-zone rules', () => {
    const page = good();
    delete page.trimBox;
    delete page.bleedBox;
    const summary = checkPages([page], options);
    expect(summary.kind).toBe('sheet');
    expect(summary.findings).toEqual([]);
  });
});

describe('tokenizeContent', () => {
  it('finds operators and never takes text inside strings for one', () => {
    const tokens = tokenizeContent(Buffer.from('0 0 0 1 k (1 0 0 rg) Tj [(a) 10 (rg)] TJ /DeviceCMYK cs 0.25 w <52> Tj'));
    expect(tokens.filter((t) => t.type === 'operator').map((t) => t.value)).toEqual(['k', 'Tj', 'TJ', 'cs', 'w', 'Tj']);
  });
});
