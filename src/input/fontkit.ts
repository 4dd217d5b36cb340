import { createRequire } from 'node:module';
// before fontkit loads: its decoders replaced by Node's own
import './builtinDecompressors.ts';

const require = createRequire(import.meta.url);

/**
 * fontkit as pdfkit loads it (its CommonJS build): one copy in a process that checks and draws, and the
 * quicker one to load (~0.18 s against ~0.25 s for its ES module build and the ES builds of what it
 * imports). The fonts it parses are the objects pdfkit embeds.
 */
export const fontkit = require('fontkit') as typeof import('fontkit');
