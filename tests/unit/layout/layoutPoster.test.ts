import { describe, expect, it } from 'vitest';
import { layoutPoster } from '../../../src/layout/layoutPoster.ts';
import { mmToPt, ptToMm } from '../../../src/layout/units.ts';
import type { SourceRef } from '../../../src/diagnostics/Diagnostic.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import type { ResolvedPoster, ResolvedPosterList } from '../../../src/model/ResolvedPoster.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { editionLanguages } from '../../helpers/languages.ts';
import { REPO } from '../../helpers/project.ts';

type Text = Extract<FrameItem, { kind: 'text' }>;
const texts = (items: FrameItem[]) => items.filter((i): i is Text => i.kind === 'text');
// by place, not by object: frames may come from the layout cache on disk, with sources read back as new objects
const sameSource = (a?: SourceRef, b?: SourceRef) => !!a && !!b && a.file === b.file && a.line === b.line && a.col === b.col;
const LANGS = editionLanguages();

describe('poster layout', () => {
  const { posters, diagnostics, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: LANGS, only: ['poster-swan', 'poster-gouden-regels', 'poster-dichterbij'] });
  const fonts = project!.fonts;
  const find = (id: string, lang = 'nl') => posters.find((p) => p.poster.id === id && p.poster.lang === lang)!;

  it('lays out the three posters in every language with no error, and builds no cards for them', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(posters.map((p) => `${p.poster.id}.${p.poster.lang}`).sort()).toEqual(
      ['swan', 'gouden-regels', 'dichterbij'].flatMap((id) => LANGS.map((l) => `${id}.${l}`)).sort());
  });

  for (const { poster, frame } of posters) {
    it(`${poster.id} (${poster.lang}): A2; title ≥ 60 pt; body ≥ 30 pt, item titles ≥ 40 pt; footer ≥ 20 pt; all 10 mm inside the trim`, () => {
      expect(frame.widthPt).toBeCloseTo(mmToPt(420), 6);
      expect(frame.heightPt).toBeCloseTo(mmToPt(594), 6);
      const lines = texts(frame.items);
      const titleLines = lines.filter((t) => sameSource(t.source, poster.title.source));
      // runs that touch (a raised © after its word) are one word; lines are joined with a space
      const titleText = titleLines.reduce((s, t, i) => {
        const prev = titleLines[i - 1];
        return i === 0 ? t.text : s + (prev && Math.abs(prev.x + prev.widthPt - t.x) < 0.01 ? '' : ' ') + t.text;
      }, '');
      expect(titleText).toBe(poster.title.value);
      // the © of a name is a superscript, as on the cards; the rest of the title is ≥ 60 pt
      for (const t of titleLines) if (t.text !== '©') expect(t.sizePt).toBeGreaterThanOrEqual(60);
      expect(titleLines.some((t) => t.text.includes('©'))).toBe(poster.title.value.includes('©'));
      for (const [i, mark] of titleLines.entries()) {
        if (!mark.text.includes('©')) continue;
        const word = titleLines[i - 1]!;
        expect(mark.text).toBe('©');
        expect(mark.sizePt).toBeCloseTo(word.sizePt / 2, 6);
        expect(mark.y).toBeCloseTo(word.y - word.sizePt * 0.36, 6);
        // the mark's top at the word's cap height (within 5 % of the size), its left end where the word ends
        const bold = fonts[poster.layout.title.font].font;
        const capHeight = bold.capHeight / bold.unitsPerEm;
        expect(Math.abs((mark.y - mark.sizePt * capHeight) - (word.y - word.sizePt * capHeight))).toBeLessThan(word.sizePt * 0.05);
        expect(mark.x).toBeCloseTo(word.x + word.widthPt, 6);
      }
      const safe = mmToPt(10);
      for (const t of lines) {
        const footer = sameSource(t.source, poster.footer.source);
        expect(t.sizePt, t.text).toBeGreaterThanOrEqual(footer ? 20 : 30);
        expect(t.x).toBeGreaterThanOrEqual(safe);
        expect(t.x + t.widthPt).toBeLessThanOrEqual(frame.widthPt - safe + 0.01);
        expect(t.y - t.sizePt * 0.75).toBeGreaterThanOrEqual(safe);
        expect(t.y + t.sizePt * 0.25).toBeLessThanOrEqual(frame.heightPt - safe);
      }
      // cap height of body text at least 7.5 mm
      const body = lines.filter((t) => !sameSource(t.source, poster.footer.source));
      const capHeight = fonts.regular.font.capHeight / fonts.regular.font.unitsPerEm;
      for (const t of body) expect(ptToMm(t.sizePt * capHeight), t.text).toBeGreaterThanOrEqual(7.5);
      // no heading repeats the title
      const headings = poster.sections.map((s) => s.heading?.value.toLocaleLowerCase(poster.lang)).filter(Boolean);
      for (const h of headings) expect(h).not.toContain(poster.title.value.toLocaleLowerCase(poster.lang).replace(/^10 /, ''));
    });
  }

  for (const lang of LANGS) {
    it(`SWAN (${lang}) is a diagram: three phases in a row with arrows, every level × condition cell at least 80 mm, the factors beside the grid, what helps, five summary boxes`, () => {
      const { poster, frame } = find('swan', lang);
      const layout = layoutPoster(poster, fonts);
      expect(layout.frame?.items).toEqual(frame.items);
      const deck = project!.decks.find((d) => d.id === 'swan')!;
      const ofCategory = (c: string) => deck.definition.value.cards.filter((card) => card.category === c).map((card) => card.id);
      const regions = layout.regions;
      // the phases: left to right on one row, an arrow between each two
      const phases = regions.filter((r) => r.kind === 'flow');
      expect(phases.map((r) => r.ids[0])).toEqual(ofCategory('ronde'));
      for (const [i, r] of phases.entries()) {
        if (i === 0) continue;
        expect(r.y).toBeCloseTo(phases[0]!.y, 3);
        expect(r.x).toBeGreaterThan(phases[i - 1]!.x + phases[i - 1]!.w);
      }
      const arrows = regions.filter((r) => r.kind === 'arrow');
      expect(arrows.map((a) => a.ids)).toEqual(phases.slice(1).map((p, i) => [phases[i]!.ids[0], p.ids[0]]));
      expect(frame.items.filter((i) => i.kind === 'path')).toHaveLength(2);
      // each phase's main question is on the poster, at 30 pt or more
      const flow = poster.sections.find((s) => s.kind === 'flow')!;
      for (const item of flow.kind === 'flow' ? flow.items : []) {
        const lines = texts(frame.items).filter((t) => sameSource(t.source, item.text!.source));
        expect(lines.length, item.cardId).toBeGreaterThan(0);
        for (const t of lines) expect(t.sizePt).toBeGreaterThanOrEqual(30);
        expect(lines.map((t) => t.text).join(' ').replace(/- /g, '').replace(/\u00ad/g, '')).toBe(item.text!.value);
      }
      // the grid: a cell for every level × condition, each at least 80 × 80 mm, in rows and columns
      const cells = regions.filter((r) => r.kind === 'cell');
      const levels = ofCategory('niveau');
      const conditions = ofCategory('kwaliteit');
      expect(cells.map((c) => c.ids.join(' × ')).sort()).toEqual(levels.flatMap((l) => conditions.map((c) => `${l} × ${c}`)).sort());
      for (const cell of cells) {
        expect(ptToMm(cell.w)).toBeGreaterThanOrEqual(80);
        expect(ptToMm(cell.h)).toBeGreaterThanOrEqual(80);
      }
      for (const [r, level] of levels.entries()) {
        const row = cells.filter((c) => c.ids[0] === level).sort((a, b) => a.x - b.x);
        expect(row.map((c) => c.ids[1])).toEqual(conditions);
        for (const c of row) expect(c.y).toBeCloseTo(row[0]!.y, 3);
        if (r > 0) expect(row[0]!.y).toBeGreaterThan(cells.find((c) => c.ids[0] === levels[r - 1])!.y + mmToPt(80));
      }
      // the rows' and columns' names, the factors and what helps, in the grid's place
      const grid = { x: Math.min(...cells.map((c) => c.x)), right: Math.max(...cells.map((c) => c.x + c.w)), top: Math.min(...cells.map((c) => c.y)) };
      const rails = regions.filter((r) => r.kind === 'rail');
      expect(rails.map((r) => r.section)).toEqual(['factoren', 'helpt']);
      expect(rails[0]!.ids).toEqual(ofCategory('factor'));
      expect(rails[1]!.ids).toEqual(ofCategory('helpt'));
      for (const rail of rails) expect(rail.x).toBeGreaterThanOrEqual(grid.right);
      expect(regions.filter((r) => r.kind === 'column').map((r) => r.ids[0])).toEqual(conditions);
      expect(regions.filter((r) => r.kind === 'row').map((r) => r.ids[0])).toEqual(levels);
      // the summary: five boxes in a row under the grid, the items of the summary card as they are in this language
      const boxes = regions.filter((r) => r.kind === 'box');
      expect(boxes).toHaveLength(5);
      for (const b of boxes) expect(b.y).toBeGreaterThan(grid.top + 3 * mmToPt(80));
      const summary = poster.sections.find((s) => s.kind === 'boxes')!;
      const words = texts(frame.items).map((t) => t.text).join(' ').replace(/- /g, '').replace(/\u00ad/g, '');
      for (const item of summary.kind === 'boxes' ? summary.items : []) expect(words).toContain(item.value);
      expect(layout.sizes!.bodyPt).toBeGreaterThanOrEqual(30);
      expect(layout.sizes!.itemTitlePt).toBeGreaterThanOrEqual(40);
    });
  }

  it('takes its words from the deck: every rule on the Gouden Regels poster is the text of its card, under no heading', () => {
    const { poster, frame } = find('gouden-regels');
    const words = texts(frame.items).map((t) => t.text).join(' ').replace(/- /g, '');
    const section = poster.sections[0] as ResolvedPosterList;
    expect(section.heading).toBeUndefined();
    expect(section.items).toHaveLength(10);
    for (const item of section.items) expect(words).toContain(item.text!.value);
    expect(words).toContain('Standaardeditie');
    expect(words).not.toContain('De tien gouden regels');
  });

  it('DichtErBij: the attitude principles before the work principles, as in the deck', () => {
    for (const lang of LANGS) {
      const { frame, poster } = find('dichterbij', lang);
      expect(poster.sections.map((s) => s.id)).toEqual(['houding', 'werk']);
      const y = (id: string) => Math.min(...texts(frame.items).filter((t) => sameSource(t.source, poster.sections.find((s) => s.id === id)!.heading!.source)).map((t) => t.y));
      expect(y('houding')).toBeLessThan(y('werk'));
    }
  });

  it('never shrinks below the floor: too many words fail with the exact diagnostic, naming the poster and the language', () => {
    const { poster } = find('gouden-regels');
    const section = poster.sections[0] as ResolvedPosterList;
    const long = section.items.map((item) => ({ ...item, text: { ...item.text!, value: `${item.text!.value} `.repeat(3).trim() } }));
    const failed = layoutPoster({ ...poster, sections: [{ ...section, items: long }] }, fonts);
    expect(failed.frame).toBeUndefined();
    expect(failed.diagnostics).toHaveLength(1);
    expect(failed.diagnostics[0]?.source?.file).toMatch(/layouts\/posters\/gouden-regels\.yaml$/);
    expect(failed.diagnostics[0]?.message).toMatch(/^poster 'gouden-regels' \(language nl\): the words do not fit with body text at 30 pt and item titles at 40 pt: they need \d+ mm, there are 4\d\d mm$/);
    expect(failed.diagnostics[0]?.hint).toBe('fewer words, not smaller type: shorten the texts, leave out a section (optional: true) or show fewer parts');
    // a little more than fits at the preferred size: the type shrinks, to no less than the floor
    const some = section.items.map((item, i) => (i < 3 ? { ...item, text: { ...item.text!, value: `${item.text!.value} ${item.text!.value}` } } : item));
    const shrunk = layoutPoster({ ...poster, sections: [{ ...section, items: some }] }, fonts);
    expect(shrunk.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(shrunk.sizes!.bodyPt).toBeGreaterThanOrEqual(30);
    // on A3 the floors scale with the sheet, and the message says so
    const a3 = layoutPoster({ ...poster, sections: [{ ...section, items: long }] }, fonts, { widthMm: 297, heightMm: 420 });
    expect(a3.diagnostics[0]?.message).toMatch(/^poster 'gouden-regels' \(language nl\): the words do not fit with body text at 21\.2 pt and item titles at 28\.3 pt: they need \d+ mm, there are 3\d\d mm$/);
  });

  it('leaves an optional section out, rather than set the type smaller (SWAN: the reflection questions)', () => {
    const { poster } = find('swan');
    const layout = layoutPoster(poster, fonts);
    expect(layout.leftOut).toEqual(['reflectie']);
    expect(layout.frame?.fit?.field).toBe('sections (left out: reflectie)');
    const required = poster.sections.map((s) => (s.id === 'reflectie' ? { ...s, optional: false } : s));
    const failed = layoutPoster({ ...poster, sections: required }, fonts);
    expect(failed.diagnostics[0]?.message).toMatch(/^poster 'swan' \(language nl\): the words do not fit with body text at 30 pt and item titles at 40 pt: they need \d+ mm, there are \d+ mm$/);
  });

  it('scales with the sheet: A1 (594 × 841) about √2 × A2, A3 (297 × 420) A2 ÷ √2, type and grid alike, the bleed stays 3 mm', () => {
    const { poster, frame } = find('swan');
    for (const [w, h] of [[594, 841], [297, 420]] as const) {
      const k = w / 420;
      const scaled = layoutPoster(poster, fonts, { widthMm: w, heightMm: h });
      expect(scaled.frame!.widthPt).toBeCloseTo(mmToPt(w), 6);
      expect(scaled.frame!.heightPt).toBeCloseTo(mmToPt(h), 6);
      expect(scaled.frame!.bleedPt).toBeCloseTo(mmToPt(3), 6);
      const a2 = texts(frame.items);
      const other = texts(scaled.frame!.items);
      if (k > 1) {
        // A1: the A2 poster enlarged, line for line
        expect(other.map((t) => t.text)).toEqual(a2.map((t) => t.text));
        for (const [i, t] of other.entries()) expect(t.sizePt).toBeCloseTo(a2[i]!.sizePt * k, 6);
      }
      // A3 keeps the 10 mm safe zone, so its lines may break otherwise; the floors scale with the sheet
      for (const t of other) {
        if (!sameSource(t.source, poster.footer.source)) expect(t.sizePt, t.text).toBeGreaterThanOrEqual(30 * k - 0.01);
        expect(t.x).toBeGreaterThanOrEqual(mmToPt(10) - 0.01);
      }
      for (const cell of scaled.regions.filter((r) => r.kind === 'cell')) expect(ptToMm(cell.w)).toBeGreaterThanOrEqual(80 * k - 0.01);
      // the bands still reach 3 mm into the bleed
      const band = scaled.frame!.items[0]!;
      expect(band.kind === 'rect' && band.x).toBeCloseTo(-mmToPt(3), 6);
    }
  });
});

