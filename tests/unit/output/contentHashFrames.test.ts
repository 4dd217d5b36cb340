import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESS_PROFILE_FILE } from '../../../src/colour/pressProfile.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import { contentHash, pageHashes } from '../../../src/output/contentHash.ts';

// the definition written out the slow way (as in contentHash.test.ts): sha256 of the header and the
// document's JSON, each frame by the digest of its own JSON
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const profile = sha(fs.readFileSync(PRESS_PROFILE_FILE));
const fonts = { regular: { role: 'regular', bytes: new Uint8Array([1, 2]) } } as unknown as FontSet;
const plain = (key: string, value: unknown) => (key === 'source' ? undefined : value instanceof Uint8Array ? `bytes:${sha(value)}` : value);
function reference(document: unknown): string {
  const head = `kaartwerk 1.0.0\npress profile:${profile}\nregular:${sha(new Uint8Array([1, 2]))}\n`;
  return sha(head + JSON.stringify(document, (key, value: unknown) => (key === 'frame' ? { frameSha256: sha(JSON.stringify(value, plain)) } : plain(key, value))));
}

const frame = (text: string) => ({ widthPt: 10, heightPt: 20, items: [{ kind: 'text', text, x: 1, y: 2, source: { file: '/x/nl.yaml', line: 3 } }], logo: new Uint8Array([7]) });
const placed = (f: object, x: number) => ({ frame: f, x, y: 0, clip: { x, y: 0, w: 10, h: 20 } });

describe('content hashes of pages that share frames', () => {
  const one = frame('Eén');
  const two = frame('Twee');
  // a sheet with two frames, a tile with the same frame twice, and a text that looks like the mark
  const sheet = { widthPt: 100, heightPt: 200, placements: [placed(one, 0), placed(two, 50)], items: [] };
  const tiles = { widthPt: 100, heightPt: 200, placements: [placed(two, 0), placed(two, -40)], items: [{ kind: 'text', text: '"frame"\u0000frame\u0000' }] };

  it('are those of the whole JSON, a frame met again or in another document', () => {
    const cards = { title: 'kaarten', pages: [{ widthPt: 10, heightPt: 20, placements: [placed(one, 0)], items: [] }, sheet] };
    const poster = { title: 'tegels', pages: [tiles, sheet] };
    expect(contentHash(cards as unknown as PageDocument, fonts, '1.0.0')).toBe(reference(cards));
    expect(contentHash(poster as unknown as PageDocument, fonts, '1.0.0')).toBe(reference(poster));
    expect(pageHashes(poster as unknown as PageDocument, fonts, '1.0.0')).toEqual(poster.pages.map((p) => reference({ ...poster, title: '', pages: [p] }).slice(0, 16)));
  });

  it('tell frames apart: the same frames in another order, another hash', () => {
    const swapped = { title: 'x', pages: [{ ...sheet, placements: [placed(two, 0), placed(one, 50)] }] };
    expect(contentHash(swapped as unknown as PageDocument, fonts, '1.0.0')).toBe(reference(swapped));
    expect(contentHash(swapped as unknown as PageDocument, fonts, '1.0.0')).not.toBe(reference({ title: 'x', pages: [sheet] }));
  });
});
