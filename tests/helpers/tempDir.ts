import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh temporary folder, removed after its test file (tests/setup.ts calls removeTempDirs). */
export function tempDir(prefix = 'kaartwerk-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// Not on process 'exit': vitest ends its worker processes without that event, which left every test
// file's folders behind in the system's temporary folder (thousands after a day's test runs).
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
