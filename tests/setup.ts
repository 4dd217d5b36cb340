import { afterAll } from 'vitest';
// Every test file converts colours through the engine a command starts first (src/colour/colourEngine.ts).
import { startColourEngine } from '../src/colour/colourEngine.ts';
import { removeTempDirs } from './helpers/tempDir.ts';

await startColourEngine();
afterAll(removeTempDirs);
