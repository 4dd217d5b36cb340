import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchProject } from '../../src/cli/watchProject.ts';
import { findChromium, skipWithout } from '../helpers/tools.ts';
import { REPO, copyOfRepoProject, run, tempDir } from '../helpers/project.ts';

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
      const images = await page.$$eval('img', (imgs) => imgs.map((img) => ({ ok: img.complete && img.naturalWidth > 0, alt: img.alt })));
      // 11 cards × front and back × 2 languages, and 2 posters
      expect(images).toHaveLength(46);
      expect(images.filter((i) => !i.ok)).toEqual([]);
      expect(images.map((i) => i.alt)).toContain('gouden-regels.cards (nl): card 1, front');
      const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      const files = links.filter((href) => !href.startsWith('#'));
      expect(files).toEqual(expect.arrayContaining(['fit-report.txt', 'nl/gouden-regels.cards.pdf', 'en/poster-gouden-regels.a2-tiles-a3.pdf']));
      for (const href of files) expect((await page.request.get(new URL(href, server.url).href)).status(), href).toBe(200);
      for (const anchor of links.filter((href) => href.startsWith('#'))) expect(await page.$(anchor)).not.toBeNull();
    } finally {
      server.close();
    }
  }, 60_000);

  it('in watch mode, shows a save without being asked', async () => {
    const root = copyOfRepoProject();
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [nl]\ndecks: [gouden-regels]\n');
    const stop = new AbortController();
    const lines: string[] = [];
    let ready!: () => void;
    const first = new Promise<void>((resolve) => { ready = resolve; });
    const io = { cwd: root, stdout: () => undefined, stderr: () => undefined };
    const watching = watchProject({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } }, io, stop.signal, (line) => { lines.push(line); ready(); }, true);
    await first;
    await new Promise((r) => setTimeout(r, 300));
    const server = await serve(path.join(root, 'output/default'));
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}index.html`);
      const stamp = async () => (await page.textContent('footer'))?.trim();
      const before = await stamp();
      const nl = path.join(root, 'cards/gouden-regels/nl.yaml');
      const saved = performance.now();
      fs.writeFileSync(nl, fs.readFileSync(nl, 'utf8').replace('Je zoekt voor elke vraag', 'Je zoekt voor iedere vraag'));
      await page.waitForFunction((old) => document.querySelector('footer')?.textContent?.trim() !== old, before, { timeout: 10_000 });
      const shownAfterMs = performance.now() - saved;
      expect(lines.at(-1)).toMatch(/^rebuilt nl\/gouden-regels\.cards\.pdf, nl\/gouden-regels\.sheets-a4\.pdf in \d+ ms$/);
      // the new thumbnail is there and drawn
      const ok = await page.$$eval('img', (imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0));
      expect(ok).toBe(true);
      console.log(`save shown in the gallery after ${Math.round(shownAfterMs)} ms`);
    } finally {
      server.close();
      stop.abort();
      await watching;
    }
  }, 60_000);
});
