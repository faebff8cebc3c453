"""The editors' forms in Chromium: sign in, add entries and facilities, see them on the map."""

import pytest
from playwright.sync_api import expect

from tests import samples
from tests.browser.conftest import open_map, open_popup
from tracker.store import FolderStore

HOSTILE = '<img src=x onerror="window.__xss=1"><b>bold</b> ${window.__xss=2} `tick` </script><script>window.__xss=3</script>'
SOURCE = {
    "#source_url": "https://example.org/report",
    "#source_title": "Fewer jets at Hmeimim",
    "#source_publisher": "Example News",
    "#source_published": "2025-06-02",
    "#source_quote": "« the apron was half empty »",
}


@pytest.fixture
def editor_page(page, editor):
    """The page, signed in as the editor."""
    page.goto(f"{page.base_url}/login")
    page.fill("#name", editor)
    page.fill("#password", samples.PASSWORD)
    page.click("text=Sign in >> nth=-1")
    page.wait_for_selector(".sign-out")
    return page


def fill_entry(page, status="reduced", effective="2025-06-01", note="Half the jets left.", **source):
    page.select_option("#status", status)
    page.fill("#effective", effective)
    page.fill("#note", note)
    for selector, value in dict(SOURCE, **source).items():
        page.fill(selector, value)
    page.select_option("#reliability", "B")
    page.select_option("#credibility", "2")


def listed_status(page, facility_id):
    return page.get_attribute(f"#posture-list [data-facility={facility_id}]", "data-status")


def test_an_entry_added_with_the_form_shows_on_the_facility_page_and_the_map(editor_page, data_dir):
    page = editor_page
    open_map(page, "?date=2025-06-01")
    assert listed_status(page, "hmeimim-air-base") == "active"
    open_popup(page, "hmeimim-air-base").locator("a", has_text="Add status entry").click()
    page.wait_for_selector("form #status")
    fill_entry(page)
    page.click("text=Save entry")
    page.wait_for_selector(".flash")
    entry = FolderStore(data_dir).dataset().require("hmeimim-air-base").history[-1]
    assert page.url.endswith(f"/facilities/hmeimim-air-base?date=2025-06-01#entry-{entry['id']}")
    assert page.text_content(".flash") == "Saved: Hmeimim air base reduced from 2025-06-01."
    shown = page.locator(f"#entry-{entry['id']}")
    assert shown.locator(".note").text_content() == "Half the jets left."
    assert "in force on 2025-06-01" in shown.text_content()
    assert f"by {samples.EDITOR}" in shown.locator(".recorded").text_content()

    page.click("text=← The map on 2025-06-01")
    page.wait_for_selector("#posture-list[data-ready]")
    assert listed_status(page, "hmeimim-air-base") == "reduced"
    open_map(page, "?date=2025-05-31")
    assert listed_status(page, "hmeimim-air-base") == "active"


def test_a_form_with_errors_keeps_the_input_and_names_each_field(editor_page, data_files):
    page = editor_page
    before = data_files()
    page.goto(f"{page.base_url}/facilities/hmeimim-air-base/status/new")
    fill_entry(page, note="", **{"#source_url": "javascript:alert(1)", "#source_publisher": ""})
    page.click("text=Save entry")
    page.wait_for_selector(".form-problems")
    assert page.text_content("#note-error") == "is required"
    assert page.text_content("#source_url-error") == "'javascript:alert(1)' is not an http or https URL"
    assert page.text_content("#source_publisher-error") == "is required"
    assert page.locator(".field-error").count() == 3
    assert page.input_value("#source_url") == "javascript:alert(1)"
    assert page.input_value("#source_quote") == SOURCE["#source_quote"]
    assert page.input_value("#effective") == "2025-06-01"
    assert page.input_value("#status") == "reduced" and page.input_value("#credibility") == "2"
    assert page.locator("#note").get_attribute("aria-invalid") == "true"
    assert data_files() == before


def picker_map_call(page, script, *args):
    """Run `script` with the picker's Leaflet map as its first argument."""
    return page.evaluate(f"""(args) => {{
        const map = window[document.querySelector('.picker-map .folium-map').id];
        return ({script})(map, ...args);
    }}""", list(args))


