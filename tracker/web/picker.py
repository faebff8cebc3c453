"""The new-facility form's point picker: a small offline map where a click sets the position.

The click fills the form's latitude and longitude fields, which stay editable; typing
in them moves the marker. The map is the tracker's offline folium map (`tracker.web.folium_maps`),
fitted to the facilities already known; the behaviour is `static/js/picker.js`.
"""

from branca.element import MacroElement
from flask import url_for
from folium.elements import JSCSSMixin
from folium.template import Template

from tracker.web import folium_maps

ZOOM = 6


class PointPicker(JSCSSMixin, MacroElement):
    """Tie a click on the parent map to a form's latitude and longitude inputs."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            TrackerPicker.start({{ this._parent.get_name() }}, {{ this.config|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, latitude_id, longitude_id):
        super().__init__()
        self._name = "PointPicker"
        self.config = {"latitude": latitude_id, "longitude": longitude_id}
        self.default_js = [("tracker_picker", url_for("static", filename="js/picker.js"))]


def picker_map(dataset, latitude_id, longitude_id):
    """A map over the known facilities whose clicks fill the inputs with these ids."""
    bounds = dataset.derived("map-bounds", folium_maps.bounds_of)
    figure = folium_maps.OfflineMap(location=folium_maps.centre(bounds), zoom_start=ZOOM)
    if bounds:
        figure.fit_bounds(bounds, padding=(20, 20))
    PointPicker(latitude_id, longitude_id).add_to(figure)
    return figure
