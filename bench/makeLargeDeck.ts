import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A project with one Dutch deck of `count` cards, their words drawn in turn from the real decks. */
export function makeLargeDeck(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-large-'));
  for (const part of ['layouts', 'fonts']) fs.cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  const texts: { title?: string; text: string }[] = [];
  for (const deck of ['swan', 'gouden-regels', 'dichterbij']) {
    const nl = parse(fs.readFileSync(path.join(root, 'cards', deck, 'nl.yaml'), 'utf8')) as { cards: Record<string, { title?: string; text: string }> };
    texts.push(...Object.values(nl.cards));
  }
  const ids = Array.from({ length: count }, (_, i) => `kaart-${String(i + 1).padStart(4, '0')}`);
  fs.mkdirSync(path.join(dir, 'cards/groot'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'editions'));
  fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Bench\nlanguages: [nl]\ndecks: [groot]\n');
  fs.writeFileSync(path.join(dir, 'cards/groot/deck.yaml'), [
    'layout: standard', 'format: poker', 'colour: [45, 10, 0, 0]', 'categories:',
    '  vraag: { colour: [0, 10, 75, 0], mark: diamond, numbered: true }', 'cards:',
    ...ids.map((id) => `  - { id: ${id}, category: vraag }`), ''].join('\n'));
  const cards = ids.map((id, i) => {
    const t = texts[i % texts.length]!;
    return `  ${id}:\n${t.title ? `    title: ${JSON.stringify(t.title)}\n` : ''}    text: ${JSON.stringify(t.text)}`;
  });
  fs.writeFileSync(path.join(dir, 'cards/groot/nl.yaml'), ['deck:', '  title: Groot spel', 'categories:', '  vraag: Vraag', 'cards:', ...cards, ''].join('\n'));
  return dir;
}
