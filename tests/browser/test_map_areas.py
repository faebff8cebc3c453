"""Facilities that are areas (a GeoJSON Polygon, README "The data model"): drawn as a polygon
in their status's colour, which follows the slider and the filters like the markers do."""

import json

import pytest

from tests.browser.conftest import open_map
from tests.browser.test_long_list import slide_to

# The area's polygons on the map: their stroke colour, or nothing when it is not drawn.
AREA_COLOURS = "() => [...document.querySelectorAll('.leaflet-areas-pane path')].map(p => p.getAttribute('stroke'))"


@pytest.fixture
def data_dir(data_dir):
    """The test dataset with Amuda (withdrawn from 2024-12-25, nothing before) as an area."""
    path = data_dir / "amuda.geojson"
    feature = json.loads(path.read_text(encoding="utf-8"))
    x, y = feature["geometry"]["coordinates"]
    feature["geometry"] = {"type": "Polygon", "coordinates": [
        [[x - 0.05, y - 0.05], [x + 0.05, y - 0.05], [x + 0.05, y + 0.05], [x - 0.05, y + 0.05], [x - 0.05, y - 0.05]]]}
    path.write_text(json.dumps(feature), encoding="utf-8")
    return data_dir


def test_an_area_follows_the_slider_and_the_filters(page):
    open_map(page, "?date=2024-12-20")
    withdrawn = page.evaluate("trackerPage.config.style.colours.withdrawn")
    assert page.evaluate(AREA_COLOURS) == []  # no posture yet: not drawn
    slide_to(page, "2024-12-26")
    assert page.evaluate(AREA_COLOURS) == [withdrawn]
    slide_to(page, "2024-12-24")
    assert page.evaluate(AREA_COLOURS) == []
    slide_to(page, "2025-06-01")  # a step that changes other facilities, not Amuda
    assert page.evaluate(AREA_COLOURS) == [withdrawn]
    page.locator("#status-legend label", has_text="Withdrawn").locator("input").uncheck()
    page.wait_for_function(AREA_COLOURS.replace("() =>", "() => (") + ").length === 0")
    page.locator("#status-legend label", has_text="Withdrawn").locator("input").check()
    page.wait_for_function(AREA_COLOURS.replace("() =>", "() => (") + ").length === 1")
    assert page.evaluate(AREA_COLOURS) == [withdrawn]
