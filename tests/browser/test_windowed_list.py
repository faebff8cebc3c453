"""The posture list past its size threshold, where only the rows in view are rendered.

The threshold (LIST_WINDOW_ABOVE, 10,000 facilities) is lowered to 1,000 here, so 3,000
generated facilities reach that list without generating 100,000 (README, "The list at
scale"). Every check reads what the page shows: the rows rendered, their place and the
list's length, the focus, and what is on screen inside the list's box.
"""

import datetime
import json

import pytest

from bench import generate
from tests.browser.accessibility import violations
from tests.browser.conftest import REDRAW_DIFFERS_JS, open_map
from tests.browser.test_long_list import slide_to
from tests.browser.test_map import listed

END = datetime.date(2026, 1, 31)
FACILITIES = 3000
THRESHOLD = 1000
# The rows of the list the reader sees (inside the list's box), in order: [place, length, id, status].
ROWS_IN_VIEW = """() => {
    const list = document.getElementById('posture-list'), box = list.getBoundingClientRect();
    return [...list.querySelectorAll('[data-facility]')].filter(item => {
        const r = item.getBoundingClientRect();
        return r.bottom > box.top + 1 && r.top < box.bottom - 1;
    }).map(item => [Number(item.getAttribute('aria-posinset')), Number(item.getAttribute('aria-setsize')),
                    item.dataset.facility, item.dataset.status]);
}"""
FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """3,000 generated facilities, one file each, shared by this module's tests (none writes)."""
    target = tmp_path_factory.mktemp("windowed") / "geodata"
    target.mkdir()
    for feature in generate.generate(FACILITIES, end=END)["features"]:
        (target / f"{feature['id']}.geojson").write_text(json.dumps(feature), encoding="utf-8")
    return target


@pytest.fixture
def app(app):
    app.config["LIST_WINDOW_ABOVE"] = THRESHOLD
    return app


def whole_list(page, client, day):
    """The API's posture at `day` as the list orders it (by name, the page's collation): [id, status]."""
    features = json.loads(client.get(f"/api/posture?date={day}").data)["features"]
    rows = [[f["properties"]["name"], f["id"], f["properties"]["status"]] for f in features]
    return page.evaluate("""rows => {
        const collator = new Intl.Collator(undefined, {sensitivity: 'base', numeric: true});
        return rows.sort((a, b) => collator.compare(a[0], b[0])).map(row => [row[1], row[2]]);
    }""", rows)


def check_in_view(page, whole):
    """The rows on screen are the whole list's rows at their places; returns them."""
    rows = page.evaluate(ROWS_IN_VIEW)
    assert len(rows) >= 2  # the list is a few rows tall at 1280 x 800, under the legend
    for place, length, facility, status in rows:
        assert length == len(whole)
        assert [facility, status] == whole[place - 1], place
    assert [row[0] for row in rows] == list(range(rows[0][0], rows[0][0] + len(rows)))  # no gap
    return rows


def test_past_the_threshold_only_rows_in_view_are_rendered_and_each_says_its_place(page, client):
    day = (END - datetime.timedelta(days=30)).isoformat()
    open_map(page, f"?date={day}")
    whole = whole_list(page, client, day)
    assert len(whole) > THRESHOLD
    assert page.get_attribute("#posture-list", "data-windowed") == "true"
    assert page.get_attribute("#posture-list", "role") == "list"
    assert len(listed(page)) < 60  # a window, not an element per facility
    rows = check_in_view(page, whole)
    assert rows[0][0] == 1
    for item in listed(page):  # rendered just beyond the view, too: each as the API says
        assert item in whole


def test_at_1280_by_800_the_first_row_is_in_the_viewport_and_the_summary_has_its_line(page):
    # As tests/browser/test_sidebar.py checks for the list with an element per facility.
    open_map(page, f"?date={END}")
    first = page.locator("#posture-list [aria-posinset='1']").bounding_box()
    assert 0 <= first["y"] and first["y"] + first["height"] <= 800, first
    summary = page.locator("#summary").bounding_box()
    assert summary["height"] > 10 and "facilities" in page.text_content("#summary")
    x, y = first["x"] + first["width"] / 2, first["y"] + first["height"] / 2
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('[aria-posinset]')?.getAttribute('aria-posinset')",
                         [x, y]) == "1"  # the mouse reaches it where it is


