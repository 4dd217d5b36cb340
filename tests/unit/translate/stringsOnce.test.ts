import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline.ts';
import { collectStrings } from '../../../src/translate/collectStrings.ts';
import { translationStatus } from '../../../src/validate/translationStatus.ts';
import { REPO } from '../../helpers/project.ts';

describe('the strings that reach paper, in a check', () => {
  it('are collected once per language: the check hands on what its translation check judged, and the status table counts those', () => {
    const result = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, only: ['gouden-regels'], langs: ['nl', 'en', 'de'] });
    const project = result.project!;
    expect([...(result.translations?.keys() ?? [])]).toEqual(['en', 'de']);
    for (const lang of ['en', 'de']) expect(result.translations!.get(lang)).toEqual(collectStrings(project, lang));
    const rows = translationStatus(project, {}, result.translations);
    expect(rows).toEqual(translationStatus(project));
    expect(rows.find((r) => r.deck === 'gouden-regels' && r.lang === 'en')).toMatchObject({ strings: 18, done: 18 });
  });
});
