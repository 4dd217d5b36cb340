import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { tempDir } from './tempDir.ts';

export { tempDir };

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures');

/** A copy of the repository's own project (cards, layouts, editions, fonts, glossary) in a temporary folder. */
export function copyOfRepoProject(): string {
  const dir = tempDir();
  for (const part of ['cards', 'layouts', 'editions', 'fonts', 'glossary']) fs.cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
  return dir;
}

/** The fixture `name` materialised: real layouts and fonts, the `_base` project, then the case's files. */
export function fixtureProject(name: string): string {
  const dir = tempDir(`kaartwerk-${name}-`);
  for (const part of ['layouts', 'fonts']) fs.cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
  fs.cpSync(path.join(FIXTURES, '_base'), dir, { recursive: true });
  const files = path.join(FIXTURES, name, 'files');
  if (fs.existsSync(files)) fs.cpSync(files, dir, { recursive: true });
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `cwd` as working folder. */
export async function run(cwd: string, ...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}
