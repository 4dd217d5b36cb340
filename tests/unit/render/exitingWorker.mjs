// A stand-in for the render worker that takes the fonts, then exits at its first file: a worker crashing mid-file.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (message) => {
  if (message.kind === 'fonts') parentPort.postMessage({ kind: 'ready' });
  else process.exit(3);
});