describe('every poster at every size (--poster-size a1, a2, a3) in every language', () => {
  const { posters, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: LANGS, only: ['poster-swan', 'poster-gouden-regels', 'poster-dichterbij'] });
  const fonts = project!.fonts;
  const SHEETS = { a1: { widthMm: 594, heightMm: 841 }, a2: { widthMm: 420, heightMm: 594 }, a3: { widthMm: 297, heightMm: 420 } } as const;
  for (const [size, sheet] of Object.entries(SHEETS)) {
    it(`${size}: each builds, the type at or above the floors scaled with the sheet, all text 10 mm inside the trim`, () => {
      const k = sheet.widthMm / 420;
      for (const { poster } of posters) {
        const what = `${poster.id} ${poster.lang} ${size}`;
        const result = layoutPoster(poster, fonts, sheet);
        expect(result.diagnostics.filter((d) => d.severity === 'error'), what).toEqual([]);
        expect(result.sizes!.bodyPt, what).toBeGreaterThanOrEqual(poster.layout.minBodyPt * k - 0.01);
        expect(result.sizes!.itemTitlePt, what).toBeGreaterThanOrEqual(poster.layout.minItemTitlePt * k - 0.01);
        const frame = result.frame!;
        const safe = mmToPt(10);
        for (const t of texts(frame.items)) {
          if (!sameSource(t.source, poster.footer.source)) expect(t.sizePt, `${what}: ${t.text}`).toBeGreaterThanOrEqual(poster.layout.minBodyPt * k - 0.01);
          expect(t.x, `${what}: ${t.text}`).toBeGreaterThanOrEqual(safe - 0.01);
          expect(t.x + t.widthPt, `${what}: ${t.text}`).toBeLessThanOrEqual(frame.widthPt - safe + 0.01);
          expect(t.y - t.sizePt * 0.75, `${what}: ${t.text}`).toBeGreaterThanOrEqual(safe - 0.01);
          expect(t.y + t.sizePt * 0.25, `${what}: ${t.text}`).toBeLessThanOrEqual(frame.heightPt - safe + 0.01);
        }
        // SWAN keeps its diagram: every level × condition cell, at least 80 mm on A2, scaled with the sheet
        if (poster.id === 'swan') {
          const cells = result.regions.filter((r) => r.kind === 'cell');
          expect(cells, what).toHaveLength(12);
          for (const cell of cells) expect(Math.min(ptToMm(cell.w), ptToMm(cell.h)), what).toBeGreaterThanOrEqual(80 * k - 0.01);
        }
      }
    });
  }

  it('a poster a little too full for its sheet is set with tighter spacing, never smaller type; the fit report says so', () => {
    const { poster } = posters.find((p) => p.poster.id === 'gouden-regels' && p.poster.lang === 'nl')!;
    const section = poster.sections[0] as ResolvedPosterList;
    const notes: string[] = [];
    for (let n = 1; n <= section.items.length; n++) {
      const more = section.items.map((item, i) => (i < n ? { ...item, text: { ...item.text!, value: `${item.text!.value} ${item.text!.value}` } } : item));
      const result = layoutPoster({ ...poster, sections: [{ ...section, items: more }] }, fonts, SHEETS.a3);
      if (!result.frame) {
        expect(result.diagnostics[0]?.message).toMatch(/^poster 'gouden-regels' \(language nl\): the words do not fit with body text at 21\.2 pt and item titles at 28\.3 pt: they need \d+ mm, there are \d+ mm$/);
        break;
      }
      expect(result.sizes!.bodyPt).toBeGreaterThanOrEqual(30 * (297 / 420) - 0.01);
      notes.push(result.frame.fit!.field);
    }
    // first at the designed spacing, then tighter before it fails
    expect(notes[0]).toBe('sections');
    expect(notes.some((f) => /^sections \(spacing [6-9]0 %\)$/.test(f))).toBe(true);
  });
});

