"""folium maps that work offline: the posture map and the facility inset.

Leaflet comes from this app (`tracker.web.vendor`), the base layer is a committed extract of
Natural Earth's country outlines, and OpenStreetMap tiles are an optional layer for when
there is a network. Facilities are not folium markers: at 10,000 of them folium's own
markers make a 25 MB page and a slow restyle, so `PostureLayer` hands the map to
the tracker's canvas layer (static/js), which draws from the compact map data.
"""

import json
import re
from functools import cache
from pathlib import Path

import folium
import shapely.geometry
from branca.element import MacroElement
from flask import url_for
from folium.elements import JSCSSMixin
from folium.template import Template
from markupsafe import Markup

from tracker.web import vendor
from tracker.web.map_data import marker_of, marker_position
from tracker.web.palette import HOLLOW_STATUSES, STATUS_COLOURS, style_config
from tracker.web.security import nonced

BASEMAP = Path(__file__).parent / "static" / "basemap" / "countries.geojson"
HOME_COUNTRY = "Syria"
FOLIUM_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>')
CONTROLS_TOP_LEFT = (60, 52)      # px: [left, top]
CONTROLS_BOTTOM_RIGHT = (60, 56)  # px: [right, bottom]
SCRIPTS = ("js/posture-model.js", "js/posture-age.js", "js/posture-stamps.js", "js/posture-layer.js",
           "js/posture-areas.js", "js/posture-legend.js", "js/posture-chart.js", "js/posture-rows.js",
           "js/posture-items.js", "js/posture-search.js", "js/posture-window.js", "js/posture-list.js",
           "js/facility-popup.js", "js/place-labels.js", "js/map-picture.js", "js/time-player.js",
           "js/time-controls.js", "js/map-panels.js", "js/map-page.js")


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
        # Room for the map's controls, so no marker starts under one: zoom (top left),
        # the date (top centre), layers (top right), scale (bottom left), attribution.
        figure.fit_bounds(bounds, padding_top_left=CONTROLS_TOP_LEFT, padding_bottom_right=CONTROLS_BOTTOM_RIGHT)
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


class ChangedFacilities(JSCSSMixin, MacroElement):
    """Mark the changed facilities listed in the page's `#changed-facilities` JSON."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            CompareMap.start({{ this._parent.get_name() }}, {{ this.style|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self):
        super().__init__()
        self._name = "ChangedFacilities"
        self.style = style_config()
        self.default_js = [("compare-map", url_for("static", filename="js/compare-map.js"))]


def changes_map(facilities):
    """The comparison page's map, fitted to the changed `facilities`; its markers come from the page."""
    points = [_marker_point(facility) for facility in facilities]
    bounds = [[min(p[0] for p in points), min(p[1] for p in points)],
              [max(p[0] for p in points), max(p[1] for p in points)]] if points else None
    figure = OfflineMap(zoom_start=7, location=centre(bounds))
    if bounds:
        figure.fit_bounds(bounds, padding=(40, 40), max_zoom=9)
    ChangedFacilities().add_to(figure)
    return figure


def changed_marker(group):
    """One changed facility for the comparison map: where, and its status after (or before)."""
    latest = group["after"] or group["before"]
    lat, lon = _marker_point(group["facility"])
    return {"id": group["facility"].id, "name": group["facility"].properties["name"], "lat": lat, "lon": lon,
            "status": latest["status"] if latest else None}


def _marker_point(facility):
    """[lat, lon] of a facility's marker: its point, or a point inside its area (as the map data)."""
    geometry = facility.feature["geometry"]
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        return [lat, lon]
    point = shapely.geometry.shape(geometry).representative_point()
    return [point.y, point.x]


def parts(figure):
    """Render a folium map into the pieces a page template places: header, html, script.

    folium's header sets its own viewport with `user-scalable=no`, which stops pinch-zoom
    on phones; the pages set theirs (templates/base.html), so folium's is left out. Its
    <script> and <style> tags carry the request's CSP nonce (`tracker.web.security`);
    `script` is the body of one, which the template writes with `csp_nonce()`.
    """
    root = figure.get_root()
    root.render()
    header = FOLIUM_VIEWPORT.sub("", root.header.render())
    return {"header": nonced(header), "html": nonced(root.html.render()),
            "script": Markup(root.script.render())}


def bounds_of(dataset):
    """[[south, west], [north, east]] around every facility's marker, or None."""
    points = [marker_of(facility) for facility in dataset]
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
