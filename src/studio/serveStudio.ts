import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../cli/printDiagnostics.ts';
import { startStudio, type Studio } from './studioServer.ts';

export interface ServeOptions {
  root: string;
  port: number;
  open: boolean;
  outDir?: string;
}

/** `kaartwerk serve`: starts the studio on 127.0.0.1, prints its address, and runs until `signal` aborts. */
export async function serveStudio(options: ServeOptions, io: Io, signal: AbortSignal, onReady?: (studio: Studio) => void): Promise<void> {
  const standardOutDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-studio-'));
  const studio = await startStudio({ root: options.root, outDir: options.outDir, standardOutDir }, options.port);
  io.stdout(`kaartwerk studio: ${studio.url}\n(only this computer can reach it; Ctrl+C stops it)\n`);
  if (options.open) openBrowser(studio.url);
  onReady?.(studio);
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await studio.close();
  fs.rmSync(standardOutDir, { recursive: true, force: true });
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  } catch {
    // no browser to open: the address is printed
  }
}
