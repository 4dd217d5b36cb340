import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { mmToPt } from '../../src/layout/units.ts';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/pipeline.ts';
import { REPO, copyOfRepoProject, run, tempDir } from '../helpers/project.ts';
import { fonts, uncompressed } from '../helpers/pdf.ts';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#0e5a8a"/></svg>';

/** A copy of the project with one edition `test` whose edition.yaml and other files are given. */
function withEdition(editionYaml: string, files: Record<string, string | Buffer> = {}): string {
  const root = copyOfRepoProject();
  const folder = path.join(root, 'editions/test');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'edition.yaml'), editionYaml);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return root;
}

const base = (extra: string) => `name: Testgemeente\nlanguages: [nl]\ndecks: [gouden-regels]\n${extra}`;
const check = (root: string) => run(root, 'check', '--edition', 'editions/test/edition.yaml');
const png = (width: number, height: number) => {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
};

describe('edition safety: every problem gets its file:line:col diagnostic', () => {
  const cases: [string, string, Record<string, string | Buffer>, string][] = [
    ['a path out of the folder', 'logo: ../../layouts/theme.yaml', {}, "editions/test/edition.yaml:4:7  '../../layouts/theme.yaml' leaves the edition folder  (keep every file of the edition inside its folder)"],
    ['an absolute path', 'logo: /etc/hostname', {}, "editions/test/edition.yaml:4:7  '/etc/hostname' is an absolute path  (name a file inside the edition folder, relative to edition.yaml)"],
    ['a missing logo', 'logo: logo.svg', {}, "editions/test/edition.yaml:4:7  file 'logo.svg' not found in the edition folder"],
    ['a logo of another kind', 'logo: logo.gif', { 'logo.gif': 'GIF89a' }, "editions/test/edition.yaml:4:7  the logo 'logo.gif' is not SVG, PNG or JPEG  (use an SVG (best for print), or a PNG or JPEG of at least 300 ppi)"],
    ['a corrupt SVG', 'logo: logo.svg', { 'logo.svg': '<svg viewBox="0 0 4 2">\n  <rect width="4"\n</svg>' }, 'editions/test/logo.svg:3:1  the logo logo.svg is not valid SVG'],
    ['an SVG with a script', 'logo: logo.svg', { 'logo.svg': LOGO.replace('</svg>', '<script>alert(1)</script></svg>') }, 'editions/test/edition.yaml:4:7  the logo logo.svg contains a script'],
    ['an SVG with an event handler', 'logo: logo.svg', { 'logo.svg': LOGO.replace('<rect ', '<rect onclick="x()" ') }, 'editions/test/edition.yaml:4:7  the logo logo.svg contains an event handler (onclick)'],
    ['an SVG with an external reference', 'logo: logo.svg', { 'logo.svg': LOGO.replace('</svg>', '<use href="https://example.org/a.svg#b"/></svg>') }, 'editions/test/edition.yaml:4:7  the logo logo.svg contains an external reference (href="https://example.org/a.svg#b")'],
    ['a corrupt PNG', 'logo: logo.png', { 'logo.png': Buffer.from('\x89PNG\r\n\x1a\nnot really') }, 'editions/test/edition.yaml:4:7  the logo logo.png cannot be read'],
    ['a raster logo below 150 ppi', 'logo: logo.png', { 'logo.png': png(100, 30) }, 'editions/test/edition.yaml:4:7  the logo logo.png is 100 × 30 pixels: 127 ppi at 6 mm high, below 150 ppi; it would print blurred  (use an SVG, or a raster at least 71 pixels high)'],
    ['a colour out of range', 'colours:\n  brand: [120, 0, 0, 0]', {}, 'editions/test/edition.yaml:5:11  colours.brand[0]: a CMYK value is a percentage from 0 to 100'],
  ];
  for (const [what, extra, files, expected] of cases) {
    it(what, async () => {
      const result = await check(withEdition(base(extra), files));
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toContain(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a link that points out of the folder', async () => {
    const outside = path.join(tempDir(), 'logo.svg');
    fs.writeFileSync(outside, LOGO);
    const root = withEdition(base('logo: logo.svg'));
    fs.symlinkSync(outside, path.join(root, 'editions/test/logo.svg'));
    const result = await check(root);
    expect(result.stderr).toContain("editions/test/edition.yaml:4:7  'logo.svg' is a link to a place outside the edition folder");
    expect(result.code).toBe(1);
  });

  it('a raster logo below 300 ppi at its largest size (the poster header): a warning, and it builds', async () => {
    const root = withEdition(base('logo: logo.png\nposters: [gouden-regels]'), { 'logo.png': png(500, 150) });
    const result = await run(root, 'build', '--edition', 'editions/test/edition.yaml');
    // the largest the logo is printed, as the layouts say: the poster header or the card backs' strip
    const read = (file: string) => parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as { logoHeightMm?: number; back?: { logoHeightMm: number } };
    const heights = [
      ...fs.readdirSync(path.join(REPO, 'layouts/posters')).map((f) => read(`layouts/posters/${f}`).logoHeightMm ?? 0),
      ...fs.readdirSync(path.join(REPO, 'layouts/cards')).map((f) => read(`layouts/cards/${f}`).back?.logoHeightMm ?? 0),
    ];
    const largestMm = Math.max(...heights);
    const ppi = Math.round(150 / (largestMm / 25.4));
    expect(ppi).toBeLessThan(300);
    expect(result.stderr).toContain(`editions/test/edition.yaml:4:7  warning: the logo logo.png is 500 × 150 pixels: ${ppi} ppi at ${largestMm} mm high, below 300 ppi`);
    expect(result.code).toBe(0);
    // the raster is converted to CMYK: no RGB in the print file
    const content = await uncompressed(path.join(root, 'output/test/nl/gouden-regels.cards.pdf'));
    expect(content).toMatch(/\/ColorSpace \/DeviceCMYK/);
    expect(content).not.toMatch(/DeviceRGB/);
  });

  it('unknown decks and card ids of a deck choice', async () => {
    const result = await check(withEdition([
      'name: Testgemeente', 'languages: [nl]', 'decks:', '  - onbekend', '  - id: gouden-regels',
      '    leaveOut: [regel-11]', '    reword:', '      regel-1:', '        nl: { text: Anders. }', ''].join('\n')));
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      "editions/test/edition.yaml:4:5  unknown deck 'onbekend'  (decks in cards/ and in the edition folder: dichterbij, gouden-regels, swan)",
      "editions/test/edition.yaml:6:16  card 'regel-11' to leave out is not in deck 'gouden-regels'  (did you mean 'regel-01'?)",
      "editions/test/edition.yaml:8:7  card 'regel-1' to reword is not in deck 'gouden-regels'  (did you mean 'regel-01'?)",
    ]);
  });
});

