import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { flushDiskCaches, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { frameHash } from '../../../src/output/frameHash.ts';
import type { BuildOptions } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { ownProjectAndCache } from '../../helpers/ownCache.ts';

// one deck in English only; each run starts as a fresh process would: nothing in memory, the cache on
// disk as the last run left it
const own = ownProjectAndCache('test');
const options = (only = ['gouden-regels']): BuildOptions => ({ root: own.root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only, langs: ['en'] });
function freshCheck(only?: string[]) {
  resetDiskCaches();
  for (const cache of caches()) cache.clear();
  const result = checkProject(options(only));
  flushDiskCaches();
  return result;
}
const entries = () => fs.readdirSync(own.cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => path.join(own.cacheDir, f));
const deckEntries = () => entries().filter((f) => fs.readFileSync(f, 'utf8').includes('"cards":[{"key":'));
const enFile = () => path.join(own.root, 'cards/gouden-regels/en.yaml');
const editEn = (from: string, to: string) => {
  const text = fs.readFileSync(enFile(), 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(enFile(), text.replace(from, to));
};
const cardWords = (result: ReturnType<typeof checkProject>, index: number) =>
  (result.laid[0]?.fronts[index]?.items ?? []).flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join(' ');
const RULE_2 = 'You work on an outreach basis and have no fixed desk.';

describe('a deck edited between two runs', { timeout: 60_000 }, () => {
  it('lays out the edited card again and takes every other card from its last layout', () => {
    const first = freshCheck();
    const rule1 = first.laid[0]!.fronts.findIndex((f) => cardWords(first, first.laid[0]!.fronts.indexOf(f)).includes('outreach'));
    expect(rule1).toBeGreaterThan(0);
    // a word of rule 1 changed in the stored layout only: it shows again only if that card is taken from the cache
    const [deckEntry] = deckEntries();
    fs.writeFileSync(deckEntry!, fs.readFileSync(deckEntry!, 'utf8').replaceAll('outreach', 'OUTREACH-FROM-CACHE'));
    editEn('quickly get to grips with the neighbourhood', 'soon get to grips with the neighbourhood');
    const edited = freshCheck();
    expect(cardWords(edited, 0)).toContain('soon get to grips');
    expect(cardWords(edited, rule1)).toContain('OUTREACH-FROM-CACHE');
  });

  it("keeps each card front's hash beside it: read back, a front is not serialised again to hash its files, and the hash is its JSON's", () => {
    freshCheck();
    editEn('quickly get to grips with the neighbourhood', 'soon get to grips with the neighbourhood');
    // an edit (one card laid out again, the others from the last layout), then nothing changed (the deck read whole)
    const edited = freshCheck();
    const read = freshCheck();
    for (const result of [edited, read]) {
      expect(result.laid[0]!.fronts.length).toBeGreaterThan(5);
      // a copy is an object no hash was kept for: its hash is made from its JSON
      for (const front of result.laid[0]!.fronts) expect(frameHash(front)).toBe(frameHash(structuredClone(front)));
    }
    // a front read back with its hash and changed before it is hashed: the hash is the stored one, not made again
    const front = freshCheck().laid[0]!.fronts[1]!;
    const asRead = structuredClone(front);
    front.items.find((i) => i.kind === 'text')!.x += 1;
    expect(frameHash(front)).toBe(frameHash(asRead));
    expect(frameHash(structuredClone(front))).not.toBe(frameHash(asRead));
  });

  it("keeps each poster's frame hash beside it the same way", () => {
    const withPoster = ['gouden-regels', 'poster-gouden-regels'];
    freshCheck(withPoster);
    const poster = freshCheck(withPoster).posters[0]!;
    expect(poster.frame.items.length).toBeGreaterThan(20);
    const asRead = structuredClone(poster.frame);
    poster.frame.items.find((i) => i.kind === 'text')!.x += 1;
    expect(frameHash(poster.frame)).toBe(frameHash(asRead));
  });

  it('gives what a run without the cache gives', () => {
    freshCheck();
    editEn('quickly get to grips with the neighbourhood', 'soon get to grips with the neighbourhood');
    const cached = freshCheck();
    process.env.KAARTWERK_CACHE = '0';
    try {
      const uncached = freshCheck();
      expect(cached.laid[0]!.fronts).toEqual(uncached.laid[0]!.fronts);
      expect(cached.laid[0]!.back).toEqual(uncached.laid[0]!.back);
      expect(cached.diagnostics).toEqual(uncached.diagnostics);
    } finally {
      delete process.env.KAARTWERK_CACHE;
    }
  });

  it('lays out again the cards whose place in the file moved, so that their messages point at their lines', () => {
    const long = `${'A sentence that goes on and on about the neighbourhood. '.repeat(30)}`;
    editEn(RULE_2, long);
    const lineOf = () => fs.readFileSync(enFile(), 'utf8').split('\n').findIndex((l) => l.includes('A sentence that goes on')) + 1;
    const first = freshCheck().diagnostics.filter((d) => d.severity === 'error');
    expect(first[0]?.source).toMatchObject({ file: enFile(), line: lineOf() });
    // a line added above the card (below the deck's own words): the same text, one line further down
    editEn('  regel-02:\n', '  # a note for the translator\n  regel-02:\n');
    const moved = freshCheck().diagnostics.filter((d) => d.severity === 'error');
    expect(moved[0]?.source).toMatchObject({ file: enFile(), line: lineOf() });
    expect(moved[0]?.source?.line).toBe((first[0]?.source?.line ?? 0) + 1);
  });

  it('splits only the words that are new: the syllables of earlier runs are kept per language', () => {
    freshCheck();
    // how the first run split 'neighbourhood', changed in the stored table only: the edited card shows it
    const stored = entries().filter((f) => fs.readFileSync(f, 'utf8').includes('["neighbourhood",[{"text"'));
    expect(stored).toHaveLength(1);
    const text = fs.readFileSync(stored[0]!, 'utf8');
    fs.writeFileSync(stored[0]!, text.replace(/\["neighbourhood([^"]*)",\[[^\]]*\]\]/g, '["neighbourhood$1",[{"text":"NEIGHBOURHOOD$1","cost":1}]]'));
    editEn('quickly get to grips with the neighbourhood', 'soon get to grips with the neighbourhood');
    expect(cardWords(freshCheck(), 0)).toContain('NEIGHBOURHOOD');
  });

  it('shapes only the words that are new: the widths of earlier runs are kept per font', () => {
    const first = freshCheck();
    const font = first.project!.fonts.regular.font;
    const layout = vi.spyOn(Object.getPrototypeOf(font) as { layout: (text: string) => unknown }, 'layout');
    try {
      editEn('quickly get to grips with the neighbourhood', 'quickly get to grips with the neighbourhoodzzq');
      const edited = freshCheck();
      expect(cardWords(edited, 0)).toContain('neighbourhoodzzq');
      const shaped = layout.mock.calls.map(([text]) => text);
      // the new word (and its pieces, hyphenated), nothing measured by the first run
      expect(shaped.length).toBeGreaterThan(0);
      expect(shaped.length).toBeLessThan(20);
      expect(shaped.filter((text) => !/zzq/.test(String(text)))).toEqual([]);
    } finally {
      layout.mockRestore();
    }
  });
});

