import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Font } from 'fontkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontkit } from '../../../src/input/fontkit.ts';
import { parseFont } from '../../../src/validate/validateFonts.ts';
import { REPO } from '../../helpers/project.ts';

const at = { file: 'layouts/theme.yaml', line: 1, col: 1 };

/** The regular font's bytes with a few random ones after its tables: a file no cache has seen. */
function unseenFontBytes(): Uint8Array {
  return new Uint8Array(Buffer.concat([fs.readFileSync(path.join(REPO, 'fonts', 'NotoSans-Regular.ttf')), randomBytes(8)]));
}

describe('parseFont checks a font the way the build uses it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lays out its sample on the font the build gets (its lookups decoded once), and subsets a copy', () => {
    const prototype = Object.getPrototypeOf(fontkit.create(fs.readFileSync(path.join(REPO, 'fonts', 'NotoSans-Regular.ttf')))) as Font;
    const laidOut: unknown[] = [];
    const subset: unknown[] = [];
    const layout = prototype.layout;
    const createSubset = prototype.createSubset;
    vi.spyOn(prototype, 'layout').mockImplementation(function (this: Font, ...args: Parameters<Font['layout']>) {
      laidOut.push(this);
      return layout.apply(this, args);
    });
    vi.spyOn(prototype, 'createSubset').mockImplementation(function (this: Font) {
      subset.push(this);
      return createSubset.apply(this);
    });
    const diagnostics: never[] = [];
    const face = parseFont('regular', 'Brand.ttf', unseenFontBytes(), at, [], diagnostics);
    expect(diagnostics).toEqual([]);
    expect(laidOut).toEqual([face!.font]);
    expect(subset).toHaveLength(1);
    expect(subset[0]).not.toBe(face!.font);
  });

  it('reads every outline of a font an edition brings on the copy, not on the font the build gets', () => {
    const diagnostics: never[] = [];
    const face = parseFont('regular', 'Brand.ttf', unseenFontBytes(), at, [], diagnostics, true);
    expect(diagnostics).toEqual([]);
    // fontkit keeps every glyph it was asked for: the shared font holds only the sample's
    const held = Object.keys((face!.font as unknown as { _glyphs: Record<string, unknown> })._glyphs).length;
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(100);
    expect(face!.font.numGlyphs).toBeGreaterThan(1000);
  });
});
