import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installedPackages } from '../../../src/cache/codeFingerprint.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A package folder depending on `dep`, installed at `version`. */
function packageWith(version: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-installed-'));
  made.push(root);
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'own', dependencies: { dep: '^1.0.0' } }));
  const dep = path.join(root, 'node_modules', 'dep');
  fs.mkdirSync(dep, { recursive: true });
  fs.writeFileSync(path.join(dep, 'package.json'), JSON.stringify({ name: 'dep', version, main: 'index.js' }));
  fs.writeFileSync(path.join(dep, 'index.js'), 'module.exports = 1;\n');
  return root;
}
const record = (root: string, version: string) =>
  fs.writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), JSON.stringify({ packages: { 'node_modules/dep': { version } } }));

describe('what is installed, in the code fingerprint', () => {
  it("is npm's record of node_modules when there is one: another version installed changes it", () => {
    const root = packageWith('1.0.0');
    record(root, '1.0.0');
    const before = installedPackages(root);
    expect(before).toBe('{"packages":{"node_modules/dep":{"version":"1.0.0"}}}');
    record(root, '1.2.0');
    expect(installedPackages(root)).not.toBe(before);
  });

  it("without that record, is each dependency's version as installed", () => {
    const root = packageWith('1.0.0');
    expect(installedPackages(root)).toBe('[["dep","1.0.0"]]');
    fs.writeFileSync(path.join(root, 'node_modules', 'dep', 'package.json'), JSON.stringify({ name: 'dep', version: '1.2.0', main: 'index.js' }));
    expect(installedPackages(root)).toBe('[["dep","1.2.0"]]');
    const without = packageWith('1.0.0');
    fs.rmSync(path.join(without, 'node_modules', 'dep'), { recursive: true });
    expect(installedPackages(without)).toBe('[["dep","not resolved"]]');
  });
});
