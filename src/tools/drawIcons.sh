#!/usr/bin/env bash
# Rasterises the Tria icons (src/assets/*.svg) to the PNG sizes Office asks for:
# 16/32/80 px for ribbon buttons (Icon/bt:Image sizes), 64 px for the high-resolution add-in
# icon, 128 px for the store listing. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../assets"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }
for name in tria structure score taskpane; do
  for size in 16 32 64 80; do
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$name-$size.png"
  done
done
rsvg-convert -w 128 -h 128 tria.svg -o tria-128.png
echo "icons written to $(pwd)"
