"""The sidebar on a laptop screen (README, "The map"): at 1280 x 800 the list is in view and
takes the height the sidebar has left, the legend and filters above it scroll on their own,
and the summary keeps its line."""

from tests.browser.conftest import open_map

VIEWPORT_HEIGHT = 800  # the `page` fixture's viewport: 1280 x 800


def box_of(page, selector):
    return page.evaluate("""(selector) => {
        const r = document.querySelector(selector).getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};
    }""", selector)


def test_at_1280_by_800_the_list_is_in_view_and_its_rows_answer_the_mouse(page):
    open_map(page, "?date=2026-01-27")
    sidebar, listing = box_of(page, ".sidebar"), box_of(page, "#posture-list")
    # Not pushed below the fold: in the viewport, at least five rows tall, within the sidebar.
    assert listing["bottom"] <= min(VIEWPORT_HEIGHT, sidebar["bottom"] + 1), listing
    assert listing["height"] >= 5 * 58, listing
    # The rows that fit are all in the viewport, and the mouse reaches them where they are:
    # no scrolling first (Playwright's click would scroll the overflow-hidden sidebar).
    rows = page.locator("#posture-list [data-facility]")
    in_view = [row for row in rows.all() if row.bounding_box()["y"] + 58 <= listing["bottom"]]
    assert len(in_view) >= 5
    for row in in_view:
        box = row.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= VIEWPORT_HEIGHT
    target = in_view[2]
    facility_id = target.get_attribute("data-facility")
    box = target.locator("button").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('[data-facility]')?.dataset.facility",
                        [x, y])
    assert hit == facility_id
    page.mouse.click(x, y)
    popup = page.locator(".facility-popup")
    popup.locator(".quote").first.wait_for()
    name = target.locator(".name").text_content()
    assert name in popup.locator(".popup-title").text_content()
    assert box_of(page, "#posture-list")["top"] == listing["top"]  # nothing scrolled to get there


def test_at_1280_by_800_the_summary_keeps_its_line_and_the_legend_scrolls_to_every_control(page):
    open_map(page, "?date=2026-01-27")
    summary = box_of(page, "#summary")
    assert summary["height"] > 10
    assert page.evaluate("document.getElementById('summary').scrollHeight") <= summary["height"] + 1
    assert "facilities" in page.text_content("#summary")
    # Everything above the list is still reachable: it scrolls within its own box.
    controls = box_of(page, ".sidebar-controls")
    assert controls["bottom"] <= box_of(page, "#posture-list")["top"]
    page.mouse.move(controls["left"] + 40, controls["top"] + 40)
    page.mouse.wheel(0, 4000)
    page.wait_for_function("() => document.querySelector('.sidebar-controls').scrollTop > 0")
    downloads = box_of(page, "#downloads")
    assert controls["top"] <= downloads["top"] and downloads["bottom"] <= controls["bottom"] + 1
