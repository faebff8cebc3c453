"""The map for every reader (README, "The map"): phones, reports that disagree, names on the
map, a picture to publish, the keyboard, links that keep the view, a followable Play."""

import io
from urllib.parse import parse_qs, urlsplit

from PIL import Image

from tests.browser.conftest import REDRAW_DIFFERS_JS, open_map, open_popup, wait_for_map_still
from tests.browser.test_map import listed, marker_point
from tracker.posture import today
from tracker.web.palette import STATUS_COLOURS

VERMILLION, WHITE = (213, 94, 0), (255, 255, 255)


def ring_pixels(page, facility_id):
    """Dark pixels on the canvas in the annulus where a contested marker's ring is drawn."""
    return page.evaluate("""(id) => {
        const p = window.trackerPage, layer = p.layer, f = p.data.facilities.id.indexOf(id);
        const ratio = window.devicePixelRatio || 1, r = layer.radius() * ratio;
        const ctx = layer._container.getContext("2d"), x0 = layer._x[f], y0 = layer._y[f], reach = Math.ceil(r * 2.2);
        const data = ctx.getImageData(x0 - reach, y0 - reach, 2 * reach + 1, 2 * reach + 1).data;
        let dark = 0;
        for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) {
            const d = Math.hypot(dx, dy);
            if (d < r * 1.45 || d > r * 2.1) continue;
            const i = 4 * ((dy + reach) * (2 * reach + 1) + dx + reach);
            if (data[i + 3] > 200 && data[i] < 70 && data[i + 1] < 70 && data[i + 2] < 70) dark++;
        }
        return dark;
    }""", facility_id)


def query_of(url):
    """A URL's query as {name: sorted values}: the same filters, whatever their order."""
    return {name: sorted(values) for name, values in parse_qs(urlsplit(url).query).items()}


def boxes_overlap(a, b):
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


# Phones --------------------------------------------------------------------------------------

def test_on_a_phone_the_slider_is_wide_and_draggable_and_nothing_scrolls_sideways(phone):
    open_map(phone, "?date=2025-01-01")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.evaluate("document.body.scrollWidth") <= 390
    box = phone.locator("#date-slider").bounding_box()
    assert box["width"] >= 200 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    # A thumb drags it: touch down near the start, move to the far end, lift.
    cdp = phone.context.new_cdp_session(phone)
    y = box["y"] + box["height"] / 2
    points = [box["x"] + box["width"] * share for share in (0.02, 0.3, 0.6, 0.995)]
    start = phone.input_value("#date-slider")
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": points[0], "y": y}]})
    for x in points[1:]:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    phone.wait_for_function(f"() => document.getElementById('date-slider').value !== '{start}'")
    assert phone.text_content("#date-label") >= "2026-11-01"  # near the end: today
    assert phone.text_content("#date-label") == phone.text_content(".map-date")
    # Pinch-zoom is allowed: the page sets no maximum scale and no user-scalable=no.
    assert phone.eval_on_selector_all('meta[name="viewport"]', "m => m.map(e => e.content)") == [
        "width=device-width, initial-scale=1"]


def test_on_a_phone_the_list_is_a_tap_away_and_its_popup_opens_fully_in_view(phone):
    open_map(phone, "?date=2026-01-27")
    assert not phone.locator("#posture-list").is_visible()
    phone.tap(".panel-tabs [data-panel=list]")
    assert phone.locator("#posture-list").is_visible()
    phone.tap("[data-facility=qamishli-airport] button")
    popup = phone.locator(".facility-popup")
    popup.locator(".quote").first.wait_for()
    wait_for_map_still(phone)
    box = popup.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844
    assert popup.is_visible() and not phone.locator("#posture-list").is_visible()
    for control in phone.locator(".leaflet-control-zoom, .map-date, .leaflet-control-layers").all():
        assert not boxes_overlap(box, control.bounding_box())
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.tap(".panel-tabs [data-panel=legend]")
    assert phone.locator("#status-legend").is_visible() and not phone.locator("#posture-list").is_visible()


def test_markers_never_start_under_the_map_controls(page, phone):
    for viewer in (page, phone):
        open_map(viewer, "?date=2026-01-27")
        controls = [c.bounding_box() for c in viewer.locator(".leaflet-control, .map-date").all()]
        radius = viewer.evaluate("trackerPage.layer.radius()") * 1.9
        for facility_id, _ in listed(viewer):
            x, y = marker_point(viewer, facility_id)
            marker = {"x": x - radius, "y": y - radius, "width": 2 * radius, "height": 2 * radius}
            assert not any(boxes_overlap(marker, control) for control in controls), facility_id


# Reports that disagree -------------------------------------------------------------------------

