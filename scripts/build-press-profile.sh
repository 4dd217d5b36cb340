#!/usr/bin/env bash
# Builds colour/FOGRA39.icc, kaartwerk's press profile, from Fogra's FOGRA39 characterisation data.
# Run once by hand; the result is committed, so neither builds nor tests need ArgyllCMS.
#
# Needs (Debian): argyll (colprof, profcheck), icc-profiles-free (FOGRA39L.ti3), node.
# Reproducible: colprof is deterministic except for the creation date in the ICC header, which this
# script sets to a fixed date, so the same data and colprof version give a byte-identical profile.
set -euo pipefail
cd "$(dirname "$0")/.."

ti3=${FOGRA39_TI3:-/usr/share/color/icc/FOGRA39L.ti3}
out=colour/FOGRA39.icc
for tool in colprof profcheck node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (apt-get install argyll icc-profiles-free)" >&2; exit 1; }
done
[ -f "$ti3" ] || { echo "missing $ti3 (apt-get install icc-profiles-free)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ti3" "$work/FOGRA39.ti3"

# Default tables in both directions (A2B and B2A, medium quality, ramp K), total ink limited to 300 %
# (the limit kaartwerk's preflight holds artwork to), the measurement data not embedded.
(cd "$work" && colprof -qm -l 300 -nc \
  -A "kaartwerk" \
  -D "FOGRA39 (kaartwerk, ArgyllCMS colprof from FOGRA39L.ti3)" \
  -C "Data: Fogra FOGRA39L.ti3 via icc-profiles-free (zlib licence). Profile: kaartwerk (zlib licence)" \
  FOGRA39 >colprof.log 2>&1) || { cat "$work/colprof.log" >&2; exit 1; }

# Fixed creation date (ICC header bytes 24-35: year, month, day, hour, minute, second as uint16 BE).
node -e '
  const fs = require("fs"); const f = process.argv[1]; const b = fs.readFileSync(f);
  [2025, 1, 1, 0, 0, 0].forEach((v, i) => b.writeUInt16BE(v, 24 + 2 * i));
  fs.writeFileSync(f, b);' "$work/FOGRA39.icc"

mkdir -p colour
cp "$work/FOGRA39.icc" "$out"
echo "colprof: $(colprof 2>&1 | head -1)"
echo "profcheck against the data:"
profcheck -k "$work/FOGRA39.ti3" "$out" 2>&1 | tail -1
sha256sum "$out"
