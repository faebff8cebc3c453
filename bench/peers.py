"""The two pages the tracker's map is measured against, on the same data.

- naive Leaflet (`static/naive.html`): one L.circleMarker per facility on an L.canvas()
  renderer; every slider step recomputes every facility's posture from its history and
  restyles every marker with setStyle. It fetches all facilities with their histories.
- folium Timeline: folium's own `Timeline` and `TimelineSlider` plugins, one GeoJSON
  feature per status interval, rendered by folium. Given every chance: canvas markers
  (`prefer_canvas`, circleMarkers) rather than folium's default DOM markers, which are
  far slower at 10,000. Its JavaScript (leaflet.timeline, moment) comes from npm
  (bench/node_modules, the versions folium names), Leaflet from xstatic-leaflet, never
  a CDN. folium's other default assets (jQuery, Bootstrap, Font Awesome, awesome-markers)
  are left out: the Timeline does not use them, and they would only add to its load.
"""

import datetime
import json
import shutil
from pathlib import Path
from urllib.parse import urlencode

import folium
from folium.plugins import Timeline, TimelineSlider
from folium.utilities import JsCode
from xstatic.pkg import leaflet

from bench.generate import BBOX
from tracker.store.snapshot import Facility
from tracker.web.palette import STATUS_COLOURS

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
TIMELINE_JS = [
    ("timeline", "/npm/leaflet.timeline/dist/leaflet.timeline.js"),
    ("moment", "/npm/moment/min/moment.min.js"),
]
BOUNDS = [[BBOX[1], BBOX[0]], [BBOX[3], BBOX[2]]]  # [[south, west], [north, east]]
MARKER_JS = "function (feature, latlng) { return L.circleMarker(latlng, {radius: 6}); }"
STYLE_JS = """function (feature) {
    return {color: "#1b1b1b", weight: 1, fillOpacity: 0.8, fillColor: %s[feature.properties.status]};
}"""


def mounts(site_dir):
    """The URL prefixes of the peers' site and the directories they serve."""
    return {"/": site_dir, "/static/": HERE / "static", "/leaflet/": leaflet.BASE_DIR, "/npm/": NODE_MODULES}


def build(collection_path, site_dir, today):
    """Write the peers' files into `site_dir`; return their URL paths {name: path}."""
    if not (NODE_MODULES / "leaflet.timeline").is_dir():
        raise RuntimeError("bench/node_modules is missing: run `npm ci --prefix bench` (make bench does)")
    site_dir = Path(site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(collection_path, site_dir / "facilities.geojson")
    collection = json.loads(Path(collection_path).read_text(encoding="utf-8"))
    folium_page(collection, today).save(str(site_dir / "folium.html"))
    query = urlencode({"data": "/facilities.geojson", "colours": json.dumps(STATUS_COLOURS),
                       "bounds": json.dumps(BOUNDS)})
    return {"naive": f"/static/naive.html?{query}", "folium": "/folium.html"}


def intervals(collection, today):
    """Each facility's counted entries as features with [start, end) dates, for leaflet.timeline.

    An entry holds from its `effective` date until the next one's; the last one until
    `today` included. An entry replaced on its own day (same-day reports) never shows.
    """
    features = []
    after_today = (datetime.date.fromisoformat(today) + datetime.timedelta(days=1)).isoformat()
    for feature in collection["features"]:
        timeline = Facility(feature).timeline
        for entry, following in zip(timeline, timeline[1:] + [None]):
            end = following["effective"] if following else after_today
            if end > entry["effective"]:
                features.append({
                    "type": "Feature", "geometry": feature["geometry"],
                    "properties": {"id": feature["id"], "status": entry["status"],
                                   "start": entry["effective"], "end": end, "endExclusive": True},
                })
    return {"type": "FeatureCollection", "features": features}


def folium_page(collection, today):
    """folium's Timeline and TimelineSlider over the status intervals, assets local."""
    figure = folium.Map(tiles=None, prefer_canvas=True)
    figure.default_js = [("leaflet", "/leaflet/leaflet.js")]
    figure.default_css = [("leaflet_css", "/leaflet/leaflet.css")]
    figure.fit_bounds(BOUNDS)
    timeline = Timeline(intervals(collection, today), point_to_layer=JsCode(MARKER_JS),
                        style=JsCode(STYLE_JS % json.dumps(STATUS_COLOURS)))
    timeline.default_js = TIMELINE_JS
    timeline.add_to(figure)
    # Its slider would end where the last interval ends, after today, showing nothing.
    last = datetime.datetime.fromisoformat(today).replace(tzinfo=datetime.timezone.utc)
    slider = TimelineSlider(auto_play=False, date_options="YYYY-MM-DD", end=int(last.timestamp() * 1000))
    slider.default_js = TIMELINE_JS
    slider.add_timelines(timeline).add_to(figure)
    return figure