def test_right_after_a_slider_step_the_rows_in_view_have_the_new_statuses(page, client):
    start = END - datetime.timedelta(days=700)
    open_map(page, f"?date={start}")
    page.eval_on_selector("#posture-list", "list => { list.scrollTop = list.scrollHeight / 2; }")
    page.evaluate(FRAMES)
    for step in range(1, 8):
        day = (start + datetime.timedelta(days=step * 97)).isoformat()
        slide_to(page, day)  # the check reads the rows in the same task as the step
        check_in_view(page, whole_list(page, client, day))


def test_scrolling_to_the_end_shows_the_last_facility(page, client):
    open_map(page, f"?date={END}")
    whole = whole_list(page, client, END.isoformat())
    page.eval_on_selector("#posture-list", "list => { list.scrollTop = list.scrollHeight; }")
    page.evaluate(FRAMES)
    rows = check_in_view(page, whole)
    assert rows[-1][0] == len(whole) and rows[-1][2] == whole[-1][0]


def test_the_search_finds_a_far_facility_and_its_popup_opens(page, client):
    open_map(page, f"?date={END}")
    whole = whole_list(page, client, END.isoformat())
    far = whole[-3][0]
    name = page.evaluate("id => trackerPage.data.facilities.name[trackerPage.data.facilities.id.indexOf(id)]", far)
    page.fill("#list-search", name.upper())
    page.wait_for_function("() => document.getElementById('list-search-count').textContent !== ''")
    shown = [row[2] for row in page.evaluate(ROWS_IN_VIEW)]
    assert far in shown
    count = page.text_content("#list-search-count")
    assert count == (f"{len(shown)} facilities match." if len(shown) > 1 else "1 facility matches.")
    status = dict(whole)[far]  # a status filter changes how many match: the count follows
    page.locator("#status-legend label", has_text=status.replace("_", " ").capitalize()).locator("input").uncheck()
    matches = page.evaluate("() => trackerPage.list.length()")
    assert far not in [row[2] for row in page.evaluate(ROWS_IN_VIEW)]
    assert page.text_content("#list-search-count") == (
        "No facility shown matches." if matches == 0 else
        f"{matches} facilities match." if matches > 1 else "1 facility matches.")
    page.locator("#status-legend label", has_text=status.replace("_", " ").capitalize()).locator("input").check()
    page.click(f"[data-facility={far}] button")
    assert page.locator(".facility-popup .popup-title").text_content() == name
    page.fill("#list-search", "")
    page.wait_for_function(f"() => trackerPage.list.length() === {len(whole)}")


def test_keys_reach_the_last_and_the_first_facility_keeping_the_focus(page, client):
    open_map(page, f"?date={END}")
    whole = whole_list(page, client, END.isoformat())
    focused = """() => {
        const item = document.activeElement.closest('[data-facility]');
        return item && [Number(item.getAttribute('aria-posinset')), item.dataset.facility];
    }"""
    page.focus("#posture-list [data-facility] button")
    page.keyboard.press("End")
    assert page.evaluate(focused) == [len(whole), whole[-1][0]]
    page.evaluate(FRAMES)
    assert check_in_view(page, whole)[-1][2] == whole[-1][0]  # on screen, not only focused
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == [len(whole) - 1, whole[-2][0]]
    page.keyboard.press("Home")
    assert page.evaluate(focused) == [1, whole[0][0]]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == [3, whole[2][0]]
    page.mouse.move(1100, 400)  # over the list: the wheel scrolls it far from the focused row
    page.eval_on_selector("#posture-list", "list => { list.scrollTop = list.scrollHeight / 2; }")
    page.evaluate(FRAMES)
    assert page.evaluate(focused) == [3, whole[2][0]]  # the focus stays where it was
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == [4, whole[3][0]]


def test_the_windowed_list_passes_axe(page):
    open_map(page, f"?date={END}")
    assert violations(page) == []
    page.fill("#list-search", "base")
    page.wait_for_function("() => document.getElementById('list-search-count').textContent !== ''")
    page.focus("#posture-list [data-facility] button")
    page.keyboard.press("End")
    assert violations(page) == []


def test_on_a_phone_the_list_tab_fills_its_height_with_rows(phone, client):
    open_map(phone, f"?date={END}")
    phone.tap(".panel-tabs [data-panel=list]")
    phone.evaluate(FRAMES)
    rows = check_in_view(phone, whole_list(phone, client, END.isoformat()))
    rows_tall = phone.eval_on_selector("#posture-list", "list => Math.floor(list.clientHeight / 58)")
    assert rows_tall >= 8 and len(rows) >= rows_tall  # no blank band under the rows


