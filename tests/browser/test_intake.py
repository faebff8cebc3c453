"""Report intake in Chromium: paste, review, accept two cards, reject one, see the map."""

import pytest

from tests.browser.conftest import open_map, open_popup
from tests.browser.test_editing import editor_page  # noqa: F401 (fixture)
from tracker.intake.gazetteer import towns
from tracker.intake.names import town_index
from tracker.store import FolderStore

REPORT = ("Russia reinforces Amuda\n\n"
          "Russian forces reinforced the base in Amuda on Tuesday with armoured vehicles, the "
          "Observatory said. Russian forces withdrew from Qamishli airport on Tuesday.\n"
          "Russian troops also left their base in Manbij on Tuesday, residents said.")


@pytest.fixture(scope="module", autouse=True)
def gazetteer():
    """Read GeoNames before the page asks: on a busy machine the first read of a process
    can outlast a click's wait for its page."""
    town_index(tuple(towns(("SY",))))


def card(page, facility_or_name):
    return page.locator(".proposal-card", has=page.locator("h2", has_text=facility_or_name))


def test_paste_review_accept_two_reject_one_then_the_map_shows_them(editor_page, data_dir):  # noqa: F811
    page = editor_page
    page.click("text=Paste a report")
    page.fill("#report", REPORT)
    page.fill("#publisher", "Example Observatory")
    page.fill("#url", "https://observatory.example/2025/03/05/amuda")
    page.fill("#published", "2025-03-05")
    page.click("text=Propose entries")
    page.wait_for_selector(".proposal-card")
    assert page.locator(".proposal-card").count() == 3
    amuda, qamishli, manbij = card(page, "Amuda"), card(page, "Qamishli airport"), card(page, "Manbij")
    assert amuda.locator("mark.quote").text_content() == (
        "Russian forces reinforced the base in Amuda on Tuesday with armoured vehicles, the "
        "Observatory said.")
    assert amuda.locator("[name=status]").input_value() == "reinforced"
    assert amuda.locator("[name=effective]").input_value() == "2025-03-04"
    assert manbij.locator("[name=location_precision]").input_value() == "town"

    amuda.locator("[name=note]").fill("Armoured vehicles added at Amuda.")
    amuda.locator("button.accept").click()
    manbij.locator("button.accept").click()
    qamishli.locator("button.reject").click()
    for accepted in (amuda, manbij):
        accepted.locator(".card-message a").wait_for()
        assert accepted.get_attribute("data-state") == "accepted"
    assert qamishli.get_attribute("data-state") == "rejected"

    stored = FolderStore(data_dir).dataset()
    manbij_id = next(f.id for f in stored if f.properties["name"] == "Manbij")
    assert stored.require("amuda").history[-1]["note"] == "Armoured vehicles added at Amuda."
    assert stored.require("qamishli-airport").history[-1]["effective"] != "2025-03-04"

    open_map(page, "?date=2025-03-04")
    assert page.get_attribute("#posture-list [data-facility=amuda]", "data-status") == "reinforced"
    assert page.get_attribute(f"#posture-list [data-facility={manbij_id}]", "data-status") == "withdrawn"
    assert page.get_attribute("#posture-list [data-facility=qamishli-airport]", "data-status") == "reinforced"
    popup = open_popup(page, "amuda")
    assert "Russian forces reinforced the base in Amuda on Tuesday" in popup.locator(".quote").text_content()
    assert "Example Observatory" in popup.text_content()
