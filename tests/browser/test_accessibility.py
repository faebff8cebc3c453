"""axe-core finds nothing critical, serious or moderate on the pages readers and editors use."""

import pytest

from tests.browser.accessibility import violations
from tests.browser.conftest import open_map, open_popup
from tests.browser.test_editing import editor_page, fill_entry  # noqa: F401 (a fixture)


def test_the_map_on_a_desktop(page):
    open_map(page, "?date=2026-01-27")
    assert violations(page) == []
    open_popup(page, "qamishli-airport")  # a contested popup: both reports
    assert violations(page) == []


def test_the_map_on_a_phone(phone):
    open_map(phone, "?date=2026-01-27")
    assert violations(phone) == []
    for panel in ("list", "legend"):
        phone.tap(f".panel-tabs [data-panel={panel}]")
        assert violations(phone) == [], panel


def test_a_facility_page(page):
    page.goto(f"{page.base_url}/facilities/qamishli-airport?date=2026-01-27")
    page.wait_for_selector(".inset .leaflet-container")
    assert violations(page) == []


def test_the_sign_in_page_and_its_errors(page):
    page.goto(f"{page.base_url}/login")
    assert violations(page) == []
    page.click("text=Sign in >> nth=-1")
    page.wait_for_selector(".form-problems, .flash")
    assert violations(page) == []


@pytest.mark.parametrize("path", ["/facilities/new", "/facilities/hmeimim-air-base/status/new"])
def test_the_forms_and_their_errors(editor_page, path):  # noqa: F811
    page = editor_page
    page.goto(f"{page.base_url}{path}")
    assert violations(page) == []
    page.click("button[type=submit] >> nth=-1")
    page.wait_for_selector(".form-problems")
    assert violations(page) == []
