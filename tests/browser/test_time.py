"""Time on the map page in Chromium: the chart, as known on, report age, and the compare page."""

import json
from collections import Counter

from tests.browser.conftest import open_map, open_popup
from tests.browser.test_map import listed, pixel

DATES = ["2024-12-13", "2024-12-25", "2025-06-01", "2026-01-27", "2026-02-01"]
BLUE = (0, 114, 178)  # active, as the legend


def day(page, iso):
    return page.evaluate(f"PostureDates.isoToDay('{iso}')")


def api_counts(client, date, query=""):
    answer = json.loads(client.get(f"/api/posture?date={date}{query}").data)
    return dict(Counter(f["properties"]["status"] for f in answer["features"]))


def chart_counts(page, date):
    counts = page.evaluate(f"trackerPage.chart.countsAt(PostureDates.isoToDay('{date}'))")
    return {status: n for status, n in counts.items() if n}


def test_the_chart_matches_the_api_counts_at_five_dates(page, client):
    open_map(page, "?date=2026-02-01")
    assert page.locator("#posture-chart svg path").count() > 0
    for date in DATES:
        assert chart_counts(page, date) == api_counts(client, date), date


def test_the_chart_follows_the_filters(page, client):
    open_map(page, "?date=2026-02-01&kind=airport&kind=air_base")
    for date in DATES:
        assert chart_counts(page, date) == api_counts(client, date, "&kind=airport&kind=air_base"), date
    statuses = page.eval_on_selector_all("#posture-chart path", "paths => paths.map(p => p.dataset.status)")
    page.locator("#status-legend label", has_text="Withdrawn").locator("input").uncheck()
    after = page.eval_on_selector_all("#posture-chart path", "paths => paths.map(p => p.dataset.status)")
    assert "withdrawn" in statuses and after == [s for s in statuses if s != "withdrawn"]
    assert "withdrawn" not in chart_counts(page, "2026-02-01")


def test_clicking_near_the_end_of_the_chart_moves_the_slider_there(page):
    open_map(page, "?date=2025-01-01")
    box = page.locator("#posture-chart").bounding_box()
    page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
    low, high = int(page.get_attribute("#date-slider", "min")), int(page.get_attribute("#date-slider", "max"))
    near_end = low + int((box["width"] - 2) / box["width"] * (high - low + 1))  # 2 px from the end
    page.wait_for_function(f"() => +document.getElementById('date-slider').value >= {near_end} - 1")
    value = int(page.input_value("#date-slider"))
    assert near_end - 1 <= value <= high and value > day(page, "2026-01-01")
    iso = page.evaluate(f"PostureDates.dayToIso({value})")
    assert page.text_content("#date-label") == iso
    page.wait_for_function(f"() => location.search.includes('date={iso}')")


def test_dragging_on_the_chart_moves_the_slider_with_it(page):
    open_map(page, "?date=2026-02-01")
    box = page.locator("#posture-chart").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.9, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + 2, y, steps=5)
    page.mouse.up()
    low, high = int(page.get_attribute("#date-slider", "min")), int(page.get_attribute("#date-slider", "max"))
    near_start = low + int(2 / box["width"] * (high - low + 1))  # where the drag ended, 2 px in
    page.wait_for_function(f"() => +document.getElementById('date-slider').value <= {near_start} + 1")


def test_a_slider_step_moves_only_the_marker(page):
    open_map(page, "?date=2025-01-01")
    page.evaluate("window.__paths = Array.from(document.querySelectorAll('#posture-chart path'))")
    left = page.evaluate("document.querySelector('#posture-chart .chart-marker').style.transform")
    page.focus("#date-slider")
    page.keyboard.press("PageUp")
    assert page.evaluate("document.querySelector('#posture-chart .chart-marker').style.transform") != left
    assert page.evaluate("Array.from(document.querySelectorAll('#posture-chart path'))"
                         ".every((p, i) => p === window.__paths[i])")


def test_an_old_report_is_faded_and_says_how_old_it_is(page):
    # Hmeimim: active since 2024-12-14, nothing newer until 2026-01-28.
    open_map(page, "?date=2025-06-12")  # 180 days: not yet old
    item = page.locator("[data-facility=hmeimim-air-base]")
    item.scroll_into_view_if_needed()
    assert item.get_attribute("data-stale") is None and "last reported" not in item.inner_text()
    assert pixel(page, "hmeimim-air-base") == BLUE
    page.focus("#date-slider")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector("[data-facility=hmeimim-air-base][data-stale=true]")
    item.scroll_into_view_if_needed()  # rows below the fold are not rendered (content-visibility)
    assert "last reported 181 days ago" in item.inner_text()
    faded = pixel(page, "hmeimim-air-base")
    assert all(f > b for f, b in zip(faded, BLUE)) and faded != (255, 255, 255)  # lighter, still there
    popup = open_popup(page, "hmeimim-air-base")
    assert "last reported 181 days ago" in popup.inner_text()
    page.focus("#date-slider")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.facility-popup').innerText.includes('182 days ago')")
    assert "last reported 182 days ago" in item.text_content()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    page.wait_for_selector("[data-facility=hmeimim-air-base]:not([data-stale])", state="attached")
    assert "last reported" not in item.text_content()


def test_as_known_on_reloads_the_map_as_the_record_stood(page, client):
    open_map(page, "?date=2026-02-01&kind=airport")
    assert listed(page) == [["qamishli-airport", "withdrawn"]]
    page.fill("#known-date", "2026-11-26")  # the day before the test data was recorded
    page.click("#known-form button")
    page.wait_for_url("**known=2026-11-26**")
    page.wait_for_selector("#posture-list[data-ready]")
    assert "kind=airport" in page.url and "date=2026-02-01" in page.url
    assert page.is_visible("#known-banner") and listed(page) == []
    assert chart_counts(page, "2026-02-01") == {}
    page.focus("#date-slider")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => location.search.includes('date=2026-02-02')")
    assert "known=2026-11-26" in page.url  # the permalink keeps it
    href = page.get_attribute("#downloads a[data-format=csv]", "href")
    assert "known=2026-11-26" in href


def test_the_map_leads_to_the_compare_page_which_marks_the_changes(page):
    open_map(page, "?date=2026-01-01")
    page.click("#compare-link")
    page.wait_for_url("**/changes?from=2026-01-01**")
    page.fill("input[name=to]", "2026-01-31")
    page.click(".compare-form button")
    page.wait_for_url("**to=2026-01-31**")
    marker = page.locator('path.changed-marker[data-facility="qamishli-airport"]')
    marker.wait_for()
    assert page.locator("path.changed-marker").count() == 3
    item = page.locator('.changed-facility[data-facility="qamishli-airport"]')
    assert item.locator(".changed-entry").count() == 5
    assert "Withdrawn" in item.locator(".transition").inner_text()


def test_the_popup_as_known_shows_the_report_as_it_stood(page, client, token):
    from tests.test_api_write import RETRACT_URL, post
    from tests.test_known import yesterday
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    open_map(page, f"?date=2026-02-01&known={yesterday()}")
    popup = open_popup(page, "hmeimim-air-base")
    assert "Reinforced" in popup.locator(".badge").text_content()
    assert popup.locator(".source-title").text_content().startswith("Syrian President al-Sharaa Meets Putin")
    assert f"known={yesterday()}" in popup.locator(".popup-links a").first.get_attribute("href")
    open_map(page, "?date=2026-02-01")
    popup = open_popup(page, "hmeimim-air-base")
    assert "Active" in popup.locator(".badge").text_content()
