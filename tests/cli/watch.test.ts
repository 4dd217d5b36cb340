import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { affectedSelection } from '../../src/cli/affectedSelection.ts';
import { watchProject } from '../../src/cli/watchProject.ts';
import { buildProject } from '../../src/pipeline.ts';
import { watchingIo } from '../helpers/watching.ts';
import { copyOfRepoProject } from '../helpers/project.ts';

describe('affectedSelection', () => {
  const cards = ['/p/cards', '/p/editions/x/cards'];
  const posters = (deck: string) => (deck === 'swan' ? ['swan'] : []);
  it('narrows a translation to its deck, the deck’s posters and its language', () => {
    expect(affectedSelection(['/p/cards/swan/en.yaml'], cards, posters)).toEqual({ only: ['swan', 'poster-swan'], langs: ['en'] });
  });
  it('takes every language for the Dutch source or the deck definition, and everything for the rest', () => {
    expect(affectedSelection(['/p/cards/gouden-regels/nl.yaml'], cards, posters)).toEqual({ only: ['gouden-regels'], langs: undefined });
    expect(affectedSelection(['/p/editions/x/cards/eigen/deck.yaml'], cards, posters)).toEqual({ only: ['eigen'], langs: undefined });
    expect(affectedSelection(['/p/layouts/theme.yaml'], cards, posters)).toEqual({});
    expect(affectedSelection(['/p/cards/swan/en.yaml', '/p/glossary/en.yaml'], cards, posters)).toEqual({});
  });
});

