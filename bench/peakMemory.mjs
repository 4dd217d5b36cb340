// node --import ./bench/peakMemory.mjs …: writes the process's peak memory (maxRSS, bytes) to the file
// named by KAARTWERK_PEAK_FILE when it exits (npm run bench: a build as a user runs it).
import fs from 'node:fs';

const file = process.env.KAARTWERK_PEAK_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
