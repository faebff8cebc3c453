"""The map's look agrees with the model's vocabulary (tracker/web/palette.py).

Adding a status or a kind to tracker.model is one edit plus its line in the palette;
these tests fail, naming what is missing, until both are made, and check that the
browser can draw every shape the palette names.
"""

import re
from pathlib import Path

from tracker import model
from tracker.web import palette

STATIC = Path(palette.__file__).parent / "static"


def test_every_status_has_one_look_and_a_place_in_the_draw_order():
    assert set(palette.STATUS_LOOKS) == set(model.STATUSES)
    assert list(palette.STATUS_COLOURS) == list(model.STATUSES)  # the legend's order
    assert sorted(palette.DRAW_ORDER) == sorted(model.STATUSES)
    assert set(palette.HOLLOW_STATUSES) == {"withdrawn", "handed_over"}  # the force has left


def test_colours_are_distinct_hex_colours():
    colours = [look.colour for look in palette.STATUS_LOOKS.values()]
    assert all(re.fullmatch("#[0-9A-Fa-f]{6}", colour) for colour in colours), colours
    assert len({colour.lower() for colour in colours}) == len(colours)


def test_every_kind_has_a_shape_of_its_own():
    assert list(palette.KIND_SHAPES) == list(model.KINDS)
    assert len(set(palette.KIND_SHAPES.values())) == len(model.KINDS)


def test_the_browser_draws_every_shape_on_the_map_and_in_the_list():
    layer = (STATIC / "js" / "posture-stamps.js").read_text(encoding="utf-8")
    shapes = re.search(r"var SHAPES = \{(.*?)\};", layer, re.S).group(1)
    insets = re.search(r"var INSET_SCALE = \{(.*?)\};", layer, re.S).group(1)
    css = (STATIC / "css" / "tracker.css").read_text(encoding="utf-8")
    for shape in palette.KIND_SHAPES.values():
        key = rf'(^|[\s,{{])"?{re.escape(shape)}"?\s*:'
        assert re.search(key, shapes, re.M), f"posture-stamps.js SHAPES has no {shape!r}"
        assert re.search(key, insets, re.M), f"posture-stamps.js INSET_SCALE has no {shape!r}"
        assert f".shape-{shape} {{" in css, f"tracker.css has no .shape-{shape}"


def test_the_page_gets_the_palette_in_the_models_order(client):
    body = client.get("/").get_data(as_text=True)
    for status, colour in palette.STATUS_COLOURS.items():
        assert f'[data-look="{status}"]' in body and colour in body
    style = palette.style_config()
    assert style["drawOrder"] == list(palette.DRAW_ORDER)
    assert style["shapes"] == palette.KIND_SHAPES
