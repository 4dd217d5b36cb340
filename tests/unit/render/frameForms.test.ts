import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageDocument } from '../../../src/model/Page.ts';
import { checkProject, imposeProject } from '../../../src/pipeline.ts';
import { renderPdf } from '../../../src/render/renderPdf.ts';
import { renderPage, uncompressed, wordBoxes } from '../../helpers/pdf.ts';
import { REPO, tempDir } from '../../helpers/project.ts';
import { skipSecondOpinion, tool } from '../../helpers/tools.ts';

const checked = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels', 'poster-gouden-regels'], langs: ['nl'] });
const imposed = imposeProject(checked);
const dir = tempDir('kaartwerk-frame-forms-');
const files = [['gouden-regels.cards.pdf', 30], ['gouden-regels.sheets-a4.pdf', 30], ['poster-gouden-regels.a2-tiles-a4.pdf', 30]] as const;

/** The same pages with a copy of the frame at every placement: nothing repeats, so every frame is drawn where it is placed. */
const unshared = (document: PageDocument): PageDocument => ({
  ...document,
  pages: document.pages.map((page) => ({ ...page, placements: page.placements.map((placement) => ({ ...placement, frame: structuredClone(placement.frame) })) })),
});

/** The file drawn as built (repeated frames as forms) and drawn with every frame in place. */
async function drawBoth(suffix: string) {
  const document = imposed.find((file) => file.path.endsWith(suffix))!.document;
  const draw = async (name: string, doc: PageDocument) => {
    const file = path.join(dir, `${name}-${suffix}`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, await renderPdf(doc, checked.project!.fonts, { contentId: 'c', cache: null }));
    return file;
  };
  return { document, shared: await draw('shared', document), inPlace: await draw('in-place', unshared(document)) };
}

/** Words as text with their boxes to a hundredth of a point. */
const rounded = (words: { text: string }[]) => words.map((word) => JSON.stringify(word, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));

describe('a frame placed more than once in a file is drawn once, as a form XObject', () => {
  for (const [suffix, dpi] of files) {
    it(`${suffix}: one form per repeated frame, placed wherever it shows; the pages look and read as when drawn in place`, async () => {
      const { document, shared, inPlace } = await drawBoth(suffix);
      const placed = document.pages.flatMap((page) => page.placements.map((p) => p.frame));
      const repeated = new Set(placed.filter((frame, i) => placed.indexOf(frame) !== i));
      expect(repeated.size).toBeGreaterThan(0);
      const text = await uncompressed(shared);
      expect(text.match(/\/Subtype \/Form/g)).toHaveLength(repeated.size);
      expect(text.match(/\/Frame\d+ Do/g)).toHaveLength(placed.filter((frame) => repeated.has(frame)).length);
      expect((await uncompressed(inPlace)).match(/\/Subtype \/Form/g)).toBeNull();
      expect(fs.statSync(shared).size).toBeLessThan(fs.statSync(inPlace).size);

      const [sharedWords, inPlaceWords] = [await wordBoxes(shared), await wordBoxes(inPlace)];
      for (let page = 1; page <= document.pages.length; page++) {
        // pdf.js anti-aliases some edges inside a form a little differently (a coloured band's: 0.4 % of a
        // tile's pixels at 30 dpi); a form misplaced or missing a font would change far more. Poppler draws
        // them the same to the pixel (the second opinion below).
        const [a, b] = [await renderPage(shared, page, dpi), await renderPage(inPlace, page, dpi)];
        let off = 0;
        for (let i = 0; i < a.data.length; i += 4) {
          if (Math.max(...[0, 1, 2].map((c) => Math.abs(a.data[i + c]! - b.data[i + c]!))) > 26) off++;
        }
        expect(off / (a.width * a.height), `page ${page}`).toBeLessThan(0.01);
        // every word where it was; a tile's form holds the whole poster, of which its clip shows a part
        const words = rounded(sharedWords[page - 1]!);
        if (suffix.includes('tiles')) expect(words).toEqual(expect.arrayContaining(rounded(inPlaceWords[page - 1]!)));
        else expect(words).toEqual(rounded(inPlaceWords[page - 1]!));
      }
    }, 60_000);
  }

  it.skipIf(skipSecondOpinion('the poppler comparison of forms and frames drawn in place'))('second opinion: poppler draws every page of each file pixel for pixel the same', async () => {
    for (const [suffix] of files) {
      const { shared, inPlace } = await drawBoth(suffix);
      const png = (pdf: string) => {
        const prefix = path.join(dir, path.basename(pdf, '.pdf'));
        tool('pdftoppm', '-r', '30', '-png', pdf, prefix);
        return fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')).sort().map((f) => fs.readFileSync(path.join(dir, f)));
      };
      const [a, b] = [png(shared), png(inPlace)];
      expect(a.length).toBeGreaterThan(0);
      expect(a.map((bytes) => bytes.equals(b[a.indexOf(bytes)]!))).toEqual(a.map(() => true));
    }
  }, 60_000);
});