def test_qamishli_is_contested_on_2026_01_27_on_the_map_the_list_and_the_popup(page):
    open_map(page, "?date=2026-01-27")
    item = page.locator("[data-facility=qamishli-airport]")
    assert item.get_attribute("data-contested") == "true"
    assert item.locator(".detail").text_content().startswith("Reports disagree, map shows Withdrawn since 2026-01-27")
    assert page.locator("[data-contested]").count() == 1
    assert ring_pixels(page, "qamishli-airport") > 10
    assert ring_pixels(page, "hmeimim-air-base") == 0
    assert "Broken ring" in page.text_content("#contested-legend")
    popup = open_popup(page, "qamishli-airport")
    note = popup.locator(".popup-contested").text_content()
    assert "Reports disagree on 2026-01-27" in note
    assert "The map shows AFP's report (Withdrawn) because it was recorded last" in note
    assert "AP reported Withdrawing" in note
    reports = popup.locator(".popup-report")
    assert reports.count() == 2
    assert [r.locator(".report-head").text_content() for r in reports.all()] == ["AFP: Withdrawn", "AP: Withdrawing"]
    for report in reports.all():
        assert report.locator(".quote").text_content() and "Source B" in report.locator(".grades").text_content()


def test_on_2026_01_28_qamishli_is_not_contested(page):
    open_map(page, "?date=2026-01-27")
    page.focus("#date-slider")
    page.keyboard.press("ArrowRight")
    assert page.text_content("#date-label") == "2026-01-28"
    assert page.locator("[data-contested]").count() == 0
    assert not page.locator("[data-facility=qamishli-airport] .detail").text_content().startswith("Reports")
    assert ring_pixels(page, "qamishli-airport") == 0
    popup = open_popup(page, "qamishli-airport")
    assert popup.locator(".popup-contested").count() == 0 and popup.locator(".popup-report").count() == 1


def test_the_ring_comes_and_goes_with_steps_exactly_as_a_full_redraw_draws_it(page):
    """Amuda's marker sits beside Qamishli's ring: a step repaints both as a redraw would."""
    open_map(page, "?date=2026-01-25")
    page.focus("#date-slider")
    for key in ("ArrowRight", "ArrowRight", "ArrowRight", "ArrowLeft", "ArrowLeft", "ArrowRight"):
        page.keyboard.press(key)
        differing = page.evaluate(REDRAW_DIFFERS_JS)
        assert differing == 0, page.text_content("#date-label")
    assert page.text_content("#date-label") == "2026-01-27"


# Names and the date on the map -----------------------------------------------------------------

def test_the_default_view_names_cities_for_screen_readers_without_collisions(page):
    open_map(page)
    places = page.get_by_role("list", name="Places named on the map").get_by_role("listitem")
    names = places.all_text_contents()
    assert len([n for n in names if n in ("Aleppo", "Damascus", "Homs", "Latakia", "Hamah", "Ar Raqqah",
                                          "Deir ez-Zor", "Al Hasakah", "Idlib", "Tartus")]) >= 5
    assert "Hmeimim air base" in names and "Qamishli airport" in names  # facility names fit here
    map_box = page.locator(".map-area").bounding_box()
    labels = [label.bounding_box() for label in page.locator(".map-label").all()]
    for i, label in enumerate(labels):
        assert map_box["x"] <= label["x"] and label["x"] + label["width"] <= map_box["x"] + map_box["width"] + 1
        assert not any(boxes_overlap(label, other) for other in labels[i + 1:])
    assert page.text_content(".map-date") == today()


def test_facility_names_follow_a_slider_step(page):
    open_map(page, "?date=2024-12-13")  # two facilities have a posture yet
    names = lambda: page.locator(".facility-label").all_text_contents()  # noqa: E731
    assert "Hmeimim air base" not in names() and names()
    page.eval_on_selector("#date-slider", """slider => {
        slider.value = PostureDates.isoToDay('2026-02-01');
        slider.dispatchEvent(new Event('input', {bubbles: true}));
    }""")
    assert "Hmeimim air base" in names() and "Qamishli airport" in names()


def test_names_follow_the_zoom(page):
    open_map(page, "?date=2026-01-27")
    page.evaluate("trackerPage.map.setView([35.4, 35.95], 11, {animate: false})")  # Hmeimim, close up
    page.wait_for_function("() => [...document.querySelectorAll('.map-label')].some(l => l.textContent === 'Jablah')")
    assert "Aleppo" not in page.locator(".map-label").all_text_contents()


# A picture to publish ---------------------------------------------------------------------------

