"""The broken ring of a contested posture over the markers around it (README, "The map").

Qamishli's reports disagree on 2026-01-27 only. Four active bases are placed on its ring
(about 11 px from its centre at the default view), so their markers lie under the ring: the
ring must cover them on that date, and they must show again, pixel for pixel, when the
slider moves off it, with every step drawing what a full redraw draws.
"""

from tests import samples
from tests.browser.conftest import REDRAW_DIFFERS_JS, open_map

QAMISHLI = (41.19139, 37.02056)  # lon, lat, as in tests/fixtures/dataset
OFFSETS = ((0.125, 0), (-0.125, 0), (0, 0.1), (0, -0.1))  # degrees: about a ring's radius away

# The pixels of the annulus where the ring and its halo are drawn (1.6 to 1.9 marker radii):
# how many show a colour (a marker's status colour, not the ring's greys), and all of them.
ANNULUS_JS = """(id) => {
    const p = window.trackerPage, layer = p.layer, f = p.data.facilities.id.indexOf(id);
    const r = layer.radius() * (window.devicePixelRatio || 1), reach = Math.ceil(r * 2);
    const x0 = layer._x[f], y0 = layer._y[f], ctx = layer._container.getContext("2d");
    const data = ctx.getImageData(x0 - reach, y0 - reach, 2 * reach + 1, 2 * reach + 1).data;
    let coloured = 0, dark = 0;
    const pixels = [];
    for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) {
        const d = Math.hypot(dx, dy);
        if (d < r * 1.6 || d > r * 1.9) continue;
        const i = 4 * ((dy + reach) * (2 * reach + 1) + dx + reach), rgb = [data[i], data[i + 1], data[i + 2]];
        pixels.push(rgb.concat(data[i + 3]).join(","));
        if (data[i + 3] > 200 && Math.max(...rgb) - Math.min(...rgb) > 60) coloured++;
        if (data[i + 3] > 200 && Math.max(...rgb) < 70) dark++;
    }
    return {coloured, dark, pixels};
}"""


def add_neighbours(store):
    """Four active bases a ring's radius from Qamishli: north, south, east and west of it."""
    for k, (dx, dy) in enumerate(OFFSETS):
        entry = samples.entry(id=f"near-{k}-e1", status="active", effective="2025-01-01")
        feature = samples.feature(id=f"near-qamishli-{k}", history=[entry], name=f"Near Qamishli {k}")
        feature["geometry"] = {"type": "Point", "coordinates": [QAMISHLI[0] + dx, QAMISHLI[1] + dy]}
        store.create(feature)


def step_to(page, key, date):
    page.keyboard.press(key)
    assert page.text_content("#date-label") == date
    return page.evaluate(ANNULUS_JS, "qamishli-airport")


def test_the_ring_covers_the_markers_under_it_and_gives_them_back_as_the_slider_moves(page, store):
    add_neighbours(store)
    open_map(page, "?date=2026-01-25")
    page.focus("#date-slider")
    seen = {}
    for key, date in (("ArrowRight", "2026-01-26"), ("ArrowRight", "2026-01-27"), ("ArrowRight", "2026-01-28"),
                      ("ArrowLeft", "2026-01-27"), ("ArrowLeft", "2026-01-26")):
        annulus = step_to(page, key, date)
        assert page.evaluate(REDRAW_DIFFERS_JS) == 0, date
        if date == "2026-01-27":  # contested: the ring, dark dashes on a white halo, over them
            assert annulus["coloured"] == 0 and annulus["dark"] > 10, (date, annulus["coloured"], annulus["dark"])
        else:  # not contested: the markers under where the ring was show again
            assert annulus["coloured"] > 10 and annulus["dark"] < annulus["coloured"], (date, annulus["coloured"])
        seen.setdefault(date, []).append(annulus["pixels"])
    # Back where it started, and off the contested date both ways: the very same pixels.
    assert seen["2026-01-26"][0] == seen["2026-01-26"][1]
    assert seen["2026-01-27"][0] == seen["2026-01-27"][1]
    assert seen["2026-01-28"][0] == seen["2026-01-26"][0]
