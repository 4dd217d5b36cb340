import type { Lcms } from 'lcms-wasm';
import { importEsm } from '../input/importEsm.ts';

let engine: Lcms | undefined;
let starting: Promise<void> | undefined;

/**
 * Starts LittleCMS, the colour engine behind every colour conversion (lcms-wasm, ~20 ms to load and
 * instantiate its WebAssembly). Instantiating is asynchronous and the conversions are not: each command
 * that converts colours awaits this once, before its first conversion (src/cli/main.ts; the render
 * worker; the tests' setup file). Calling it again waits for the same start.
 */
export function startColourEngine(): Promise<void> {
  starting ??= importEsm<typeof import('lcms-wasm')>('lcms-wasm').then(async ({ instantiate }) => {
    engine = await instantiate();
  });
  return starting;
}

/** The started engine; a conversion before `startColourEngine` has settled is a bug in kaartwerk. */
export function colourEngine(): Lcms {
  if (!engine) throw new Error('the colour engine is not started: await startColourEngine() before converting colours');
  return engine;
}
