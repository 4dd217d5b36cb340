import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepoProject, REPO } from '../helpers/project.ts';

describe('output into a pipe whose reader has gone (kaartwerk check | head -1)', () => {
  it('is dropped without a stack trace, and the command finishes with its own exit code', async () => {
    const root = copyOfRepoProject();
    const child = spawn(process.execPath, [path.join(REPO, 'bin/kaartwerk.js'), 'check', '--root', root, '--lang', 'nl'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // the reader goes before the first line is written
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
    expect(code).toBe(0);
  }, 30_000);
});
