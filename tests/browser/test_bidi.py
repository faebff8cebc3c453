"""User text in the map's list and popups is isolated (dir=auto), bidi controls and all."""

from tests import samples
from tests.browser.conftest import open_map, open_popup

RLO = "\u202e"


def test_names_operators_and_publishers_are_isolated(page, store):
    entry = samples.entry(source_publisher=f"{RLO}Publisher", note=f"{RLO}note", effective="2025-01-01")
    store.create(samples.feature(id="bidi-base", history=[entry], name=f"{RLO}Name", operator=f"{RLO}Op"))
    open_map(page, "?date=2025-06-01")
    name = page.locator("[data-facility=bidi-base] .name")
    assert name.get_attribute("dir") == "auto" and name.text_content() == f"{RLO}Name"
    popup = open_popup(page, "bidi-base")
    for selector in (".popup-title", ".popup-note", ".popup-kind bdi", ".source-meta bdi", ".source-title"):
        assert popup.locator(selector).get_attribute("dir") == "auto", selector
    assert popup.locator(".source-meta bdi").text_content() == f"{RLO}Publisher"
