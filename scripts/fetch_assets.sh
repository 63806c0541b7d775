#!/usr/bin/env bash
# Fetch the browser assets the map needs (Leaflet, pinned with its integrity hash in
# assets/package-lock.json) from the npm registry and copy them where the Streamlit app serves
# static files (mapapp/static/, ignored by git). Run by `make assets`.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix assets --no-audit --no-fund --ignore-scripts --loglevel=error
dest=mapapp/static/vendor/leaflet
rm -rf "$dest"
mkdir -p "$dest"
src=assets/node_modules/leaflet
cp "$src/dist/leaflet.js" "$src/dist/leaflet.css" "$src/LICENSE" "$dest/"
cp -r "$src/dist/images" "$dest/images"
echo "assets: leaflet $(node -p "require('./$src/package.json').version") -> $dest"
