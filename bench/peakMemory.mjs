// node --import ./bench/peakMemory.mjs …: writes the process's peak memory (bytes) to the file named by
// KAARTWERK_PEAK_FILE when it exits (npm run bench: a build as a user runs it). On Linux VmHWM from
// /proc: resourceUsage().maxRSS of a process spawned by a large one (the bench) starts at its parent's
// size, which fork leaves behind in the high-water mark across exec.
import fs from 'node:fs';

const file = process.env.KAARTWERK_PEAK_FILE;
function peakBytes() {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
}
if (file) process.on('exit', () => fs.writeFileSync(file, String(peakBytes())));
