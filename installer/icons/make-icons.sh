#!/usr/bin/env bash
# Regenerates every icon format from hirewatch.svg (needs ImageMagick and python3). The results are committed,
# so building a package never needs these tools.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512; do
  convert -background none -density 300 hirewatch.svg -resize "${s}x${s}" "png32:$tmp/$s.png"
done
cp "$tmp/512.png" ../linux/hirewatch.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" ../windows/hirewatch.ico
python3 icns.py ../macos/hirewatch.icns "ic07=$tmp/128.png" "ic08=$tmp/256.png" "ic09=$tmp/512.png"
res=../../src/main/resources/org/hirewatch/ui/icons
mkdir -p "$res"
for s in 16 32 64 256; do cp "$tmp/$s.png" "$res/hirewatch-$s.png"; done
