"""folium maps that work offline: the posture map and the facility inset.

Leaflet comes from this app (`tracker.web.vendor`), the base layer is a committed extract of
Natural Earth's country outlines, and OpenStreetMap tiles are an optional layer for when
there is a network. Facilities are not folium markers: at 10,000 of them folium's own
markers make a 25 MB page and a slow restyle, so `PostureLayer` hands the map to
the tracker's canvas layer (static/js), which draws from the compact map data.
"""

import json
from functools import cache
from pathlib import Path

import folium
from branca.element import MacroElement
from flask import url_for
from folium.elements import JSCSSMixin
from folium.template import Template
from markupsafe import Markup

from tracker.web import vendor
from tracker.web.map_data import marker_position

BASEMAP = Path(__file__).parent / "static" / "basemap" / "countries.geojson"
HOME_COUNTRY = "Syria"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies. Shape tells the
# kind, and a hollow marker tells a force that has left, so colour is never the only cue.
STATUS_COLOURS = {
    "active": "#0072B2",
    "reinforced": "#009E73",
    "reduced": "#E69F00",
    "withdrawing": "#CC79A7",
    "withdrawn": "#D55E00",
    "handed_over": "#56B4E9",
    "unknown": "#7F7F7F",
}
HOLLOW_STATUSES = ("withdrawn", "handed_over")
# Where markers overlap, forces present are drawn over forces gone.
DRAW_ORDER = ("withdrawn", "handed_over", "unknown", "withdrawing", "reduced", "active", "reinforced")
KIND_SHAPES = {
    "air_base": "triangle",
    "naval_base": "diamond",
    "army_base": "square",
    "airport": "circle",
    "outpost": "triangle-down",
    "other": "hexagon",
}
SCRIPTS = ("js/posture-model.js", "js/posture-layer.js", "js/posture-areas.js", "js/posture-legend.js",
           "js/posture-list.js", "js/facility-popup.js", "js/map-page.js")


@cache
def _countries():
    return json.loads(BASEMAP.read_text(encoding="utf-8"))


def _country_style(feature):
    home = feature["properties"]["name"] == HOME_COUNTRY
    return {"color": "#8c8c8c", "weight": 1.2 if home else 0.8,
            "fillColor": "#fbf8f1" if home else "#ebe8e1", "fillOpacity": 1}


class OfflineMap(folium.Map):
    """A folium Map whose assets come from this app, over an offline base layer."""

    def __init__(self, **options):
        # Outlines and areas in SVG, not on a canvas: without a GPU, Chromium pays for every
        # canvas on the page in every frame, by its size, even when it has not changed
        # (~0.6 ms a frame for a map-sized one, measured: BENCHMARKS.md). SVG that does not
        # change costs nothing to keep on screen while the slider moves.
        super().__init__(tiles=None, prefer_canvas=False, control_scale=True, **options)
        self.default_js = [("leaflet", _asset("leaflet.js"))]
        self.default_css = [("leaflet_css", _asset("leaflet.css"))]
        folium.GeoJson(_countries(), name="Countries (Natural Earth)", style_function=_country_style,
                       control=False, interactive=False).add_to(self)
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles (needs internet)",
                         overlay=True, show=False).add_to(self)
        folium.LayerControl(collapsed=True).add_to(self)


def _asset(filename):
    return url_for("vendor.file", package="leaflet", filename=filename, v=vendor.version("leaflet"))


class PostureLayer(JSCSSMixin, MacroElement):
    """Start the tracker's canvas layer and page controls on the parent map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            TrackerMap.start({{ this._parent.get_name() }}, {{ this.config|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, config):
        super().__init__()
        self._name = "PostureLayer"
        self.config = config
        self.default_js = [(name, url_for("static", filename=name)) for name in SCRIPTS]


def posture_map(bounds, config):
    """The map page's folium map, fitted to `bounds` ([[south, west], [north, east]])."""
    figure = OfflineMap(zoom_start=7, location=centre(bounds))
    if bounds:
        figure.fit_bounds(bounds, padding=(30, 30))
    PostureLayer(config).add_to(figure)
    return figure


def inset_map(facility, status):
    """A small map of one facility, drawn in its status colour (no user text on the map)."""
    geometry = facility.feature["geometry"]
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS["unknown"])
    style = {"color": colour, "weight": 3, "fillColor": colour, "fillOpacity": 0.25}
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        figure = OfflineMap(location=[lat, lon], zoom_start=9)
        folium.CircleMarker([lat, lon], radius=9, color=colour, weight=3, fill=True,
                            fill_color="#ffffff" if status in HOLLOW_STATUSES else colour,
                            fill_opacity=1).add_to(figure)
    else:
        figure = OfflineMap(location=[0, 0], zoom_start=9)
        layer = folium.GeoJson({"type": "Feature", "geometry": geometry, "properties": {}},
                               style_function=lambda _: style).add_to(figure)
        figure.fit_bounds(layer.get_bounds())
    return figure


def parts(figure):
    """Render a folium map into the pieces a page template places: header, html, script."""
    root = figure.get_root()
    root.render()
    return {name: Markup(getattr(root, name).render()) for name in ("header", "html", "script")}


def bounds_of(dataset):
    """[[south, west], [north, east]] around every facility's marker, or None."""
    points = [marker_position(facility.feature["geometry"]) for facility in dataset]
    if not points:
        return None
    lons, lats = zip(*points)
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def centre(bounds):
    """The middle of `bounds`, or of Syria when there are none."""
    if not bounds:
        return [35.0, 38.5]  # Syria
    (south, west), (north, east) = bounds
    return [(south + north) / 2, (west + east) / 2]


def style_config():
    """The palette and shapes, for the page's JavaScript and CSS (one definition)."""
    return {"colours": STATUS_COLOURS, "hollow": list(HOLLOW_STATUSES), "shapes": KIND_SHAPES,
            "drawOrder": list(DRAW_ORDER)}
