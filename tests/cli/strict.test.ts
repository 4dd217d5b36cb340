import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStrict } from '../../src/diagnostics/applyStrict.ts';
import { error, note, warning } from '../../src/diagnostics/Diagnostic.ts';
import { loadProject } from '../../src/load/loadProject.ts';
import { checkProject } from '../../src/pipeline.ts';
import { validateProject } from '../../src/validate/validateProject.ts';
import { fixtureProject, REPO, run } from '../helpers/project.ts';

/** `_base` in Dutch and English: the English lacks card 'twee', and the edition rewords card 'een' in Dutch only. */
function projectWithMissingTranslations(): string {
  const dir = fixtureProject('_base');
  fs.writeFileSync(path.join(dir, 'editions/default.yaml'),
    'name: Proefeditie\nlanguages: [nl, en]\ndecks:\n  - id: proef\n    reword:\n      een: { nl: { title: Een nieuwe eerste kaart } }\n');
  fs.writeFileSync(path.join(dir, 'cards/proef/en.yaml'),
    'deck:\n  title: Test deck\ncategories:\n  vraag: Question\ncards:\n  een:\n    title: The first card\n    text: What do you want to achieve?\n');
  return dir;
}

const CARD_MISSING = "cards/proef/en.yaml:6:3  card 'twee' has no en text; the Dutch text is used";
const REWORD_MISSING = "editions/default.yaml:6:7  card 'een' is reworded in Dutch but not in en; the standard en text is used";

describe('--strict, decided once', () => {
  it('check warns on a missing translation; check --strict exits 1 with the same messages as errors; build --strict writes nothing', async () => {
    const dir = projectWithMissingTranslations();
    const loose = await run(dir, 'check');
    expect(loose.code).toBe(0);
    expect(loose.stderr).toBe(
      `${CARD_MISSING.replace('  card', '  warning: card')}  (add the translation; --strict makes this an error)\n`
      + `${REWORD_MISSING.replace('  card', '  warning: card')}  (add the translation; --strict makes this an error)\n`
      + '0 error(s), 2 warning(s)\n');
    const strict = await run(dir, 'check', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(
      `${CARD_MISSING}  (add the translation, or build without --strict to fall back to Dutch)\n`
      + `${REWORD_MISSING}  (add the translation, or build without --strict to fall back to Dutch)\n`
      + '2 error(s), 0 warning(s)\n');
    const build = await run(dir, 'build', '--strict');
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('nothing was written');
    expect(fs.existsSync(path.join(dir, 'output'))).toBe(false);
  }, 60_000);

  it('the stages report a warning whatever the option; checkProject turns it into an error only under --strict', () => {
    const dir = projectWithMissingTranslations();
    const options = { root: dir, paper: 'a4', backOffsetMm: { x: 0, y: 0 }, strict: true };
    const validated = validateProject(loadProject(dir).raw, options);
    expect(validated.diagnostics.map((d) => [d.severity, d.message])).toEqual([['warning', "card 'twee' has no en text; the Dutch text is used"]]);
    expect(checkProject(options).diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
    expect(checkProject({ ...options, strict: false }).diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
  }, 60_000);

  it('no stage takes a strict flag: the option is read once, in checkProject, and applied by applyStrict', () => {
    const stages = ['src/validate', 'src/resolve', 'src/layout', 'src/impose', 'src/render', 'src/diagnostics'];
    const files = [...stages.flatMap((dir) => fs.readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== 'applyStrict.ts').map((f) => path.join(dir, f))), 'src/translate/checkTranslations.ts'];
    expect(files).toContain('src/resolve/resolveDeck.ts');
    expect(files).toContain('src/diagnostics/missingTranslation.ts');
    // `strict` as a name (a parameter, an option), not in `--strict` or `strictObject`; comments left out
    const code = (f: string) => fs.readFileSync(path.join(REPO, f), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
    expect(files.filter((f) => /(?<![-\w])strict\b/.test(code(f)))).toEqual([]);
    expect(code('src/pipeline.ts').match(/options\.strict/g)).toEqual(['options.strict']);
  });
});

describe('applyStrict', () => {
  const source = { file: 'cards/x/en.yaml', line: 3, col: 5 };

  it('makes every warning an error with its message and place, and says how to get past it; errors and notes stay', () => {
    const given = [
      warning(source, 'a missing text', 'add the translation; --strict makes this an error'),
      warning(source, 'a stale text', 'check it; --strict makes this an error'),
      warning(source, 'a section shows no card', 'name a category'),
      warning(undefined, 'no hint'),
      error(source, 'an error', 'fix it'),
      note(source, 'a hex colour converted'),
    ];
    expect(applyStrict(given, true)).toEqual([
      { severity: 'error', source, message: 'a missing text', hint: 'add the translation, or build without --strict to fall back to Dutch' },
      { severity: 'error', source, message: 'a stale text', hint: 'check it; or build without --strict' },
      { severity: 'error', source, message: 'a section shows no card', hint: 'name a category; or build without --strict' },
      { severity: 'error', source: undefined, message: 'no hint', hint: 'a warning, made an error by --strict' },
      { severity: 'error', source, message: 'an error', hint: 'fix it' },
      { severity: 'note', source, message: 'a hex colour converted', hint: undefined },
    ]);
  });

  it('leaves everything as it is without --strict', () => {
    const given = [warning(source, 'a missing text', 'add the translation; --strict makes this an error')];
    expect(applyStrict(given, false)).toEqual(given);
  });
});