def test_download_picture_gives_a_png_of_the_view_with_date_legend_and_credits(page, tmp_path):
    open_map(page, "?date=2026-01-27")
    page.eval_on_selector("#downloads", "details => { details.open = true; }")
    with page.expect_download() as info:
        page.click("#download-picture")
    assert info.value.suggested_filename == "posture-2026-01-27.png"
    info.value.save_as(tmp_path / "view.png")
    picture = Image.open(tmp_path / "view.png").convert("RGB")
    assert (tmp_path / "view.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.width >= 1600
    drawn = page.evaluate("trackerPage.picture.drawn")
    for text in ("Posture on 2026-01-27", "Posture tracker", "Withdrawn 4", "Active 2", "Air base",
                 "Base map: Natural Earth.", "Hmeimim air base", "Aleppo"):
        assert text in drawn
    # The marker of Qamishli where the map has it: hollow white inside a vermillion edge.
    layout = page.evaluate("trackerPage.picture.layout")
    x, y = page.evaluate("""() => { const p = trackerPage, f = p.data.facilities.id.indexOf('qamishli-airport');
        const c = p.map.latLngToContainerPoint([p.data.facilities.lat[f], p.data.facilities.lon[f]]); return [c.x, c.y]; }""")
    at = lambda dx: picture.getpixel((round((x + dx) * layout["scale"]), round((layout["top"] + y) * layout["scale"])))
    assert at(0) == WHITE
    assert max(abs(a - b) for a, b in zip(at(4.6), VERMILLION)) < 40
    # Under the map, the legend: every status's swatch in its own colour, those with no
    # facility that day too (the palette of tracker/web/palette.py).
    legend = picture.crop((0, round(layout["top"] * layout["scale"]) + round(page.evaluate(
        "trackerPage.map.getSize().y") * layout["scale"]), picture.width, picture.height))
    colours = {colour for _, colour in legend.getcolors(maxcolors=1 << 20)}
    for status, hex_colour in STATUS_COLOURS.items():
        rgb = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        assert rgb in colours, status


# Keyboard ---------------------------------------------------------------------------------------

def test_brackets_work_while_the_slider_has_focus(page):
    open_map(page, "?date=2025-01-01")
    page.focus("#date-slider")
    page.keyboard.press("]")
    assert page.text_content("#date-label") == "2026-01-26"
    page.keyboard.press("]")
    assert page.text_content("#date-label") == "2026-01-27"
    page.keyboard.press("[")
    assert page.text_content("#date-label") == "2026-01-26"
    assert page.evaluate("document.activeElement.id") == "date-slider"


def test_a_popup_from_the_list_takes_the_focus_and_escape_gives_it_back(page):
    open_map(page, "?date=2026-02-01")
    page.focus("[data-facility=tartus-naval-facility] button")
    page.keyboard.press("Enter")
    page.locator(".facility-popup .quote").wait_for()
    assert page.evaluate("document.activeElement.className") == "popup-title"
    assert page.evaluate("document.activeElement.textContent") == "Tartus naval facility"
    page.keyboard.press("Escape")
    page.wait_for_selector(".facility-popup", state="detached")  # after its fade
    assert page.evaluate("document.activeElement.closest('[data-facility]').dataset.facility") == "tartus-naval-facility"


# Links that keep the view -----------------------------------------------------------------------

def test_the_permalink_holds_every_filter_and_the_way_back_keeps_them(page):
    open_map(page, "?date=2026-02-01")
    page.locator("#kind-legend label", has_text="Airport").locator("input").uncheck()
    page.select_option("#operator-filter", label="Russia")
    page.locator("#status-legend label", has_text="Active").locator("input").uncheck()
    page.wait_for_function("() => ['operator=Russia', 'kind=', 'status='].every(p => location.search.includes(p))")
    url = page.url
    page.reload()
    page.wait_for_selector("#posture-list[data-ready]", state="attached")
    shown = sorted(i for i, _ in listed(page))
    assert "qamishli-airport" not in shown and "hmeimim-air-base" in shown  # reinforced, not active
    popup = open_popup(page, "hmeimim-air-base")
    with page.expect_navigation(timeout=60000):
        popup.locator("a", has_text="Full history").click()
    assert query_of(page.url) == query_of(url)
    with page.expect_navigation(timeout=60000):
        page.click("text=← The map on 2026-02-01")
    page.wait_for_selector("#posture-list[data-ready]", state="attached", timeout=60000)
    assert query_of(page.url) == query_of(url) and sorted(i for i, _ in listed(page)) == shown


def test_an_unknown_filter_in_the_link_is_said_and_does_not_empty_the_map(page):
    open_map(page, "?date=2026-02-01&kind=airfield")
    assert "kind: 'airfield' is not one of" in page.text_content(".url-problems")
    assert page.locator(".url-problems").is_visible()
    assert len(listed(page)) == 6


# Play ------------------------------------------------------------------------------------------

def test_play_has_a_speed_and_holds_at_each_change(page):
    open_map(page, "?date=2026-01-20")
    assert page.text_content("#slider-start") == "2024-12-13" and page.text_content("#slider-end") == today()
    page.select_option("#play-speed", "30")
    page.click("#play")
    page.wait_for_function("() => document.getElementById('date-label').textContent === '2026-01-26'")
    page.wait_for_timeout(700)  # a month a second would be 20 days on; a change date is held
    assert page.text_content("#date-label") == "2026-01-26"
    page.wait_for_function("() => document.getElementById('date-label').textContent === '2026-01-27'", timeout=5000)
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "false"