describe('kaartwerk watch', () => {
  it('rebuilds what a save changes, and keeps the last good output when a save is broken', async () => {
    const root = copyOfRepoProject();
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [nl, en]\ndecks: [gouden-regels, dichterbij]\nposters: [gouden-regels]\n');
    const lines: string[] = [];
    const waiters: ((line: string) => void)[] = [];
    const next = () => new Promise<string>((resolve) => waiters.push(resolve));
    const { io, watching: ready } = watchingIo(root, (t: string) => { lines.push(t); });
    const stop = new AbortController();
    const first = next();
    const watching = watchProject({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } }, io, stop.signal, (line) => waiters.shift()?.(line));
    expect(await first).toMatch(/^rebuilt .*nl\/gouden-regels\.cards\.pdf/);
    await ready;
    const out = path.join(root, 'output/default');
    const stamp = (f: string) => fs.statSync(path.join(out, f)).mtimeMs;
    const before = { nlRules: stamp('nl/gouden-regels.cards.pdf'), enRules: stamp('en/gouden-regels.cards.pdf'), nlDichterbij: stamp('nl/dichterbij.cards.pdf') };

    const en = path.join(root, 'cards/gouden-regels/en.yaml');
    let saved = next();
    fs.writeFileSync(en, fs.readFileSync(en, 'utf8').replace('regel-01:', 'regel-01:\n    title: Out and about'));
    expect(await saved).toMatch(/^rebuilt en\/gouden-regels\.cards\.pdf, en\/gouden-regels\.sheets-a4\.pdf in \d+ ms$/);
    expect(stamp('nl/gouden-regels.cards.pdf')).toBe(before.nlRules);
    expect(stamp('en/gouden-regels.cards.pdf')).not.toBe(before.enRules);

    const nl = path.join(root, 'cards/dichterbij/nl.yaml');
    const good = fs.readFileSync(nl, 'utf8');
    saved = next();
    fs.writeFileSync(nl, good.replace('text: Je werkt samen als partners', 'text: Je werkt {{samen}} als partners'));
    expect(await saved).toMatch(/^not rebuilt: 1 error\(s\); the last good output stays/);
    expect(lines.join('')).toMatch(/cards\/dichterbij\/nl\.yaml:\d+:\d+ {2}unknown template variable '\{\{samen\}\}'/);
    expect(stamp('nl/dichterbij.cards.pdf')).toBe(before.nlDichterbij);

    saved = next();
    fs.writeFileSync(nl, good);
    expect(await saved).toMatch(/^nothing changed/);
    stop.abort();
    await watching;
  }, 60_000);

  it('gives back the first file when a save is undone: what the caches keep is found by content, never stale', async () => {
    const root = copyOfRepoProject();
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [nl, en]\ndecks: [gouden-regels]\nposters: [gouden-regels]\n');
    const cacheDir = path.join(root, 'cache');
    const previous = process.env.KAARTWERK_CACHE_DIR;
    process.env.KAARTWERK_CACHE_DIR = cacheDir;
    const waiters: ((line: string) => void)[] = [];
    const next = () => new Promise<string>((resolve) => waiters.push(resolve));
    const stop = new AbortController();
    const first = next();
    const { io, watching: ready } = watchingIo(root);
    const watching = watchProject({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } }, io, stop.signal, (line) => waiters.shift()?.(line));
    try {
      await first;
      await ready;
      const cards = path.join(root, 'output/default/en/gouden-regels.cards.pdf');
      const original = fs.readFileSync(cards);
      const en = path.join(root, 'cards/gouden-regels/en.yaml');
      const text = fs.readFileSync(en, 'utf8');
      let saved = next();
      fs.writeFileSync(en, text.replace('You work on an outreach basis', 'You work out and about'));
      expect(await saved).toMatch(/^rebuilt en\/gouden-regels\.cards\.pdf/);
      expect(fs.readFileSync(cards).equals(original)).toBe(false);
      // the rebuild wrote the new layout to the disk cache after its line
      expect(fs.readdirSync(cacheDir, { recursive: true }).some((f) => String(f).endsWith('.json'))).toBe(true);
      saved = next();
      fs.writeFileSync(en, text);
      expect(await saved).toMatch(/^rebuilt en\/gouden-regels\.cards\.pdf/);
      expect(fs.readFileSync(cards).equals(original)).toBe(true);
    } finally {
      stop.abort();
      await watching;
      if (previous === undefined) delete process.env.KAARTWERK_CACHE_DIR;
      else process.env.KAARTWERK_CACHE_DIR = previous;
    }
  }, 60_000);

  it('leaves, after a session of saves with --preview, the same bytes as a fresh build', async () => {
    const root = copyOfRepoProject();
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [nl, en]\ndecks: [gouden-regels, dichterbij]\nposters: [gouden-regels]\n');
    const waiters: ((line: string) => void)[] = [];
    const next = () => new Promise<string>((resolve) => waiters.push(resolve));
    const stop = new AbortController();
    const first = next();
    const { io, watching: ready } = watchingIo(root);
    const options = { root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } };
    const watching = watchProject(options, io, stop.signal, (line) => waiters.shift()?.(line), true);
    const save = async (file: string, edit: (text: string) => string, expected: RegExp) => {
      const saved = next();
      fs.writeFileSync(path.join(root, file), edit(fs.readFileSync(path.join(root, file), 'utf8')));
      expect(await saved).toMatch(expected);
    };
    try {
      await first;
      await ready;
      await save('cards/gouden-regels/en.yaml', (t) => t.replace('You work on an outreach basis', 'You work out and about'), /^rebuilt en\/gouden-regels\.cards\.pdf/);
      await save('cards/dichterbij/nl.yaml', (t) => t.replace('text: Je werkt samen als partners', 'text: Je werkt samen als echte partners'), /^rebuilt .*nl\/dichterbij\.cards\.pdf/);
      // the deck's poster too, after a save of another deck (which, narrowed, builds no poster)
      await save('cards/gouden-regels/en.yaml', (t) => t.replace('You work out and about', 'You work out and about, always'), /^rebuilt en\/gouden-regels\.cards\.pdf, .*en\/poster-gouden-regels\.a2\.pdf/);
      // that narrowed build wrote its own rows of the fit report; a moment later a whole check writes all of them
      const report = path.join(root, 'output/default/fit-report.txt');
      const narrowed = fs.readFileSync(report, 'utf8');
      expect(narrowed).toMatch(/ 1[0-9] card faces and posters/);
      for (let waited = 0; fs.readFileSync(report, 'utf8') === narrowed && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    } finally {
      stop.abort();
      await watching;
    }
    const fresh = path.join(root, 'fresh');
    await buildProject({ ...options, outDir: fresh, force: true });
    const watched = path.join(root, 'output/default');
    const pdfs = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs(watched)).toEqual(pdfs(path.join(fresh, 'default')));
    expect(pdfs(watched)).toHaveLength(14);
    for (const file of pdfs(watched)) {
      expect(fs.readFileSync(path.join(watched, file)).equals(fs.readFileSync(path.join(fresh, 'default', file))), file).toBe(true);
    }
    // every file's entry, the warnings and the fit report too: those of everything, not of the last, narrowed, build
    const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest(watched)).toEqual(manifest(path.join(fresh, 'default')));
    expect(fs.readFileSync(path.join(watched, 'fit-report.txt'), 'utf8')).toBe(fs.readFileSync(path.join(fresh, 'default/fit-report.txt'), 'utf8'));
  }, 90_000);
});
