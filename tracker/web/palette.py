"""The map's look of the model's vocabulary: a colour (and fill) a status, a shape a kind.

One line a status and one a kind: adding a status or a kind to `tracker.model` is that
edit plus its line here; tests/test_palette.py fails until the two agree, and checks
that the browser (posture-stamps.js, tracker.css) can draw every shape named here.
"""

from typing import NamedTuple

from tracker import model


class Look(NamedTuple):
    colour: str
    hollow: bool  # a hollow marker: the force has left


# Okabe-Ito: distinguishable with the common colour-vision deficiencies. Shape tells the
# kind, and a hollow marker tells a force that has left, so colour is never the only cue.
# In draw order: where markers overlap, later lines are drawn on top (forces present over
# forces gone).
STATUS_LOOKS = {
    "withdrawn": Look("#D55E00", hollow=True),
    "handed_over": Look("#56B4E9", hollow=True),
    "unknown": Look("#7F7F7F", hollow=False),
    "withdrawing": Look("#CC79A7", hollow=False),
    "reduced": Look("#E69F00", hollow=False),
    "active": Look("#0072B2", hollow=False),
    "reinforced": Look("#009E73", hollow=False),
}
KIND_SHAPES = {
    "air_base": "triangle",
    "naval_base": "diamond",
    "army_base": "square",
    "airport": "circle",
    "outpost": "triangle-down",
    "other": "hexagon",
}

# Derived, in the model's order (the legend's).
STATUS_COLOURS = {status: STATUS_LOOKS[status].colour for status in model.STATUSES}
HOLLOW_STATUSES = tuple(status for status in STATUS_COLOURS if STATUS_LOOKS[status].hollow)
DRAW_ORDER = tuple(STATUS_LOOKS)


def style_config():
    """The palette and shapes, for the page's JavaScript and CSS (one definition)."""
    return {"colours": STATUS_COLOURS, "hollow": list(HOLLOW_STATUSES), "shapes": KIND_SHAPES,
            "drawOrder": list(DRAW_ORDER)}
