"""The map page in Chromium: the date slider moves the posture in place."""

import io
import json

from PIL import Image

from tests import samples
from tests.browser.conftest import open_map, open_popup
from tracker.posture import today

GREEN, VERMILLION, WHITE = (0, 158, 115), (213, 94, 0), (255, 255, 255)
HOSTILE = '<img src=x onerror="window.__xss=1"><b>bold</b> ${window.__xss=2} `tick` </script>'


def listed(page):
    """{facility id: status} of the posture list as the page shows it."""
    return page.eval_on_selector_all(
        "#posture-list [data-facility]", "items => items.map(i => [i.dataset.facility, i.dataset.status])")


def pixel(page, facility_id, dx=0):
    """The colour the canvas shows at a facility's marker (dx pixels right of its centre)."""
    return tuple(page.evaluate("""([id, dx]) => {
        const p = window.trackerPage, layer = p.layer, f = p.data.facilities.id.indexOf(id);
        const ratio = window.devicePixelRatio || 1, canvas = layer._container;
        const x = layer._x[f] + Math.round(dx * ratio), y = layer._y[f];  // device pixels on the canvas
        return Array.from(canvas.getContext("2d").getImageData(x, y, 1, 1).data).slice(0, 3);
    }""", [facility_id, dx]))


def marker_point(page, facility_id):
    """Where a facility's marker is in the page (CSS pixels from the viewport's top left)."""
    return page.evaluate("""(id) => {
        const p = window.trackerPage, f = p.data.facilities.id.indexOf(id);
        const c = p.map.latLngToContainerPoint([p.data.facilities.lat[f], p.data.facilities.lon[f]]);
        const box = p.map.getContainer().getBoundingClientRect();
        return [box.left + c.x, box.top + c.y];
    }""", facility_id)


def on_screen(page, facility_id):
    """The colour the screen shows at a facility's marker: what the compositor made of the
    canvas (desynchronized, it reaches the screen by its own path), not the canvas's data."""
    x, y = marker_point(page, facility_id)
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    shot = page.screenshot(clip={"x": round(x), "y": round(y), "width": 1, "height": 1})
    return Image.open(io.BytesIO(shot)).convert("RGB").getpixel((0, 0))


def test_the_list_at_a_date_matches_the_api(page, client):
    open_map(page, "?date=2025-01-01")
    api = json.loads(client.get("/api/posture?date=2025-01-01").data)
    assert sorted(listed(page)) == sorted([f["id"], f["properties"]["status"]] for f in api["features"])
    assert page.text_content("#date-label") == "2025-01-01"
    assert page.input_value("#date-slider") == str(page.evaluate("PostureDates.isoToDay('2025-01-01')"))


def test_keyboard_moves_markers_counts_list_and_url_without_reload(page, app):
    app.config["STALE_AFTER_DAYS"] = 10_000  # the colours of fresh reports at every date (README, "How old a report is")
    open_map(page, "?date=2025-01-01")
    page.evaluate("window.__sameDocument = true")
    assert pixel(page, "qamishli-airport") == GREEN
    counts = page.locator("#status-legend .count")
    assert counts.all_text_contents()[:2] == ["2", "1"]  # active, reinforced

    page.focus("#date-slider")
    page.keyboard.press("ArrowRight")
    assert page.text_content("#date-label") == "2025-01-02"
    page.keyboard.press("PageUp")
    assert page.text_content("#date-label") == "2025-02-02"
    assert on_screen(page, "qamishli-airport") == GREEN
    page.keyboard.press("End")
    assert page.text_content("#date-label") == today()
    assert dict(listed(page))["qamishli-airport"] == "withdrawn"
    assert pixel(page, "qamishli-airport") == WHITE  # hollow: the force has left
    assert on_screen(page, "qamishli-airport") == WHITE
    assert pixel(page, "qamishli-airport", dx=5) == VERMILLION  # its thick edge
    assert counts.all_text_contents()[:2] == ["0", "2"]
    page.wait_for_function(f"() => location.search === '?date={today()}'")
    assert page.evaluate("window.__sameDocument") is True  # no page load happened

    page.keyboard.press("Home")
    assert page.text_content("#date-label") == "2024-12-13"
    assert sorted(i for i, _ in listed(page)) == ["ain-issa", "hisyah"]


def test_dragging_the_slider_by_input_events(page):
    open_map(page, "?date=2025-01-01")
    page.eval_on_selector("#date-slider", """(slider) => {
        slider.value = PostureDates.isoToDay('2026-01-26');
        slider.dispatchEvent(new Event('input', {bubbles: true}));
    }""")
    assert page.text_content("#date-label") == "2026-01-26"
    assert dict(listed(page))["qamishli-airport"] == "withdrawing"


def test_change_buttons_snap_to_dates_with_changes(page):
    open_map(page, "?date=2025-01-01")
    page.click("#next-change")
    assert page.text_content("#date-label") == "2026-01-26"
    page.click("#next-change")
    assert page.text_content("#date-label") == "2026-01-27"
    page.click("#prev-change")
    page.click("#prev-change")
    assert page.text_content("#date-label") == "2024-12-25"


def test_play_animates_through_time(page):
    open_map(page, "?date=2025-01-01")
    page.click("#play")
    page.wait_for_function("() => document.getElementById('date-label').textContent > '2025-01-10'")
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "false"
    stopped = page.text_content("#date-label")
    page.wait_for_timeout(200)
    assert page.text_content("#date-label") == stopped


