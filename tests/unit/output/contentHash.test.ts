import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PageDocument } from '../../../src/model/Page.ts';
import type { FontSet } from '../../../src/model/Project.ts';
import { contentHash, pageHashes } from '../../../src/output/contentHash.ts';
import { PRESS_PROFILE_FILE } from '../../../src/colour/pressProfile.ts';

// the definition written out the slow way: sha256 of the version, the press profile's digest, the fonts'
// digests and the document's JSON without `source`, bytes by their digest, each frame by the digest of
// its own JSON (the fast path builds the same JSON from per-page pieces)
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const profile = sha(fs.readFileSync(PRESS_PROFILE_FILE));
const plain = (key: string, value: unknown) => (key === 'source' ? undefined : value instanceof Uint8Array ? `bytes:${sha(value)}` : value);
function reference(document: PageDocument, fonts: FontSet, version: string): string {
  const head = `kaartwerk ${version}\npress profile:${profile}\n${Object.values(fonts).map((f) => `${f.role}:${sha(f.bytes)}\n`).join('')}`;
  return sha(head + JSON.stringify(document, (key, value: unknown) => (key === 'frame' ? { frameSha256: sha(JSON.stringify(value, plain)) } : plain(key, value))));
}

const fonts = { regular: { role: 'regular', bytes: new Uint8Array([1, 2]) }, bold: { role: 'bold', bytes: new Uint8Array([3]) }, italic: { role: 'italic', bytes: new Uint8Array([4]) } } as unknown as FontSet;
const frame = (text: string) => ({ widthPt: 10, heightPt: 20, items: [{ kind: 'text', text, x: 1, y: 2, font: 'regular', sizePt: 9, colour: [0, 0, 0, 100], source: { file: '/home/x/nl.yaml', line: 3 } }], logo: new Uint8Array([9, 9]) });
const page = (text: string) => ({ widthPt: 100, heightPt: 200, placements: [{ frame: frame(text), x: 0, y: 0, clip: { x: 0, y: 0, w: 100, h: 200 } }], items: [] });
const document = { title: 'SWAN "pages":"x" – kaarten', lang: 'nl', author: 'HAN', printFile: true, pages: [page('Eén'), page('Twee'), page('Drie')] } as unknown as PageDocument;

describe('content hashes', () => {
  it('hash the document as its JSON, each page serialised once', () => {
    expect(contentHash(document, fonts, '1.0.0')).toBe(reference(document, fonts, '1.0.0'));
  });

  it('hash each page as the document with no title and that page alone', () => {
    expect(pageHashes(document, fonts, '1.0.0')).toEqual(document.pages.map((p) => reference({ ...document, title: '', pages: [p] }, fonts, '1.0.0').slice(0, 16)));
  });

  it('see a changed word, version or font, and not where a text came from', () => {
    const base = contentHash(document, fonts, '1.0.0');
    const moved = structuredClone(document);
    for (const p of moved.pages) for (const item of p.placements[0]!.frame.items) (item as unknown as { source: { file: string } }).source.file = '/tmp/y/nl.yaml';
    expect(contentHash(moved, fonts, '1.0.0')).toBe(base);
    expect(contentHash({ ...document, pages: [page('Eén'), page('Twee'), page('Vier')] } as unknown as PageDocument, fonts, '1.0.0')).not.toBe(base);
    expect(contentHash(document, fonts, '1.0.1')).not.toBe(base);
    expect(contentHash(document, { ...fonts, bold: { ...fonts.bold, bytes: new Uint8Array([5]) } }, '1.0.0')).not.toBe(base);
    // the print files embed the press profile as their output intent: another profile, another file
    expect(contentHash(document, fonts, '1.0.0', sha('another profile'))).not.toBe(base);
  });
});
