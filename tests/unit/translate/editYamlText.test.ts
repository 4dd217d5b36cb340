import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setYamlString } from '../../../src/translate/editYamlText.ts';

const text = `# a comment
deck:
  title: Proef   # kept
cards:
  een:
    title: Eerste
    text: >-
      Een lange tekst
      over twee regels.
    items:
      - een
      - twee
  twee:
    text: Tweede
`;

describe('setYamlString: one value changed, the rest of the file as it was', () => {
  it('replaces a plain and a folded value in place', () => {
    const a = setYamlString(text, ['deck', 'title'], 'Test');
    expect(a).toBe(text.replace('title: Proef', 'title: Test'));
    const b = setYamlString(text, ['cards', 'een', 'text'], 'Kort');
    expect(parse(b).cards.een.text).toBe('Kort');
    expect(b).toContain('# a comment');
    expect(b).toBe(text.replace('>-\n      Een lange tekst\n      over twee regels.', 'Kort'));
  });
  it('keeps line breaks of a multi-line value', () => {
    const c = setYamlString(text, ['cards', 'twee', 'text'], 'regel een\nregel twee');
    expect(parse(c).cards.twee.text).toBe('regel een\nregel twee');
    expect(parse(c).cards.een.title).toBe('Eerste');
  });
  it('adds a missing key at the end of its mapping, and a new card', () => {
    const d = setYamlString(text, ['cards', 'twee', 'title'], 'Twee: met een dubbele punt');
    expect(parse(d).cards.twee).toEqual({ text: 'Tweede', title: 'Twee: met een dubbele punt' });
    const e = setYamlString(text, ['cards', 'drie', 'text'], 'Derde');
    expect(parse(e).cards.drie).toEqual({ text: 'Derde' });
    expect(e.startsWith(text)).toBe(true);
    const f = setYamlString(text, ['deck', 'subtitle'], 'ondertitel');
    expect(parse(f).deck).toEqual({ title: 'Proef', subtitle: 'ondertitel' });
    expect(f).toContain('# kept');
  });
  it('replaces and appends list items', () => {
    const g = setYamlString(text, ['cards', 'een', 'items', 1], 'drie');
    expect(parse(g).cards.een.items).toEqual(['een', 'drie']);
    const h = setYamlString(text, ['cards', 'een', 'items', 2], 'vier');
    expect(parse(h).cards.een.items).toEqual(['een', 'twee', 'vier']);
  });
});

describe('setYamlString on a new file', () => {
  it('builds the file key by key, in the order given', () => {
    let t = '# a new file\n';
    t = setYamlString(t, ['deck', 'title'], 'Başlık');
    t = setYamlString(t, ['cards', 'een', 'text'], 'Metin: iki nokta');
    t = setYamlString(t, ['cards', 'een', 'items', 0], 'bir');
    t = setYamlString(t, ['cards', 'een', 'items', 1], 'iki');
    expect(parse(t)).toEqual({ deck: { title: 'Başlık' }, cards: { een: { text: 'Metin: iki nokta', items: ['bir', 'iki'] } } });
    expect(t.startsWith('# a new file\n')).toBe(true);
  });
});