def test_clicking_an_item_focuses_the_map_and_opens_its_sources(page):
    open_map(page, "?date=2026-02-01")
    popup = open_popup(page, "hmeimim-air-base")
    assert popup.locator(".popup-title").text_content() == "Hmeimim air base"
    assert "Reinforced" in popup.locator(".badge").text_content()
    assert popup.locator(".source-title").text_content().startswith("Syrian President al-Sharaa Meets Putin")
    assert "Source B: Usually reliable" in popup.text_content()
    assert page.get_attribute("[data-facility=hmeimim-air-base]", "aria-current") == "true"
    href = popup.locator("a", has_text="Full history").get_attribute("href")
    assert href == "/facilities/hmeimim-air-base?date=2026-02-01"


def test_stepping_with_a_popup_open_keeps_the_focus_on_the_slider(page):
    open_map(page, "?date=2026-01-26")
    open_popup(page, "qamishli-airport")
    assert page.evaluate("() => document.activeElement.classList.contains('popup-title')")
    page.focus("#date-slider")
    for _ in range(3):  # Qamishli changes on the 27th and the 28th: the popup is drawn again
        page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.getElementById('date-label').textContent === '2026-01-29'")
    assert page.evaluate("() => document.activeElement.id") == "date-slider"


def test_clicking_a_marker_opens_its_popup(page):
    open_map(page, "?date=2026-02-01")
    page.mouse.click(*marker_point(page, "tartus-naval-facility"))
    assert page.locator(".facility-popup .popup-title").text_content() == "Tartus naval facility"


def test_filters_hide_statuses_and_follow_the_url(page):
    open_map(page, "?date=2026-02-01")
    page.locator("#status-legend label", has_text="Withdrawn").locator("input").uncheck()
    assert sorted(i for i, _ in listed(page)) == ["hmeimim-air-base", "tartus-naval-facility"]
    page.wait_for_function("() => location.search.includes('status=reinforced')")
    page.reload()
    page.wait_for_selector("#posture-list[data-ready]")
    assert sorted(i for i, _ in listed(page)) == ["hmeimim-air-base", "tartus-naval-facility"]


def test_user_text_is_shown_as_text_in_popup_and_list(page, store):
    hostile = samples.entry(id="hostile", effective="2025-06-01", note=HOSTILE, source_title=HOSTILE,
                            source_quote=HOSTILE, source_publisher="<i>Pub</i>")
    store.update("amuda", lambda f: f["properties"]["status_history"].append(hostile) or f)
    open_map(page, "?date=2025-07-01")
    item = page.locator("[data-facility=amuda]")
    assert item.locator(".detail").text_content() == f"Active since 2025-06-01 · <i>Pub</i>: {HOSTILE}"
    popup = open_popup(page, "amuda")
    assert popup.locator(".popup-note").text_content() == HOSTILE
    assert popup.locator(".quote").text_content() == HOSTILE
    assert popup.locator("img, b, i").count() == 0
    assert page.evaluate("window.__xss") is None


def test_the_facility_page_shows_conflicts_side_by_side(page):
    page.goto(f"{page.base_url}/facilities/qamishli-airport?date=2026-01-27")
    day = page.locator(".timeline-day", has=page.locator("time[datetime='2026-01-27']"))
    assert day.locator(".conflict-note").is_visible()
    boxes = [entry.bounding_box() for entry in day.locator(".entry").all()]
    assert len(boxes) == 2 and boxes[0]["y"] == boxes[1]["y"]  # side by side
    assert page.locator(".entry.governing").get_attribute("id") == "entry-qamishli-2026-01-27-afp"
    assert page.locator(".inset .leaflet-container").is_visible()
    assert page.locator(".inset .leaflet-overlay-pane svg path").count() > 1  # outlines and marker


def download(page, selector, tmp_path):
    """Click a download link; return the saved file's path."""
    page.eval_on_selector("#downloads", "details => { details.open = true; }")
    with page.expect_download() as info:
        page.click(selector)
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_downloads_follow_the_date_and_the_filters(page, tmp_path):
    import pyogrio
    open_map(page, "?date=2026-02-01")
    page.locator("#status-legend label", has_text="Reinforced").locator("input").uncheck()
    page.wait_for_function("() => document.querySelector('#downloads a[data-format=csv]').href.includes('status=')")
    for fmt in ("csv", "gpkg", "geojson"):
        saved = download(page, f"#downloads a[data-format={fmt}]", tmp_path)
        assert saved.name == f"posture-2026-02-01.{fmt}"
        frame = pyogrio.read_dataframe(saved).set_index("id")
        assert sorted(frame.index) == ["ain-issa", "amuda", "hisyah", "qamishli-airport"]
        assert set(frame["status"]) == {"withdrawn"}
        assert frame.loc["qamishli-airport", "name"] == "Qamishli airport"
        if fmt != "geojson":  # flat formats carry the aliases, in their scripts
            assert "مطار القامشلي" in frame.loc["qamishli-airport", "aliases"]
    history = download(page, "#downloads a[data-history]", tmp_path)
    assert history.read_text(encoding="utf-8-sig").count("\n") == 14  # header and 13 entries
