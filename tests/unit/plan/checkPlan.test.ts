import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildOptions } from '../../../src/model/Project.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { REGISTRY_DIR } from '../../../src/typography/languages.ts';
import { copyOfRepoProject } from '../../helpers/project.ts';

/** A copy of the repository's project whose papers.yaml is `papers`. */
function withPapers(papers: string): string {
  const root = copyOfRepoProject();
  fs.writeFileSync(path.join(root, 'layouts/papers.yaml'), `papers:\n${papers}`);
  return root;
}
const options = (root: string, over: Partial<BuildOptions>): BuildOptions => ({ root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, langs: ['nl'], ...over });
/** The line of `words:` `key` in languages/nl.yaml, found in the file's text (not with the code under test). */
function registryLine(key: string): number {
  return fs.readFileSync(path.join(REGISTRY_DIR, 'nl.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith(`  ${key}:`)) + 1;
}

describe('check runs the plan: words of the office files that do not fit are errors, never left out', () => {
  it('the tiles overview on a small paper: the steps do not fit in the top third of the page', () => {
    const root = withPapers('  a4: { widthMm: 60, heightMm: 80, marginMm: 5 }\n  a3: { widthMm: 297, heightMm: 420, marginMm: 5 }\n');
    const { diagnostics } = checkProject(options(root, { paper: 'a3', only: ['poster-gouden-regels'] }));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^the tiles overview of poster 'gouden-regels' \(language nl, A4 paper\), steps: does not fit, even at 8 pt: /);
    expect(errors[0]!.hint).toBe("shorten the steps (words: tiles: steps: in the language's registry file)");
    // at the steps in languages/nl.yaml: a place the reader can go to
    expect(errors[0]!.source?.file).toBe(path.join(REGISTRY_DIR, 'nl.yaml'));
    expect(errors[0]!.source?.line).toBe(registryLine('tiles') + 3);
  });

  it('the line on the card sheets, with room for one column only: it does not fit on one line', () => {
    const root = withPapers('  a4: { widthMm: 90, heightMm: 297, marginMm: 5 }\n  a3: { widthMm: 297, heightMm: 420, marginMm: 5 }\n');
    const { diagnostics, plan } = checkProject(options(root, { only: ['gouden-regels'] }));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.message)).toEqual([expect.stringMatching(/^the line on the card sheets \(language nl\) does not fit, even at 6 pt: it needs 2 lines, there is room for 1 of 61 mm$/)]);
    expect(errors[0]!.source).toEqual({ file: path.join(REGISTRY_DIR, 'nl.yaml'), line: registryLine('sheet'), col: expect.any(Number) });
    // the sheets are still planned: the error stops the build, not the check
    expect(plan?.files.map((f) => f.path)).toContain('nl/gouden-regels.sheets-a4.pdf');
  });

  it('a card that does not fit on the chosen paper is a usage error of check', () => {
    const root = withPapers('  a4: { widthMm: 70, heightMm: 90, marginMm: 5 }\n  a3: { widthMm: 297, heightMm: 420, marginMm: 5 }\n');
    const { diagnostics } = checkProject(options(root, { only: ['gouden-regels'] }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([{ severity: 'error', usage: true, message: 'a poker card does not fit on a4 paper', hint: 'choose a larger --paper' }]);
  });
});
