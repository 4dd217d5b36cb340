import { describe, expect, it, vi } from 'vitest';
import type { ImposedFile } from '../../../src/impose/imposePlan.ts';
import type { FontSet } from '../../../src/model/Project.ts';

// the running code's fingerprint, as another install or an edited renderer would give it
const code = vi.hoisted(() => ({ fingerprint: 'one build of the code' }));
vi.mock('../../../src/cache/codeFingerprint.ts', () => ({ codeFingerprint: () => code.fingerprint }));
const { hashFiles } = await import('../../../src/output/hashFiles.ts');
const { VERSION } = await import('../../../src/version.ts');

const fonts = { regular: { role: 'regular', bytes: new Uint8Array([1, 2]) } } as unknown as FontSet;
const file: ImposedFile = {
  path: 'nl/proef.cards.pdf', kind: 'cards', deck: 'proef', lang: 'nl',
  document: { title: 'Proef', lang: 'nl', date: '2026-01-01T00:00:00Z', pages: [{ widthPt: 100, heightPt: 200, placements: [], items: [] }] },
} as unknown as ImposedFile;

describe('content hashes and the code that draws', () => {
  it('differ for the same pages drawn by other code under the same version, and agree for the same code', () => {
    const first = hashFiles([file], fonts)[0]!.contentHash;
    code.fingerprint = 'the renderer edited, the version not';
    const edited = hashFiles([file], fonts)[0]!.contentHash;
    code.fingerprint = 'one build of the code';
    expect(VERSION).toBeTruthy();
    expect(edited).not.toBe(first);
    expect(hashFiles([file], fonts)[0]!.contentHash).toBe(first);
  });
});