def test_the_new_facility_form_places_the_point_by_a_click_on_the_map(editor_page, data_dir):
    page = editor_page
    page.click("text=New facility")
    page.wait_for_selector(".picker-map .leaflet-container")
    page.locator(".picker-map .leaflet-container").click(position={"x": 300, "y": 150})
    lat, lon = float(page.input_value("#latitude")), float(page.input_value("#longitude"))
    clicked = picker_map_call(page, "(map, lat, lon) => map.latLngToContainerPoint([lat, lon])", lat, lon)
    assert abs(clicked["x"] - 300) <= 1 and abs(clicked["y"] - 150) <= 1
    assert page.locator(".picker-marker").is_visible()

    page.fill("#latitude", "34.5225")  # typing moves the marker
    page.fill("#longitude", "37.6297")
    marker = page.locator(".picker-marker").bounding_box()
    box = page.locator(".picker-map .leaflet-container").bounding_box()
    point = picker_map_call(page, "(map, lat, lon) => map.latLngToContainerPoint([lat, lon])", 34.5225, 37.6297)
    centre = (marker["x"] + marker["width"] / 2 - box["x"], marker["y"] + marker["height"] / 2 - box["y"])
    assert abs(centre[0] - point["x"]) < 2 and abs(centre[1] - point["y"]) < 2

    page.fill("#name", "Tiyas Air Base")
    page.select_option("#kind", "air_base")
    page.select_option("#location_precision", "site")
    fill_entry(page, status="active")
    page.click("text=Save facility")
    page.wait_for_selector(".flash")
    assert "/facilities/tiyas-air-base?date=2025-06-01#entry-" in page.url
    assert page.text_content("h1") == "Tiyas Air Base"
    stored = FolderStore(data_dir).dataset().require("tiyas-air-base").feature
    assert stored["geometry"]["coordinates"] == [37.6297, 34.5225]
    open_map(page, "?date=2025-06-01")
    assert listed_status(page, "tiyas-air-base") == "active"


def test_markup_typed_into_the_form_shows_as_text_everywhere(editor_page, data_dir):
    page = editor_page
    page.goto(f"{page.base_url}/facilities/amuda/status/new")
    fill_entry(page, status="active", note=HOSTILE, **{"#source_title": HOSTILE, "#source_quote": HOSTILE})
    page.click("text=Save entry")
    page.wait_for_selector(".flash")
    entry = FolderStore(data_dir).dataset().require("amuda").history[-1]
    assert entry["note"] == entry["source"]["title"] == entry["source"]["quote"] == HOSTILE

    shown = page.locator(f"#entry-{entry['id']}")
    assert shown.locator(".note").text_content() == HOSTILE
    assert shown.locator(".source-title").text_content() == HOSTILE
    assert shown.locator(".quote").text_content() == HOSTILE
    assert shown.locator("img, b, script").count() == 0

    open_map(page, "?date=2025-06-01")
    assert page.text_content("[data-facility=amuda] .detail").endswith(f" · Example News: {HOSTILE}")
    popup = open_popup(page, "amuda")
    assert popup.locator(".popup-note").text_content() == popup.locator(".quote").text_content() == HOSTILE
    assert popup.locator("img, b, script").count() == 0
    assert page.evaluate("window.__xss") is None


def test_a_date_the_browser_could_not_read_is_named_not_called_missing(editor_page, data_files):
    page = editor_page
    before = data_files()
    page.goto(f"{page.base_url}/facilities/hmeimim-air-base/status/new")
    fill_entry(page, effective="2026-02-30")
    page.click("text=Save entry")
    page.wait_for_selector(".form-problems")
    assert page.text_content("#effective-error") == "'2026-02-30' is not a date"
    assert page.input_value("#effective") == "2026-02-30"
    # The summary takes the focus by `autofocus`, which the browser applies at its next
    # rendering step, not by the time the element exists: wait for it (up to 5 s).
    expect(page.locator(".form-problems")).to_be_focused(timeout=5000)
    assert data_files() == before


def test_an_effective_date_after_today_is_refused(editor_page, data_files):
    page = editor_page
    before = data_files()
    page.goto(f"{page.base_url}/facilities/hmeimim-air-base/status/new")
    fill_entry(page, effective="2099-01-01")
    page.click("text=Save entry")
    page.wait_for_selector(".form-problems")
    assert page.text_content("#effective-error") == "'2099-01-01' is in the future"
    assert data_files() == before
