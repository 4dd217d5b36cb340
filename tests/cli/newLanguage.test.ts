import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepoProject, run } from '../helpers/project.ts';
import { pagesText, squash } from '../helpers/pdf.ts';

/** A later language is a matter of adding a file: fonts and hyphenation already cover it. */
describe('adding a language by adding a file', () => {
  it('builds Polish and Turkish cards, with their letters, their capitals and their hyphenation', async () => {
    const root = copyOfRepoProject();
    // languages new to the project: whatever it has of them already (a glossary, texts) is not this test's
    for (const lang of ['pl', 'tr']) for (const file of [`glossary/${lang}.yaml`, `cards/gouden-regels/${lang}.sources.yaml`]) fs.rmSync(path.join(root, file), { force: true });
    fs.writeFileSync(path.join(root, 'editions/default.yaml'), 'name: Test\nlanguages: [pl, tr]\ndecks: [gouden-regels]\n');
    const dir = path.join(root, 'cards/gouden-regels');
    fs.writeFileSync(path.join(dir, 'pl.yaml'), [
      'deck:', '  title: 10 złotych zasad', '  subtitle: pracy w dzielnicy', 'categories:', '  intro: O tych kartach', '  regel: Złota zasada', 'cards:',
      '  intro:', '    title: Praca w dzielnicy', '    text: Dziesięć zasad pracy nad sprawami społecznymi w sąsiedztwie. Połóż kartę na stole i porozmawiaj z zespołem.',
      ...Array.from({ length: 10 }, (_, i) => `  regel-${String(i + 1).padStart(2, '0')}:\n    text: "Zasada numer ${i + 1}: współpracujesz z mieszkańcami, żeby dzielnica była przyjaźniejsza."`), ''].join('\n'));
    fs.writeFileSync(path.join(dir, 'tr.yaml'), [
      'deck:', '  title: 10 Altın Kural', '  subtitle: mahallede çalışmak için', 'categories:', '  intro: Bu kartlar hakkında', '  regel: İlke', 'cards:',
      '  intro:', '    title: Mahallede çalışmak', '    text: Mahalledeki sosyal sorunlar üzerinde çalışmak için on altın kural. Bir kartı masaya koyun ve ekibinizle konuşun.',
      ...Array.from({ length: 10 }, (_, i) => `  regel-${String(i + 1).padStart(2, '0')}:\n    text: "Kural ${i + 1}: mahalle sakinleriyle birlikte, herkes için daha iyi bir mahalle için çalışıyorsunuz."`), ''].join('\n'));
    const result = await run(root, 'build');
    // what the two files leave out (the attribution, the prompt, Polish built-in words) is printed in
    // Dutch or English, and said so; nothing is an error
    expect(result.stderr).toMatch(/^0 error\(s\), \d+ warning\(s\)$/m);
    expect(result.stderr.split('\n').filter((l) => l.includes('warning:')).filter((l) => !/(has no|have no) (pl|tr) text/.test(l))).toEqual([]);
    expect(result.code).toBe(0);
    const pl = squash((await pagesText(path.join(root, 'output/default/pl/gouden-regels.cards.pdf'))).join('\n'));
    expect(pl).toContain(squash('współpracujesz z mieszkańcami, żeby dzielnica była przyjaźniejsza.'));
    expect(pl).toContain('ZŁOTAZASADA');
    const tr = (await pagesText(path.join(root, 'output/default/tr/gouden-regels.cards.pdf'))).join('\n');
    // Turkish capitals: the dotted İ stays dotted
    expect(tr).toContain('İLKE');
    expect(squash(tr)).toContain(squash('mahalle sakinleriyle birlikte'));
  }, 60_000);
});
