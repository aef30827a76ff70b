#!/usr/bin/env bash
# Makes FOGRA39-coated-300.icc, the CMYK output profile of the press files (PDF/X-4 OutputIntent
# and the RGB → CMYK conversion), from Debian packages only:
#   - the FOGRA39L characterization data (Fogra; offset, ISO 12647-2:2004/Amd 1, coated paper)
#     in icc-profiles-free: /usr/share/color/icc/FOGRA39L.ti3, Zlib licence;
#   - ArgyllCMS's colprof (Debian package argyll): medium quality, ramp black generation,
#     total ink limited to 300 %, black up to 100 %.
# The profile is data and is committed; this script says how it was made and makes the same
# bytes again (the ICC header date is fixed). Run it after changing the recipe:
#   apt-get install icc-profiles-free argyll && bash src/lib/print/icc/make-profile.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ti3=/usr/share/color/icc/FOGRA39L.ti3
[ -f "$ti3" ] || { echo "missing $ti3 (Debian package icc-profiles-free)" >&2; exit 1; }
command -v colprof >/dev/null || { echo "missing colprof (Debian package argyll)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$ti3" "$tmp/FOGRA39L.ti3"
(cd "$tmp" && colprof -qm -kr -l300 -L100 \
  -D "Coated FOGRA39, 300% TAC (ArgyllCMS from icc-profiles-free FOGRA39L.ti3)" \
  -C "Made from FOGRA39L.ti3 (Fogra data, icc-profiles-free, Zlib licence); altered: 300% total ink limit" \
  -O out.icc FOGRA39L >/dev/null)
# Fixed creation date in the header (bytes 24-35: year, month, day, hour, minute, second):
# 2026-01-01 00:00:00, so the same recipe gives the same file.
printf '\x07\xea\x00\x01\x00\x01\x00\x00\x00\x00\x00\x00' | dd of="$tmp/out.icc" bs=1 seek=24 conv=notrunc status=none
mv "$tmp/out.icc" "$here/FOGRA39-coated-300.icc"
sha256sum "$here/FOGRA39-coated-300.icc"
