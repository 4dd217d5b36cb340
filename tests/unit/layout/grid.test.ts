import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/layout/units.ts';
import type { FrameItem } from '../../../src/model/Frame.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REPO } from '../../helpers/project.ts';

type Text = Extract<FrameItem, { kind: 'text' }>;
const texts = (items: FrameItem[]) => items.filter((i): i is Text => i.kind === 'text');
const layout = parse(fs.readFileSync(path.join(REPO, 'layouts/cards/standard.yaml'), 'utf8')) as { referenceWidthMm: number; referenceHeightMm: number; front: { bandHeightMm: number; firstBaselineMm: number } };
const formats = (parse(fs.readFileSync(path.join(REPO, 'layouts/formats.yaml'), 'utf8')) as { formats: Record<string, { widthMm: number; heightMm: number }> }).formats;
const languages = (parse(fs.readFileSync(path.join(REPO, 'editions/default.yaml'), 'utf8')) as { languages: string[] }).languages;

/**
 * One grid on every card: whatever the format, language or card, the title (or a statement) sits on the
 * same first baseline under the band, every block starts at the same left margin, and nothing is
 * centred vertically, so cards laid side by side agree.
 */
describe('every card keeps its blocks on the grid', () => {
  for (const [format, size] of Object.entries(formats)) {
    const scale = Math.min(size.heightMm / layout.referenceHeightMm, 1.25 * (size.widthMm / layout.referenceWidthMm));
    const firstBaseline = mmToPt((layout.front.bandHeightMm + layout.front.firstBaselineMm) * scale);
    for (const lang of languages) {
      it(`${format}, ${lang}: the first line under the band on the first baseline, blocks on the left margin`, () => {
        const { laid, diagnostics } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: [lang], format, only: ['swan', 'gouden-regels', 'dichterbij'] });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(laid.length).toBeGreaterThan(0);
        for (const deck of laid) {
          const band = mmToPt(layout.front.bandHeightMm * scale);
          for (const frame of deck.fronts) {
            // a raised © is a superscript above its line, not a line
            const below = texts(frame.items).filter((t) => t.y > band && t.sizePt < 40 && t.text !== '©');
            const first = below.reduce((a, b) => (b.y < a.y ? b : a));
            expect(first.y, `${deck.deck.id} ${frame.cardId}`).toBeCloseTo(firstBaseline, 1);
            const left = Math.min(...below.map((t) => t.x));
            for (const t of below) expect(t.x, `${deck.deck.id} ${frame.cardId} '${t.text}'`).toBeGreaterThanOrEqual(left - 0.01);
            // blocks not indented start exactly on the margin
            expect(below.filter((t) => Math.abs(t.x - left) < 0.01).length).toBeGreaterThan(0);
          }
        }
      }, 30_000);
    }
  }
});
