import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../src/preflight/checkPages.ts';
import { inspectPdfDocument } from '../../src/preflight/inspectPdf.ts';
import { startStudio, type Studio } from '../../src/studio/studioServer.ts';
import { copyOfRepoProject, REPO, run, tempDir } from '../helpers/project.ts';
import { findChromium, skipWithout } from '../helpers/tools.ts';

const CHROMIUM = findChromium();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** KAARTWERK_SCREENSHOTS=docs writes the README's screenshots into docs/; otherwise they go to a temp folder. */
const SHOTS = process.env.KAARTWERK_SCREENSHOTS === 'docs' ? path.join(REPO, 'docs') : tempDir('studio-shots-');
const require = createRequire(import.meta.url);

describe.skipIf(skipWithout('chromium', CHROMIUM !== undefined, 'the browser tests (tests/studio: kaartwerk studio in Chromium)'))('kaartwerk studio, in headless Chromium', () => {
  let browser: Browser;
  let studio: Studio;
  let root: string;
  beforeAll(async () => {
    root = copyOfRepoProject();
    studio = await startStudio({ root, standardOutDir: tempDir('studio-standard-') });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  const shot = async (page: Page, name: string, selector?: string) => {
    const file = path.join(SHOTS, `studio-${name}.png`);
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file });
  };
  /** Waits until the preview and the full check have both answered after the last change. */
  const settled = async (page: Page, since: number) => {
    await page.waitForFunction((t) => Number(document.getElementById('studio')?.dataset.checked ?? 0) > t && Number(document.getElementById('studio')?.dataset.previewed ?? 0) > t, since, { timeout: 20_000 });
  };
  const now = (page: Page) => page.evaluate(() => Date.now());

  it('makes an edition from scratch, previews it, builds it, and the CLI builds the same bytes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: true });
    await page.goto(studio.url);
    await page.getByLabel('Name of your organisation').fill('Gemeente Proefstad');
    await shot(page, 'start');
    await page.getByRole('button', { name: 'Make the edition' }).click();
    await page.waitForURL(/\/e\/gemeente-proefstad/);
    const editionFile = path.join(root, 'editions/gemeente-proefstad/edition.yaml');
    // the scaffold of `new-edition`, with its comments: each must still be there after the studio's edits
    const scaffoldComments = fs.readFileSync(editionFile, 'utf8').split('\n').filter((l) => l.startsWith('#'));
    expect(scaffoldComments.length).toBeGreaterThan(3);

    // one deck (and its poster), in two languages: each change reloads the form that depends on it
    const decks = page.getByRole('group', { name: 'Decks', exact: true });
    await Promise.all([page.waitForEvent('load'), decks.getByLabel(/SWAN/).uncheck()]);
    await Promise.all([page.waitForEvent('load'), page.getByRole('group', { name: 'Decks', exact: true }).getByLabel(/DichtErBij/).uncheck()]);
    await Promise.all([page.waitForEvent('load'), page.getByRole('group', { name: 'Languages', exact: true }).getByLabel('English').check()]);
    let since = await now(page);
    await settled(page, since - 60_000);

    // a file that is not a logo is refused beside the field, and nothing is written
    await page.setInputFiles('#logo', { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await expect.poll(() => page.locator('[data-msg="logo"]').textContent()).toMatch(/not an SVG, PNG or JPEG/);
    expect(fs.existsSync(path.join(root, 'editions/gemeente-proefstad/logo.png'))).toBe(false);
    // the example logo is taken
    since = await now(page);
    await page.setInputFiles('#logo', path.join(REPO, 'editions/voorbeeld-gemeente/logo.svg'));
    await page.locator('#logo-current img').waitFor();
    await settled(page, since);

    // the name in English, and a brand colour typed from a style guide
    since = await now(page);
    await page.getByLabel('Name on the cards, English').fill('Proefstad Council');
    await page.getByLabel('or the exact values from your style guide').fill('#0e5a8a');
    await page.getByLabel('or the exact values from your style guide').press('Tab');
    await expect.poll(() => page.locator('#colour-facts').textContent()).toMatch(/Prints as\s*CMYK \d+ \/ \d+ \/ \d+ \/ \d+/);
    await page.getByLabel('White', { exact: true }).check();
    await settled(page, since);
    await expect.poll(() => page.locator('#colour-facts').textContent()).toMatch(/White text on it\s*\d+\.\d : 1, easy to read/);
    await page.locator('#brand').scrollIntoViewIfNeeded();
    await shot(page, 'name-logo-colour');

    // leave a card out, reword one in two languages
    since = await now(page);
    await page.locator('#print-gouden-regels-regel-02').uncheck();
    const row = page.locator('#row-gouden-regels-intro');
    await row.getByText('Reword').click();
    await row.getByLabel('Title').first().fill('Zoek de bewoners op');
    await row.getByLabel('Title').first().press('Tab');
    await settled(page, since);
    // the preview (Dutch) marks the card whose picture changed
    await expect.poll(() => page.locator('.pair.changed').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    since = await now(page);
    await row.getByRole('group', { name: 'English' }).getByLabel('Title').fill('Go and find the residents');
    await row.getByRole('group', { name: 'English' }).getByLabel('Title').press('Tab');
    await settled(page, since);
    await expect.poll(() => fs.readFileSync(editionFile, 'utf8')).toMatch(/title: Go and find the residents/);
    const yaml = fs.readFileSync(editionFile, 'utf8');
    expect(yaml).toMatch(/leaveOut: \[regel-02\]/);
    expect(yaml).toMatch(/title: Zoek de bewoners op/);
    expect(yaml).toMatch(/logo: logo\.svg/);
    expect(yaml).toMatch(/brand: "#0e5a8a"/);
    for (const comment of scaffoldComments) expect(yaml).toContain(comment); // the scaffold's comments stay
    // the preview: the card left out shows as such, the fit of every card is shown
    await expect.poll(() => page.locator('.pair[data-card="regel-02"]').textContent()).toMatch(/left out/);
    expect(await page.locator('[data-fit="gouden-regels:intro"]').textContent()).toMatch(/fits|tight in/);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'cards');
    await shot(page, 'preview', 'aside.preview');

    // accessibility basics: axe-core finds nothing serious (labels, contrast, landmarks, names)
    await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`);
    });
    expect(violations).toEqual([]);

    // build, the files by purpose with their preflight verdict, then the zip
    await page.getByRole('button', { name: 'Build the print files' }).click();
    await expect.poll(() => page.locator('#build-status').textContent(), { timeout: 60_000 }).toMatch(/Done|Not built/);
    expect(await page.locator('#build-status').textContent(), (await page.locator('.messages li.error').allTextContents()).join('\n')).toMatch(/Done: \d+ files/);
    const downloads = page.locator('#downloads');
    expect(await downloads.textContent()).toMatch(/For the print shop[\s\S]*For the office printer[\s\S]*For the poster printer/);
    expect(await downloads.locator('.bad').count()).toBe(0);
    await shot(page, 'download', '.build');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download all \d+ files as one zip/ }).click()]);
    const zip = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
    const pdfs = Object.entries(zip).filter(([name]) => name.endsWith('.pdf'));
    expect(pdfs.map(([n]) => n).sort()).toEqual([
      'for the office printer/en/gouden-regels.sheets-a4.pdf', 'for the office printer/en/poster-gouden-regels.a2-tiles-a3.pdf', 'for the office printer/en/poster-gouden-regels.a2-tiles-a4.pdf',
      'for the office printer/nl/gouden-regels.sheets-a4.pdf', 'for the office printer/nl/poster-gouden-regels.a2-tiles-a3.pdf', 'for the office printer/nl/poster-gouden-regels.a2-tiles-a4.pdf',
      'for the poster printer/en/poster-gouden-regels.a2.pdf', 'for the poster printer/nl/poster-gouden-regels.a2.pdf',
      'for the print shop/en/gouden-regels.cards.pdf', 'for the print shop/nl/gouden-regels.cards.pdf',
    ]);
    expect(zip['how to print.txt']).toBeDefined();
    for (const [name, bytes] of pdfs) {
      const { pages, document } = await inspectPdfDocument(bytes);
      expect(checkPages(pages, { bleedMm: 3 }, document).findings.filter((f) => f.severity === 'error'), name).toEqual([]);
    }
    // the files the studio wrote build to the same bytes with the CLI
    const out = tempDir('studio-cli-');
    const cli = await run(root, 'build', '--edition', 'editions/gemeente-proefstad/edition.yaml', '--out', out);
    expect(cli.code, cli.stderr).toBe(0);
    for (const [name, bytes] of pdfs) {
      const built = fs.readFileSync(path.join(out, 'gemeente-proefstad', name.split('/').slice(1).join('/')));
      expect(Buffer.compare(built, Buffer.from(bytes)), name).toBe(0);
    }
    // the card left out is not in the print file; the reworded title is
    await page.close();
  }, 120_000);

  it('announces an edit made in an editor meanwhile, and does not overwrite it without asking', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 1366 } }); // a tablet, upright
    await page.goto(`${studio.url}e/gemeente-proefstad`);
    await settled(page, 0);
    // the keyboard: the first Tab reaches the skip link, the next one the first field
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the form');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    const file = path.join(root, 'editions/gemeente-proefstad/edition.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('shortName', 'shortName') + '# edited by hand\n');
    await expect.poll(() => page.locator('#notice').textContent(), { timeout: 10_000 }).toMatch(/changed in another program/);
    await page.getByLabel('Short name').fill('Proefstad');
    await page.getByLabel('Short name').press('Tab');
    await expect.poll(() => page.locator('#notice').textContent(), { timeout: 10_000 }).toMatch(/Not saved yet/);
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/shortName: Proefstad/);
    await page.getByRole('button', { name: 'Save my change on top of them' }).click();
    await expect.poll(() => fs.readFileSync(file, 'utf8')).toMatch(/shortName: Proefstad/);
    expect(fs.readFileSync(file, 'utf8')).toContain('# edited by hand');
    // nothing scrolls sideways on a tablet
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  }, 60_000);

  it('refuses requests from other sites and other host names', async () => {
    const change = (headers: Record<string, string>) => fetch(`${studio.url}api/editions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name: 'Indringer' }) });
    expect((await change({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await change({})).status).toBe(403);
    const otherHost = await new Promise<number>((resolve) => http.get(studio.url, { headers: { host: 'evil.example' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }));
    expect(otherHost).toBe(403);
    expect(fs.existsSync(path.join(root, 'editions/indringer'))).toBe(false);
    expect((await fetch(`${studio.url}e/..%2F..%2Fetc`)).status).toBe(404);
  });
});
