import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchProject } from '../../src/cli/watchProject.ts';
import { findChromium, skipWithout } from '../helpers/tools.ts';
import { REPO, copyOfRepoProject, run, tempDir } from '../helpers/project.ts';
import { watchingIo } from '../helpers/watching.ts';

/** Found on PATH (chromium, google-chrome…) or given as KAARTWERK_CHROMIUM; without it these tests are skipped, except under CI=true. */
const CHROMIUM = findChromium();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A static file server on loopback for one folder. */
function serve(folder: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const file = path.join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.png') ? 'image/png' : file.endsWith('.pdf') ? 'application/pdf' : 'text/plain';
    response.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() });
  }));
}

describe.skipIf(skipWithout('chromium', CHROMIUM !== undefined, 'the browser tests (tests/preview: the gallery in Chromium)'))('the preview gallery, in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('Chromium not found: install it (apt-get install chromium) or set KAARTWERK_CHROMIUM');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 30_000);
  afterAll(async () => browser?.close());

  it('loads, shows every thumbnail, and every link resolves', async () => {
    const out = tempDir();
    const built = await run(REPO, 'build', '--preview', '--only', 'gouden-regels,poster-gouden-regels', '--lang', 'nl,en', '--out', out);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/preview: .*index\.html \((\d+) images\)/);
    const server = await serve(path.join(out, 'default'));
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      // every thumbnail, lazy ones too
      await page.evaluate(() => document.querySelectorAll('img').forEach((img) => { img.loading = 'eager'; }));
      await page.waitForFunction(() => [...document.querySelectorAll('.grid img')].every((img) => (img as HTMLImageElement).complete));
      const images = await page.$$eval('.grid img', (imgs) => imgs.map((img) => ({ ok: (img as HTMLImageElement).naturalWidth > 0, alt: (img as HTMLImageElement).alt })));
      // 10 rules and the intro card, one back, one poster, in 2 languages
      expect(images).toHaveLength(2 * (11 + 1 + 1));
      expect(images.filter((i) => !i.ok)).toEqual([]);
      expect(images.map((i) => i.alt)).toContain('gouden-regels.cards (nl): card 1, front');
      const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      const files = links.filter((href) => !href.startsWith('#'));
      expect(files).toEqual(expect.arrayContaining(['fit-report.txt', 'nl/gouden-regels.cards.pdf', 'nl/gouden-regels.sheets-a4.pdf', 'en/poster-gouden-regels.a2-tiles-a3.pdf']));
      for (const href of new Set(files)) expect((await page.request.get(new URL(href, server.url).href)).status(), href).toBe(200);
      for (const anchor of new Set(links.filter((href) => href.startsWith('#')))) expect(await page.$(anchor), anchor).not.toBeNull();
    } finally {
      server.close();
    }
  }, 90_000);

  it('is titled with the edition, in its language order, one back per deck, thumbnails at 2× that open a large view, tight cards flagged', async () => {
    const root = copyOfRepoProject();
    // a rule made long enough that its text has to shrink: the fit report calls it tight
    const nl = path.join(root, 'cards/gouden-regels/nl.yaml');
    fs.writeFileSync(nl, fs.readFileSync(nl, 'utf8').replace(/( {2}regel-03:\n {4}text: )(.*)\n/, (_, head: string, text: string) => `${head}${text} Samen met collega’s, sleutelfiguren en organisaties in de wijk, en je bespreekt die agenda elk halfjaar met iedereen die eraan meewerkt.\n`));
    const out = tempDir();
    // the languages asked in another order than the edition's: the gallery keeps the edition's (nl first)
    const built = await run(root, 'build', '--preview', '--only', 'gouden-regels,poster-gouden-regels', '--lang', 'de,nl', '--out', out);
    // no error (the lengthened Dutch makes the German stale: a warning, whose hint names --strict's error)
    expect(built.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(?!warning: |note: )/.test(l))).toEqual([]);
    expect(built.code).toBe(0);
    const edition = fs.readFileSync(path.join(root, 'editions/default.yaml'), 'utf8');
    const editionName = /\n {2}nl: (.+)\n/.exec(edition)?.[1]?.trim();
    const deckTitle = /\n {2}title: (.+)\n/.exec(fs.readFileSync(nl, 'utf8'))?.[1]?.trim().replace(/^["']|["']$/g, '');
    const fit = fs.readFileSync(path.join(out, 'default/fit-report.txt'), 'utf8').split('\n')
      .filter((l) => / (tight|at the floor)( {2}|$)/.test(l)).map((l) => l.split(/\s{2,}/))
      .filter(([deck]) => deck === 'gouden-regels').map(([, lang, card]) => `${lang}/${card}`).sort();
    expect(fit).toContain('nl/regel-03');
    const server = await serve(path.join(out, 'default'));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
      expect(await page.title()).toContain(editionName);
      expect((await page.textContent('h1'))?.trim()).toBe(editionName);
      expect(await page.$$eval('section.language', (ss) => ss.map((s) => s.id))).toEqual(['nl', 'de']);
      // the deck's title, not its id, with a swatch of its back colour
      const head = page.locator('#nl-gouden-regels .item-head');
      expect((await head.locator('h3').textContent())?.trim()).toBe(deckTitle);
      expect(await head.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
      // one back per deck; every front of the deck in the grid
      for (const deck of ['nl-gouden-regels', 'de-gouden-regels']) {
        expect(await page.locator(`#${deck} .thumb.back`).count()).toBe(1);
        expect(await page.locator(`#${deck} .thumb.front`).count()).toBe(11);
      }
      // thumbnails at twice their CSS width, or more
      const sizes = await page.$$eval('#nl-gouden-regels .thumb img', (imgs) => imgs.map((img) => ({ css: img.getBoundingClientRect().width, px: (img as HTMLImageElement).naturalWidth })));
      for (const s of sizes) {
        expect(s.css).toBeGreaterThanOrEqual(150);
        expect(s.px).toBeGreaterThanOrEqual(2 * s.css);
      }
      // which file goes where
      expect(await page.textContent('.where .shop')).toContain('*.cards.pdf');
      expect(await page.textContent('.where .office')).toContain('*.sheets-*.pdf');
      expect(await page.$$eval('#nl-gouden-regels .files .shop a', (as) => as.map((a) => a.textContent))).toEqual(['gouden-regels.cards.pdf']);
      expect(await page.$$eval('#nl-gouden-regels .files .office a', (as) => as.map((a) => a.textContent))).toEqual(['gouden-regels.sheets-a4.pdf']);
      // the fit report's tight cards, and only those, flagged on their thumbnails
      const flagged = (await page.$$eval('.item.deck .thumb.flagged figcaption', (cs) => cs.map((c) => `${c.closest('section')?.id}/${c.firstChild?.textContent?.trim()}`))).sort();
      expect(flagged).toEqual(fit);
      const flag = page.locator('#nl-gouden-regels .thumb.flagged .flag');
      expect(await flag.isVisible()).toBe(true);
      // a click opens the large view; close goes back
      const thumb = page.locator('#nl-gouden-regels .thumb.front a').nth(3);
      const target = (await thumb.getAttribute('href')) ?? '';
      await thumb.click();
      const view = page.locator(target);
      await expect.poll(() => view.isVisible()).toBe(true);
      const large = view.locator('img');
      await expect.poll(() => large.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThanOrEqual(400);
      expect((await large.boundingBox())?.height ?? 0).toBeGreaterThan(500);
      await page.screenshot({ path: path.join(out, 'gallery-view.png') });
      await page.keyboard.press('Escape');
      await expect.poll(() => view.isVisible()).toBe(false);
      // a tablet in portrait: no sideways scrolling
      await page.setViewportSize({ width: 768, height: 1024 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      await page.screenshot({ path: path.join(out, 'gallery-tablet.png') });
      console.log(`gallery screenshots: ${out}/gallery-view.png, gallery-tablet.png`);
    } finally {
      server.close();
    }
  }, 90_000);

  it('in watch mode, shows a save without being asked', async () => {
    const root = copyOfRepoProject();
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [nl]\ndecks: [gouden-regels]\n');
    const stop = new AbortController();
    const lines: string[] = [];
    let ready!: () => void;
    const first = new Promise<void>((resolve) => { ready = resolve; });
    const { io, watching: watcherReady } = watchingIo(root);
    const watching = watchProject({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } }, io, stop.signal, (line) => { lines.push(line); ready(); }, true);
    await first;
    await watcherReady;
    const server = await serve(path.join(root, 'output/default'));
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}index.html`);
      const stamp = async () => (await page.textContent('footer'))?.trim();
      const sources = () => page.$$eval('.grid img', (imgs) => imgs.map((img) => img.getAttribute('src') ?? ''));
      const before = await stamp();
      const srcBefore = await sources();
      const nl = path.join(root, 'cards/gouden-regels/nl.yaml');
      const saved = performance.now();
      fs.writeFileSync(nl, fs.readFileSync(nl, 'utf8').replace('Je zoekt voor elke vraag', 'Je zoekt voor iedere vraag'));
      await page.waitForFunction((old) => document.querySelector('footer')?.textContent?.trim() !== old, before, { timeout: 10_000 });
      const shownAfterMs = performance.now() - saved;
      expect(lines.at(-1)).toMatch(/^rebuilt nl\/gouden-regels\.cards\.pdf, nl\/gouden-regels\.sheets-a4\.pdf in \d+ ms$/);
      // only the saved card's thumbnail is new, and it is there
      const srcAfter = await sources();
      const changed = srcAfter.filter((src, i) => src !== srcBefore[i]);
      expect(changed).toHaveLength(1);
      const png = await page.request.get(new URL(changed[0]!, server.url).href);
      expect(png.status()).toBe(200);
      expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
      // under a second on a quiet machine; the bound leaves room for a busy one
      expect(shownAfterMs).toBeLessThan(5000);
      console.log(`save shown in the gallery after ${Math.round(shownAfterMs)} ms`);
    } finally {
      server.close();
      stop.abort();
      await watching;
    }
  }, 60_000);
});
