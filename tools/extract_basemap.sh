#!/bin/sh
# Make tracker/web/static/basemap/countries.geojson, the offline base layer: Natural Earth 1:50m
# country outlines (public domain; via the world-atlas npm package, ISC licence), clipped to
# the region around Syria, positions rounded to 0.001 degree (about 100 m).
# Run once by hand; the result is committed. Needs node/npm and the project's .venv.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cd "$work"
npm init -y >/dev/null
npm install --silent world-atlas@2.0.2 topojson-client@3
node_modules/.bin/topo2geo countries=countries.geojson < node_modules/world-atlas/countries-50m.json
"$here/.venv/bin/python" - "$here/tracker/web/static/basemap/countries.geojson" <<'PY'
import sys
import geopandas
import shapely

REGION = shapely.box(24, 26, 56, 44)  # lon/lat: the eastern Mediterranean to Iran
countries = geopandas.read_file("countries.geojson")
region = countries[countries.intersects(REGION)].copy()
region["geometry"] = region.geometry.intersection(REGION).set_precision(0.001)
region[["name", "geometry"]].to_file(sys.argv[1], driver="GeoJSON", COORDINATE_PRECISION=3)
PY
rm -rf "$work"
