import { createRequire } from 'node:module';

/**
 * fontkit as pdfkit loads it (its CommonJS build): one copy in a process that checks and draws, and the
 * quicker one to load (~0.18 s against ~0.25 s for its ES module build and the ES builds of what it
 * imports). The fonts it parses are the objects pdfkit embeds.
 */
export const fontkit = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
