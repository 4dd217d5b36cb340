/**
 * A bounded search for a deck's category colours that `kaartwerk check` accepts and a designer would:
 *
 *   npx tsx scripts/search-palette.mts swan [factor=20,40,40,10 …]
 *
 * Candidates are CMYK in steps of 5 within ±SPAN of each category's present colour (or the starting
 * colour given as id=C,M,Y,K) and within ±HUE degrees of its hue (it stays recognisable), kept only where black text reaches 4.7 : 1 and the chroma (CIE LCh, as printed) lies in
 * one band for every colour but a grey intro, so bright and muted colours are harmonised. Coordinate
 * ascent then maximises the smallest pairwise CIEDE2000 over normal vision, deuteranopia, protanopia and
 * tritanopia, all through the press profile exactly as the check computes them; greyscale breaks ties.
 * Prints the palette and its figures; nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { converter, differenceCiede2000, type Rgb } from 'culori';
import { cmykToSrgb } from '../src/colour/cmykToSrgb.ts';
import { contrastRatio, VIEWS } from '../src/colour/colourDistance.ts';
import type { Cmyk } from '../src/validate/schemas.ts';
import { startColourEngine } from '../src/colour/colourEngine.ts';

await startColourEngine();

const deckId = process.argv[2] ?? 'swan';
const SPAN = Number(process.env.SPAN ?? 30);
const CHROMA = (process.env.CHROMA ?? '30,52').split(',').map(Number) as [number, number];
const MIN_TEXT = 4.7;
const COLOUR_VIEWS = ['normal vision', 'deuteranopia', 'protanopia', 'tritanopia'];
const HUE = Number(process.env.HUE ?? 35);
const deltaE = differenceCiede2000();
const lch = converter('lch');

const deck = parse(fs.readFileSync(path.join('cards', deckId, 'deck.yaml'), 'utf8')) as { categories: Record<string, { colour: Cmyk }> };
for (const arg of process.argv.slice(3)) {
  const [id, values] = arg.split('=');
  if (!id || !values || !deck.categories[id]) throw new Error(`not a category=C,M,Y,K: ${arg}`);
  deck.categories[id]!.colour = values.split(',').map(Number) as Cmyk;
}
const ids = Object.keys(deck.categories);
const fixed = new Set(ids.filter((id) => deck.categories[id]!.colour.slice(0, 3).every((v) => v === 0)));

interface Candidate { cmyk: Cmyk; seen: Rgb[]; grey: Rgb }
const candidate = (cmyk: Cmyk): Candidate => {
  const rgb = cmykToSrgb(cmyk);
  return { cmyk, seen: COLOUR_VIEWS.map((v) => VIEWS[v]!(rgb)), grey: VIEWS.greyscale!(rgb) };
};
const steps = (v: number) => Array.from({ length: (2 * SPAN) / 5 + 1 }, (_, i) => v - SPAN + 5 * i).filter((x) => x >= 0 && x <= 100);

const pools = new Map<string, Candidate[]>();
for (const id of ids) {
  const now = deck.categories[id]!.colour;
  // a grey intro stays a grey, of any light tint
  if (fixed.has(id)) { pools.set(id, [10, 15, 20].map((k) => candidate([0, 0, 0, k]))); continue; }
  const pool: Candidate[] = [];
  const hue = lch(cmykToSrgb(now)).h ?? 0;
  for (const c of steps(now[0])) for (const m of steps(now[1])) for (const y of steps(now[2])) for (const k of [0, 5, 10, 15, 20]) {
    const cmyk: Cmyk = [c, m, y, k];
    if (c + m + y + k > 240 || contrastRatio([0, 0, 0, 100], cmyk) < MIN_TEXT) continue;
    const { c: chroma = 0, h = 0 } = lch(cmykToSrgb(cmyk));
    if (chroma < CHROMA[0] || chroma > CHROMA[1]) continue;
    if (Math.abs(((h - hue + 540) % 360) - 180) > HUE) continue;
    pool.push(candidate(cmyk));
  }
  if (!pool.length) throw new Error(`no candidate for ${id} within ±${SPAN} of ${now} at chroma ${CHROMA}`);
  pools.set(id, pool);
}

const distance = (a: Candidate, b: Candidate) => Math.min(...a.seen.map((s, i) => deltaE(s, b.seen[i]!)));
const greyDistance = (a: Candidate, b: Candidate) => deltaE(a.grey, b.grey);
/**
 * The palette's score: its smallest colour distance up to TARGET; past it, the colours nearest their
 * starting colours (recognisable), then the largest smallest grey distance.
 */
const TARGET = Number(process.env.TARGET ?? 11);
const starts = new Map(ids.map((id) => [id, candidate(deck.categories[id]!.colour)] as const));
const score = (p: Map<string, Candidate>) => {
  let colour = Infinity, grey = Infinity, drift = 0;
  const list = [...p.values()];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    colour = Math.min(colour, distance(list[i]!, list[j]!));
    grey = Math.min(grey, greyDistance(list[i]!, list[j]!));
  }
  for (const [id, c] of p) drift += deltaE(c.seen[0]!, starts.get(id)!.seen[0]!);
  return Math.min(colour, TARGET) - drift / list.length / 50 + Math.min(grey, 6) / 500;
};

// coordinate ascent from the colours nearest the present ones, then from seeded random starts
const nearest = new Map<string, Candidate>();
for (const id of ids) {
  const now = candidate(deck.categories[id]!.colour);
  nearest.set(id, pools.get(id)!.reduce((a, b) => (deltaE(a.seen[0]!, now.seen[0]!) <= deltaE(b.seen[0]!, now.seen[0]!) ? a : b)));
}
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
let palette = new Map(nearest);
let best = -Infinity;
for (let start = 0; start < Number(process.env.STARTS ?? 6); start++) {
  const trial = start === 0 ? new Map(nearest) : new Map(ids.map((id) => [id, pools.get(id)![Math.floor(random() * pools.get(id)!.length)]!] as const));
  let value = score(trial);
  for (let sweep = 0; sweep < 20; sweep++) {
    let improved = false;
    for (const id of ids) {
      for (const c of pools.get(id)!) {
        const previous = trial.get(id)!;
        trial.set(id, c);
        const s = score(trial);
        if (s > value + 1e-9) { value = s; improved = true; } else trial.set(id, previous);
      }
    }
    if (!improved) break;
  }
  console.error(`start ${start + 1}: smallest ΔE ${value.toFixed(2)}`);
  if (value > best) [best, palette] = [value, trial];
}

for (const [id, c] of palette) {
  const chroma = lch(cmykToSrgb(c.cmyk)).c ?? 0;
  console.log(`${id.padEnd(13)} [${c.cmyk.join(', ')}]  black ${contrastRatio([0, 0, 0, 100], c.cmyk).toFixed(1)} : 1  chroma ${chroma.toFixed(0)}`);
}
for (const view of [...COLOUR_VIEWS, 'greyscale']) {
  let min = Infinity, pair = '';
  const list = [...palette];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const d = deltaE(VIEWS[view]!(cmykToSrgb(list[i]![1].cmyk)), VIEWS[view]!(cmykToSrgb(list[j]![1].cmyk)));
    if (d < min) [min, pair] = [d, `${list[i]![0]}–${list[j]![0]}`];
  }
  console.log(`${view.padEnd(14)} smallest ΔE ${min.toFixed(1)} (${pair})`);
}