describe('the organisation\'s name and logo on a poster', () => {
  const { posters, project } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], only: ['poster-swan', 'poster-gouden-regels', 'poster-dichterbij'] });
  const fonts = project!.fonts;
  const named = (poster: ResolvedPoster, name: string, shortName?: string): ResolvedPoster => ({
    ...poster,
    footer: { ...poster.footer, value: poster.footer.value.replace(poster.edition.name, name) },
    edition: { ...poster.edition, name, shortName },
  });
  const square = { aspect: 1 } as unknown as NonNullable<ResolvedPoster['logo']>;
  const footerLines = (poster: ResolvedPoster, frame: { items: FrameItem[] }) => texts(frame.items).filter((t) => sameSource(t.source, poster.footer.source)).map((t) => t.text);

  for (const { poster } of posters) {
    it(`${poster.id}: a 33-character name with a square logo fits; the logo is in the header band, at least 20 mm high`, () => {
      const p = { ...named(poster, 'Stichting Buurtwerk Heerhugowaard'), logo: square };
      const result = layoutPoster(p, fonts);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(footerLines(p, result.frame!).join(' ')).toContain('Stichting Buurtwerk Heerhugowaard');
      const logo = result.frame!.items.find((i) => i.kind === 'image')!;
      const band = result.frame!.items[0]!;
      expect(logo.kind === 'image' && ptToMm(logo.h)).toBeGreaterThanOrEqual(20);
      if (logo.kind === 'image' && band.kind === 'rect') expect(logo.y + logo.h).toBeLessThanOrEqual(band.y + band.h);
    });
  }

  it('a long name wraps: the name on a line of its own under the attribution', () => {
    const { poster } = posters.find((p) => p.poster.id === 'swan')!;
    const name = 'Stichting Maatschappelijke Dienstverlening en Welzijn Noord-Kennemerland en West-Friesland';
    const p = named(poster, name);
    const result = layoutPoster(p, fonts);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lines = footerLines(p, result.frame!);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(name);
  });

  it('a name too long for two lines gives way to its shortName', () => {
    const { poster } = posters.find((p) => p.poster.id === 'swan')!;
    const name = 'Stichting Maatschappelijke Dienstverlening en Welzijn Noord-Kennemerland en West-Friesland '.repeat(3).trim();
    const p = named(poster, name, 'Welzijn NKWF');
    const result = layoutPoster(p, fonts);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(footerLines(p, result.frame!).join(' ')).toContain('Welzijn NKWF');
    expect(footerLines(p, result.frame!).join(' ')).not.toContain('Noord-Kennemerland');
  });

  it('a name that does not fit even so fails at the name: key of the edition\'s own file, with the limit in characters', () => {
    const { poster } = posters.find((p) => p.poster.id === 'swan')!;
    const name = 'Stichting Maatschappelijke Dienstverlening en Welzijn Noord-Kennemerland en West-Friesland '.repeat(3).trim();
    const result = layoutPoster(named(poster, name), fonts);
    expect(result.frame).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d?.source?.file).toMatch(/editions\/default\.yaml$/);
    expect(d?.source?.line).toBe(4); // nl: Standaardeditie, under name:
    expect(d?.message).toMatch(/^the edition's name \(272 characters\) does not fit the footer of poster 'swan' \(language nl\): at most about \d{3} characters fit there, on 2 lines$/);
    expect(d?.hint).toBe('add a shortName: (the name is then used where it fits, the short form elsewhere)');
  });
});
