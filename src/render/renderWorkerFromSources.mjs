// The render worker started from the TypeScript sources (tsx, vitest): a worker thread does not inherit
// the loader hooks of the thread that starts it (Node 20), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./renderWorker.ts');
