// Prints what `kaartwerk check` says for every fixture; with --write, stores it as the case's expected.txt.
// Read every line before writing: expected.txt is the contract the tests hold the CLI to.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, fixtureProject, run } from '../tests/helpers/project.ts';

const write = process.argv.includes('--write');
for (const name of fs.readdirSync(FIXTURES).filter((n) => !n.startsWith('_') && !n.startsWith('valid-') && n !== 'README.md')) {
  const result = await run(fixtureProject(name), 'check');
  console.log(`== ${name} (exit ${result.code})\n${result.stderr}${result.stdout}`);
  if (write) fs.writeFileSync(path.join(FIXTURES, name, 'expected.txt'), result.stderr);
}
