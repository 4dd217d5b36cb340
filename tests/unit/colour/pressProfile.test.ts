import fs from 'node:fs';
import { differenceCiede2000 } from 'culori';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cmykToLab } from '../../../src/colour/cmykToLab.ts';
import { cmykToSrgb } from '../../../src/colour/cmykToSrgb.ts';
import { hexToCmyk, hexToPrintable, rgbaToCmykBytes } from '../../../src/colour/toCmyk.ts';
import { validateLogo } from '../../../src/validate/validateLogo.ts';

const deltaE = differenceCiede2000();

// FOGRA39L.ti3 patches (Fogra, via icc-profiles-free): C M Y K and measured L* a* b*
const PATCHES: [number[], [number, number, number]][] = [
  [[0, 0, 0, 0], [95.0, 0.0, -2.0]],
  [[0, 100, 0, 0], [48.0, 74.0, -3.0]],
  [[100, 0, 0, 0], [55.0, -37.0, -50.0]],
  [[0, 0, 100, 0], [89.0, -5.0, 93.0]],
  [[0, 0, 0, 100], [16.0, 0.0, 0.0]],
  [[100, 100, 0, 0], [24.0, 22.0, -46.0]],
  [[0, 100, 100, 0], [47.0, 68.0, 48.0]],
  [[100, 0, 100, 0], [50.0, -65.0, 27.0]],
  [[0, 40, 0, 0], [76.42, 25.78, -6.91]],
  [[0, 10, 0, 0], [90.67, 5.9, -3.86]],
];

describe('the press profile (colour/FOGRA39.icc through LittleCMS)', () => {
  it('prints known FOGRA39 patches within ΔE2000 2 of their measured colour', () => {
    for (const [cmyk, [l, a, b]] of PATCHES) {
      expect(deltaE(cmykToLab(cmyk, true), { mode: 'lab', l, a, b }), cmyk.join(' ')).toBeLessThan(2);
    }
  });

  it('turns #E4007C into a magenta, not a crimson', () => {
    const [c, m, y, k] = hexToCmyk('#E4007C');
    expect(c).toBeLessThanOrEqual(10);
    expect(m).toBeGreaterThanOrEqual(90);
    expect(y).toBeLessThanOrEqual(30);
    expect(k).toBeLessThanOrEqual(5);
  });

  it('puts greys and black on the black plate alone, white on none', () => {
    expect(hexToCmyk('#000000')).toEqual([0, 0, 0, 100]);
    expect(hexToCmyk('#ffffff')).toEqual([0, 0, 0, 0]);
    const [c, m, y, k] = hexToCmyk('#808080');
    expect([c, m, y]).toEqual([0, 0, 0]);
    expect(k).toBeGreaterThan(40);
    expect(k).toBeLessThan(70);
  });

  it('says how far an out-of-gamut colour lands from the screen', () => {
    expect(hexToPrintable('#0e5a8a').deltaE).toBeLessThan(5);
    expect(hexToPrintable('#00ff00').deltaE).toBeGreaterThan(10);
  });

  it('shows black ink on paper as the dark grey it prints, paper as white', () => {
    expect(cmykToSrgb([0, 0, 0, 0])).toMatchObject({ r: expect.closeTo(1, 2), g: expect.closeTo(1, 2) });
    const black = cmykToSrgb([0, 0, 0, 100]);
    expect(black.r).toBeGreaterThan(0.1);
    expect(black.r).toBeLessThan(0.25);
  });
});

describe('raster logos', () => {
  const png = (pixels: (w: number, h: number) => [number, number, number, number]) => {
    const image = new PNG({ width: 200, height: 100 });
    for (let y = 0; y < 100; y++) for (let x = 0; x < 200; x++) image.data.set(pixels(x, y), (y * 200 + x) * 4);
    return new Uint8Array(PNG.sync.write(image));
  };
  const at = { file: 'edition.yaml', line: 1, col: 1 };

  it('keep their transparency as a soft mask instead of a white square', () => {
    const bytes = png((x) => (x < 100 ? [228, 0, 124, 255] : [255, 255, 255, 0]));
    const { logo } = validateLogo('logo.png', bytes, at, 8);
    expect(logo?.kind).toBe('raster');
    if (logo?.kind !== 'raster') return;
    expect(logo.alpha).toBeDefined();
    expect(logo.alpha![0]).toBe(255);
    expect(logo.alpha![150]).toBe(0);
    // the opaque half is the magenta through the profile
    expect(logo.cmyk[1]).toBeGreaterThan(220);
    expect(logo.mainRgb).toEqual([232, 8, 120]);
  });

  it('opaque pixels need no mask', () => {
    const rgba = new Uint8Array([10, 20, 30, 255, 0, 0, 0, 255]);
    expect(rgbaToCmykBytes(rgba, 2).alpha).toBeUndefined();
  });
});

it('the profile file is the one colour/README.md describes', async () => {
  const { createHash } = await import('node:crypto');
  const bytes = fs.readFileSync(new URL('../../../colour/FOGRA39.icc', import.meta.url));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe('2fca03f9533c0a732e63f174322e8048fcc48f1054272b38a0d1ba46a799a9c8');
});
