import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline.ts';
import { editionLanguages } from '../../helpers/languages.ts';
import { REPO } from '../../helpers/project.ts';

/**
 * A rule is one sentence on a card read at arm's length: in no language is it set below 90 % of the size
 * the layout asks for (15 pt). A translation that needs more is reworded shorter, not printed smaller
 * (German regel-05 was at 12.6 pt).
 */
describe('the ten Gouden Regels fit their cards in every language', () => {
  const { fitReport, diagnostics } = checkProject({ root: REPO, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: editionLanguages(), only: ['gouden-regels'] });

  it('every rule at 13.5 pt or more', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const rules = fitReport.filter((row) => row.deck === 'gouden-regels' && row.card.startsWith('regel-'));
    expect(rules).toHaveLength(10 * editionLanguages().length);
    const small = rules.filter((row) => row.sizePt < 0.9 * row.preferredSizePt - 0.01).map((row) => `${row.lang} ${row.card} ${row.sizePt.toFixed(1)} pt`);
    expect(small).toEqual([]);
    for (const row of rules) expect(row.preferredSizePt).toBe(15);
  });
});
