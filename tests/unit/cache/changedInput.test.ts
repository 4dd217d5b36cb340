import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushDiskCaches, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import type { BuildOptions } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { ownProjectAndCache } from '../../helpers/ownCache.ts';
import { copyOfRepoProject, tempDir } from '../../helpers/project.ts';

// one deck in two languages keeps each check short; every run below starts as a fresh process would
const own = ownProjectAndCache('file');

const options = (): BuildOptions => ({ root: own.root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels', 'poster-gouden-regels'], langs: ['nl', 'en'] });
/** A check in a fresh process: nothing in memory, the cache on disk as the last run left it. */
function freshCheck() {
  resetDiskCaches();
  const result = checkProject(options());
  flushDiskCaches();
  return result;
}
const entries = () => fs.readdirSync(own.cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => path.join(own.cacheDir, f));
/** The entries of laid-out decks (their fronts) and posters (their regions); the cache holds other steps too. */
const layoutEntries = () => entries().filter((f) => /"cards":\[\{"key":|"regions":/.test(fs.readFileSync(f, 'utf8')));
const words = (result: ReturnType<typeof checkProject>, lang: string) =>
  result.laid.filter((l) => l.deck.lang === lang).flatMap((l) => l.fronts.flatMap((f) => f.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])))).join(' ');
const enFile = () => path.join(own.root, 'cards/gouden-regels/en.yaml');
const editEn = (from: string, to: string) => {
  const text = fs.readFileSync(enFile(), 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(enFile(), text.replace(from, to));
};

// fresh runs of a real check: slower than a unit test's default on a busy machine
describe('the layout cache on disk', { timeout: 60_000 }, () => {
  it('is read by the next run, and a card edited on disk between two runs is laid out anew', () => {
    const first = freshCheck();
    expect(first.laid).toHaveLength(2);
    expect(layoutEntries().length).toBe(4);
    // the next run reads the entries: an entry changed on disk shows (no real run would change one)
    for (const file of entries()) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('outreach', 'OUTREACH-FROM-CACHE'));
    expect(words(freshCheck(), 'en')).toContain('OUTREACH-FROM-CACHE');

    editEn('You work on an outreach basis', 'You work on a roaming basis');
    const edited = freshCheck();
    expect(words(edited, 'en')).toContain('roaming');
    expect(words(edited, 'en')).not.toContain('OUTREACH-FROM-CACHE');
    // the Dutch deck did not change: still read from the cache
    expect(words(edited, 'nl')).toBe(words(first, 'nl'));
  });

  it('shows the diagnostic of a text that no longer fits, at its line', () => {
    freshCheck();
    const long = `${'A sentence that goes on and on about the neighbourhood. '.repeat(30)}`;
    editEn('You spend 85% of your working time out in the neighbourhood, working with residents.', long);
    const line = fs.readFileSync(enFile(), 'utf8').split('\n').findIndex((l) => l.includes('A sentence that goes on')) + 1;
    const result = freshCheck();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.source).toMatchObject({ file: enFile(), line });
    // the next run, from the cache, tells the same
    expect(freshCheck().diagnostics).toEqual(result.diagnostics);
  });

  it('ignores corrupt entries: the run lays out again and writes them anew', () => {
    own.cacheDir = tempDir('kaartwerk-cache-');
    process.env.KAARTWERK_CACHE_DIR = own.cacheDir;
    const good = freshCheck();
    expect(entries().length).toBeGreaterThanOrEqual(2);
    for (const file of entries()) fs.writeFileSync(file, '{"not":"an entry"');
    const again = freshCheck();
    expect(again.diagnostics).toEqual(good.diagnostics);
    expect(words(again, 'en')).toBe(words(good, 'en'));
    expect(entries().every((file) => fs.readFileSync(file, 'utf8').startsWith('kaartwerk-cache 1 '))).toBe(true);
  });

  it('keys a text by its own place in the YAML: an edit elsewhere in the file keeps the poster, a new quoting of the same words does not', () => {
    own.root = copyOfRepoProject();
    own.cacheDir = tempDir('kaartwerk-cache-');
    process.env.KAARTWERK_CACHE_DIR = own.cacheDir;
    const first = freshCheck();
    expect(first.posters.map((p) => `${p.poster.lang}/${p.poster.id}`)).toEqual(['nl/gouden-regels', 'en/gouden-regels']);
    const before = layoutEntries().length;
    // the intro card is not on the poster: only the English deck is laid out again (same lines, so no place moves)
    editEn('quickly get to grips with the neighbourhood', 'soon get to grips with the neighbourhood');
    freshCheck();
    expect(layoutEntries().length).toBe(before + 1);
    // the same words in quotes: where each character sits moved one column, so a message would point
    // elsewhere; the deck and the poster (which shows the rule) are laid out again
    editEn('text: You work on an outreach basis and have no fixed desk.', "text: 'You work on an outreach basis and have no fixed desk.'");
    freshCheck();
    expect(layoutEntries().length).toBe(before + 3);
  });
});
