#!/usr/bin/env bash
# Renders the icon set from the master sendready.svg. The outputs are committed, so a build
# needs none of these tools; run this again after editing the SVG.
# Needs (Debian/Ubuntu): apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

# ImageMagick's convert from the distribution (a stand-in may come first on the PATH).
convert=/usr/bin/convert
for tool in rsvg-convert "$convert" png2icns; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" sendready.svg --output "png/sendready-$size.png"
done

# Windows: one .ico with the sizes Explorer, the taskbar and the start menu ask for.
"$convert" png/sendready-{16,24,32,48,64,128,256}.png sendready.ico

# macOS: png2icns takes the sizes the icns format has slots for.
png2icns sendready.icns png/sendready-{16,32,48,128,256,512,1024}.png >/dev/null
