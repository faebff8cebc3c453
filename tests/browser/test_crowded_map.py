"""The map in a crowded view (README, "The map"): 5,000 generated facilities, so markers are
small and crisp, and a slider step stamps the changed markers in place (posture-layer.js).

After every 3-day step, the rings of contested postures are exactly those a full redraw
draws, over the markers; and every facility that changed shows its new look at its centre,
unless a ring or another changed marker lies over it.
"""

import datetime
import json

import pytest

from bench import generate
from tests.browser.conftest import open_map

END = datetime.date(2026, 1, 31)
FACILITIES = 5000
STEPS = 12

# Step the slider to `value` as a drag does (an input event), then read the canvas: the
# facilities the layer was told changed, those whose centre does not show their new look
# (of those no ring or other changed marker covers), and the ring pixels that differ from
# what a full redraw draws (done last: it resets the layer to a redraw).
STEP_JS = """(value) => {
    const layer = trackerPage.layer, canvas = layer._container, ctx = canvas.getContext("2d");
    const update = layer.update;
    let changed = [];
    layer.update = function (facilities) { changed = facilities.slice(); return update.call(this, facilities); };
    const slider = document.getElementById("date-slider");
    slider.value = String(value);
    slider.dispatchEvent(new Event("input", {bubbles: true}));
    layer.update = update;
    const width = canvas.width, read = () => new Uint32Array(ctx.getImageData(0, 0, width, canvas.height).data.buffer);
    const stepped = read(), reach = 2 * layer._half + 1;
    let checked = 0, wrong = 0;
    changed.forEach((f, i) => {
        const look = layer._look[f], x = layer._x[f], y = layer._y[f];
        if (look < 0 || layer._cellOf(x, y) < 0 || layer._rings[y * width + x]) return;
        if (changed.some((g, j) => j !== i && Math.abs(layer._x[g] - x) <= reach && Math.abs(layer._y[g] - y) <= reach)) return;
        const stamp = layer._stamps[look];
        let centre = -1;
        for (let k = 0; k < stamp.dx.length; k++) if (!stamp.dx[k] && !stamp.dy[k]) centre = stamp.colour[k];
        checked++;
        if (stepped[y * width + x] !== centre) wrong++;
    });
    layer.redraw();
    const drawn = read(), rings = layer._rings;
    let ringPixels = 0, ringDiffers = 0;
    for (let i = 0; i < rings.length; i++) {
        if (!rings[i]) continue;
        ringPixels++;
        if (stepped[i] !== drawn[i]) ringDiffers++;
    }
    return {crisp: layer._crisp, changed: changed.length, checked, wrong, ringPixels, ringDiffers};
}"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """5,000 generated facilities, one file each, shared by this module's tests (none writes)."""
    target = tmp_path_factory.mktemp("crowded") / "geodata"
    target.mkdir()
    for feature in generate.generate(FACILITIES, end=END)["features"]:
        (target / f"{feature['id']}.geojson").write_text(json.dumps(feature), encoding="utf-8")
    return target


def test_in_a_crowded_view_steps_stamp_changed_markers_and_rings_as_a_redraw_draws_them(page, client):
    assert client.get("/map-data.json").status_code == 200  # the store read once, before the page asks
    open_map(page, f"?date={END - datetime.timedelta(days=400)}")
    first = int(page.input_value("#date-slider"))
    results = [page.evaluate(STEP_JS, first + 3 * k) for k in range(1, STEPS + 1)]
    assert all(result["crisp"] for result in results), "5,000 markers in view: small, crisp stamps"
    assert sum(result["changed"] for result in results) > 100 * STEPS
    assert sum(result["checked"] for result in results) > 10 * STEPS  # the others lie near another change
    assert [result["wrong"] for result in results] == [0] * STEPS
    assert any(result["ringPixels"] for result in results), "some postures are contested"
    assert [result["ringDiffers"] for result in results] == [0] * STEPS
