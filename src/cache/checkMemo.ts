import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { InputSet, InputSnapshot } from '../input/InputSet.ts';
import { inputsUnchanged } from '../input/inputsUnchanged.ts';
import { outputSettings } from '../input/outputSettings.ts';
import type { BuildOptions } from '../model/Project.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import { cacheDirFor, diskCacheFor } from './diskCache.ts';
import { hashValue } from './hashValue.ts';

/** What `kaartwerk check` printed: its diagnostics (printed again with the cwd of the run), the table, the summary. */
export interface PrintedCheck {
  diagnostics: Diagnostic[];
  table?: string;
  summary: string;
}

interface CheckMemo {
  printed: PrintedCheck;
  inputs: InputSnapshot;
}

/**
 * The memo of a whole check: what it printed, stored with every input it read. It is found by the project,
 * the options that shape a check and the code (codeFingerprint), and used only while every recorded file
 * has the same content hash, every folder the same names and every missing file is still missing, so it
 * cannot be stale: a cold check with nothing changed prints it without reading any YAML.
 */
function memoKey(options: BuildOptions): string {
  return hashValue('check memo', options.root, outputSettings(options), codeFingerprint());
}

/** The stored result of the same check, if nothing it read has changed since; none with the cache off. */
export function storedCheck(options: BuildOptions): PrintedCheck | undefined {
  if (!cacheDirFor(options.root)) return undefined;
  const memo = diskCacheFor(options.root).get<CheckMemo>(memoKey(options));
  if (!isMemo(memo) || !inputsUnchanged(memo.inputs)) return undefined;
  return memo.printed;
}

/**
 * Stores what a check printed with what it read. A wrong option or a folder that is no project is
 * answered from no file (its InputSet is empty), so such a result is never stored.
 */
export function storeCheck(options: BuildOptions, printed: PrintedCheck, inputs: InputSet): void {
  if (!cacheDirFor(options.root) || printed.diagnostics.some((d) => d.usage)) return;
  diskCacheFor(options.root).set(memoKey(options), { printed, inputs: inputs.snapshot() } satisfies CheckMemo);
}

/** A memo of the right shape: anything else on disk (a damaged or foreign entry) counts as none. */
function isMemo(value: unknown): value is CheckMemo {
  const memo = value as Partial<CheckMemo> | undefined;
  const inputs = memo?.inputs;
  const printed = memo?.printed;
  return Boolean(
    inputs && printed && Array.isArray(inputs.files) && Array.isArray(inputs.listings) && Array.isArray(inputs.missing)
      && inputs.files.every((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string')
      && inputs.listings.every((l) => Array.isArray(l) && typeof l[0] === 'string' && Array.isArray(l[1]))
      && inputs.missing.every((m) => typeof m === 'string')
      && Array.isArray(printed.diagnostics) && typeof printed.summary === 'string'
      && (printed.table === undefined || typeof printed.table === 'string'),
  );
}
