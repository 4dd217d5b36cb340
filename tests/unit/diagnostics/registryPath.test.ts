import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { warning } from '../../../src/diagnostics/Diagnostic.ts';
import { formatDiagnostic } from '../../../src/diagnostics/formatDiagnostic.ts';
import { REGISTRY_DIR } from '../../../src/typography/languages.ts';

describe('a diagnostic names its file relative, also one of kaartwerk\'s language registry', () => {
  const elsewhere = path.join(os.tmpdir(), 'een-gemeente');
  const at = (file: string) => warning({ file, line: 3, col: 1 }, 'no pl text');

  it('from a project elsewhere, a registry file as kaartwerk names it: languages/pl.yaml', () => {
    expect(formatDiagnostic(at(path.join(REGISTRY_DIR, 'pl.yaml')), elsewhere)).toBe('languages/pl.yaml:3:1  warning: no pl text');
  });

  it('a file of the project relative to it; a file outside both absolute, as before', () => {
    expect(formatDiagnostic(at(path.join(elsewhere, 'cards/proef/pl.yaml')), elsewhere)).toBe('cards/proef/pl.yaml:3:1  warning: no pl text');
    const outside = path.join(path.parse(elsewhere).root, 'elders', 'pl.yaml');
    expect(formatDiagnostic(at(outside), elsewhere)).toBe(`${outside}:3:1  warning: no pl text`);
  });
});