def test_the_benchmarks_check_of_a_caught_up_page_reads_the_windowed_list(page, client):
    from bench.run import OURS_UPDATED
    day = (END - datetime.timedelta(days=90)).isoformat()
    open_map(page, f"?date={day}")
    features = json.loads(client.get(f"/api/posture?date={day}").data)["features"]
    expected = {"date": day, "count": len(features),
                "statuses": {f["id"]: f["properties"]["status"] for f in features}}
    assert page.evaluate(f"({OURS_UPDATED})", expected) is True
    assert page.evaluate(f"({OURS_UPDATED})", dict(expected, count=len(features) - 1)) is False
    first = page.eval_on_selector("#posture-list [data-facility]", "item => item.dataset.facility")
    wrong = dict(expected["statuses"], **{first: "unknown" if expected["statuses"][first] != "unknown" else "active"})
    assert page.evaluate(f"({OURS_UPDATED})", dict(expected, statuses=wrong)) is False


# The canvas's size and a hash of its pixels (FNV-1a), for comparing two pages of the same view.
CANVAS_PIXELS = """() => {
    const canvas = trackerPage.layer._container;
    const pixels = new Uint32Array(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.buffer);
    let hash = 2166136261, drawn = 0;
    for (const pixel of pixels) {
        hash = Math.imul(hash ^ pixel, 16777619) >>> 0;
        if (pixel) drawn++;
    }
    return [canvas.width, canvas.height, drawn, hash];
}"""
COUNTS = """() => Object.fromEntries(trackerPage.data.statuses.map((status, i) =>
    [status, Number(document.querySelectorAll('#status-legend .count')[i].textContent)]))"""


def test_home_to_end_on_the_slider_shows_what_a_page_opened_at_the_last_date_shows(page, client):
    # The jump spans more entries than there are facilities, so the page looks every
    # facility up at the day rather than walking the entries between (README, "The map").
    open_map(page, f"?date={END}")
    page.focus("#date-slider")
    page.keyboard.press("Home")
    page.keyboard.press("End")
    day = page.evaluate("() => trackerPage.iso()")
    assert day == page.evaluate("() => PostureDates.dayToIso(+document.getElementById('date-slider').max)")
    assert page.evaluate("() => trackerPage.model.entryDay.length > 2 * trackerPage.model.size")
    page.evaluate(FRAMES)
    whole = whole_list(page, client, day)
    check_in_view(page, whole)
    features = json.loads(client.get(f"/api/posture?date={day}").data)["features"]
    counts = {status: 0 for status in page.evaluate("() => trackerPage.data.statuses")}
    for feature in features:
        counts[feature["properties"]["status"]] += 1
    assert page.evaluate(COUNTS) == counts
    assert page.evaluate(REDRAW_DIFFERS_JS) == 0
    jumped = page.evaluate(CANVAS_PIXELS)
    assert jumped[2] > 0  # markers are drawn
    open_map(page, f"?date={day}")  # the same view, loaded afresh at that date
    assert page.evaluate("() => trackerPage.iso()") == day
    assert page.evaluate(CANVAS_PIXELS) == jumped  # faded and ringed markers as well


def test_the_list_scrolls_on_a_layer_of_its_own(page):
    # Its rows then stay out of the page's main layer: a frame that paints the date label
    # does not sort them into layers again (BENCHMARKS.md, "Painting a step").
    open_map(page, f"?date={END}")
    cdp = page.context.new_cdp_session(page)
    trees = []
    cdp.on("LayerTree.layerTreeDidChange", lambda event: trees.append(event.get("layers")))
    cdp.send("DOM.getDocument")
    cdp.send("LayerTree.enable")
    page.eval_on_selector("#posture-list", "list => { list.scrollTop = 58 * 3; }")
    page.evaluate(FRAMES)
    page.wait_for_timeout(100)
    node = cdp.send("DOM.describeNode", {"objectId": cdp.send(
        "Runtime.evaluate", {"expression": "document.getElementById('posture-list')"})["result"]["objectId"]})["node"]
    layers = [layer for layer in next(tree for tree in reversed(trees) if tree) if
              layer.get("backendNodeId") == node["backendNodeId"]]
    tall = page.eval_on_selector("#posture-list", "list => list.scrollHeight")
    assert any(layer["height"] == tall for layer in layers)  # its scrolling contents