describe('the cascade, as the example edition uses it', () => {
  const options = { root: REPO, editionFile: path.join(REPO, 'editions/voorbeeld-gemeente/edition.yaml'), paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } };
  const { laid, posters, diagnostics } = checkProject(options);
  const deck = (id: string, lang: string) => laid.find((d) => d.deck.id === id && d.deck.lang === lang)!.deck;

  it('is clean, with one note for the hex colour (the standard decks\' palettes aside)', () => {
    const own = diagnostics.filter((d) => !/^cards\/[^/]+\/deck\.yaml$/.test(path.relative(REPO, d.source?.file ?? '')));
    expect(own.map((d) => `${d.severity}: ${d.message}`)).toEqual(['note: #0e5a8a is converted to CMYK [84, 42, 0, 38] (FOGRA39, ΔE2000 1.8)']);
  });

  it('leaves out, adds and rewords cards, in each language', () => {
    for (const lang of ['nl', 'en']) {
      const swan = deck('swan', lang);
      const ids = swan.cards.map((c) => c.id);
      expect(ids).not.toContain('alternatieven');
      expect(ids.indexOf('onze-gemeente')).toBe(ids.indexOf('voorwaarden') + 1);
      expect(ids).toHaveLength(27);
      expect(swan.cards.find((c) => c.id === 'gebruik')?.parts.find((p) => p.kind === 'text')?.texts[0]?.value).toMatch(/Voorbeeld/);
    }
    expect(deck('swan', 'en').cards.find((c) => c.id === 'onze-gemeente')?.parts.find((p) => p.kind === 'text')?.texts[0]?.value).toBe('What does this choice mean for the residents of our municipality?');
    // a reworded text replaces the language file's; the title it does not give stays the deck's own
    expect(deck('swan', 'nl').cards.find((c) => c.id === 'gebruik')?.title?.value).toBe('Zo werk je met SWAN');
    // numbers are counted in the edition's own order: the added reflection card takes the next number
    expect(deck('swan', 'nl').cards.filter((c) => c.category.id === 'reflectie').map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps each deck\'s colour and device on its backs, with the edition\'s name and logo in a brand-colour strip at the foot', () => {
    const brand = [84, 42, 0, 38];
    const deckColours = { swan: [90, 40, 0, 10], 'gouden-regels': [0, 25, 95, 0], spanningsvelden: [75, 10, 35, 0] } as Record<string, number[]>;
    for (const d of laid) {
      expect(d.deck.editionName).toBe('Gemeente Voorbeeld');
      expect(d.deck.colours.back).toEqual(deckColours[d.deck.id]);
      expect(d.deck.colours.brand).toEqual(brand);
      const { items, heightPt } = d.back;
      // the deck colour to the bleed, its device as vector paths
      expect(items[0]).toMatchObject({ kind: 'rect', fill: deckColours[d.deck.id] });
      expect(items.filter((i) => i.kind === 'path').length).toBeGreaterThan(0);
      // the strip: brand colour, 14 mm from the bottom edge into the bleed, logo and name inside it
      const strip = items.find((i) => i.kind === 'rect' && i.fill === d.deck.colours.brand);
      expect(strip).toBeDefined();
      if (strip?.kind !== 'rect') continue;
      expect(strip.y).toBeCloseTo(heightPt - mmToPt(14), 1);
      const logo = items.find((i) => i.kind === 'image');
      expect(logo?.kind === 'image' && logo.y > strip.y && logo.y + logo.h < heightPt).toBe(true);
      const name = items.find((i) => i.kind === 'text' && i.text === 'Gemeente Voorbeeld');
      expect(name?.kind === 'text' && name.y > strip.y && name.y < heightPt && name.sizePt >= 8).toBe(true);
      expect(name?.kind === 'text' && name.colour).toEqual([0, 0, 0, 0]);
    }
    expect([...new Set(laid.map((d) => d.deck.id))]).toEqual(['swan', 'gouden-regels', 'spanningsvelden']);
    expect(posters.map((p) => `${p.poster.id}/${p.poster.lang}`)).toEqual(['gouden-regels/nl', 'gouden-regels/en']);
    for (const p of posters) expect(p.frame.items.some((i) => i.kind === 'image')).toBe(true);
  });

  it('falls back to the standard translation, with a warning, where a rewording is only in Dutch', () => {
    const root = withEdition(['name: T', 'languages: [nl, en]', 'decks:', '  - id: gouden-regels', '    reword:', '      regel-02:', '        nl: { text: Je werkt vanuit het buurthuis. }', ''].join('\n'));
    const result = checkProject({ ...options, root, editionFile: path.join(root, 'editions/test/edition.yaml') });
    const en = result.laid.find((d) => d.deck.lang === 'en')!.deck.cards.find((c) => c.id === 'regel-02');
    const nl = result.laid.find((d) => d.deck.lang === 'nl')!.deck.cards.find((c) => c.id === 'regel-02');
    expect(nl?.parts.find((p) => p.kind === 'text')?.texts[0]?.value).toBe('Je werkt vanuit het buurthuis.');
    expect(en?.parts.find((p) => p.kind === 'text')?.texts[0]?.value).toMatch(/^You /);
    expect(result.diagnostics.map((d) => d.message)).toContain("card 'regel-02' is reworded in Dutch but not in en; the standard en text is used");
  });
});

describe('building the example edition', () => {
  it('writes under output/voorbeeld-gemeente/, passes preflight, and leaves the default output alone', async () => {
    const out = tempDir();
    expect((await run(REPO, 'build', '--only', 'gouden-regels', '--lang', 'nl', '--out', out)).code).toBe(0);
    const defaultFile = path.join(out, 'default/nl/gouden-regels.cards.pdf');
    const before = sha(defaultFile);
    const result = await run(REPO, 'build', '--edition', 'editions/voorbeeld-gemeente/edition.yaml', '--out', out);
    expect(result.code).toBe(0);
    expect(sha(defaultFile)).toBe(before);
    const written = fs.readdirSync(path.join(out, 'voorbeeld-gemeente/nl')).sort();
    expect(written).toEqual(['gouden-regels.cards.pdf', 'gouden-regels.sheets-a4.pdf', 'poster-gouden-regels.a2-tiles-a3.pdf', 'poster-gouden-regels.a2-tiles-a4.pdf',
      'poster-gouden-regels.a2.pdf', 'spanningsvelden.cards.pdf', 'spanningsvelden.sheets-a4.pdf', 'swan.cards.pdf', 'swan.sheets-a4.pdf']);
    const edition = path.join(out, 'voorbeeld-gemeente');
    const prints = ['nl', 'en'].flatMap((l) => ['swan', 'gouden-regels', 'spanningsvelden'].map((d) => path.join(edition, l, `${d}.cards.pdf`)));
    expect((await run(REPO, 'preflight', ...prints)).stdout).toContain('preflight: 6 of 6 file(s) pass');
    const posterCheck = await run(REPO, 'preflight', '--safe-mm', '10', path.join(edition, 'nl/poster-gouden-regels.a2.pdf'), path.join(edition, 'en/poster-gouden-regels.a2.pdf'));
    expect(posterCheck.stdout).toContain('preflight: 2 of 2 file(s) pass');
  }, 60_000);
});

describe('kaartwerk new-edition', () => {
  it('creates a commented edition.yaml that builds as it is, and never overwrites one', async () => {
    const root = copyOfRepoProject();
    const created = await run(root, 'new-edition', 'Gemeente Vught');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created editions/gemeente-vught/edition.yaml');
    const text = fs.readFileSync(path.join(root, 'editions/gemeente-vught/edition.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/edition\.schema\.json/);
    expect(text).toContain('name: "Gemeente Vught"');
    const built = await run(root, 'build', '--edition', 'editions/gemeente-vught/edition.yaml', '--only', 'gouden-regels');
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'output/gemeente-vught/nl/gouden-regels.cards.pdf'))).toBe(true);
    const again = await run(root, 'new-edition', 'Gemeente Vught');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('editions/gemeente-vught exists already');
    expect(fs.readFileSync(path.join(root, 'editions/gemeente-vught/edition.yaml'), 'utf8')).toBe(text);
  }, 60_000);
});

describe('an edition with its own fonts', () => {
  it('sets its cards in them, embedded', async () => {
    const root = withEdition(base('fonts:\n  regular: fonts/Own-Regular.ttf\n  bold: fonts/Own-Bold.ttf'));
    // stand-ins for an organisation's fonts: the shipped italic and regular, under other names
    fs.mkdirSync(path.join(root, 'editions/test/fonts'));
    fs.copyFileSync(path.join(REPO, 'fonts/NotoSans-Italic.ttf'), path.join(root, 'editions/test/fonts/Own-Regular.ttf'));
    fs.copyFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf'), path.join(root, 'editions/test/fonts/Own-Bold.ttf'));
    const result = await run(root, 'build', '--edition', 'editions/test/edition.yaml');
    expect(result.stderr).toBe('');
    const names = (await fonts(path.join(root, 'output/test/nl/gouden-regels.cards.pdf'))).map((f) => f.name).join(' ');
    expect(names).toMatch(/NotoSans-Italic/);
    expect(names).not.toMatch(/NotoSans-Bold/);
  });
});
