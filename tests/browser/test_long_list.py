"""The posture list at a size where it is split into chunks and groups.

The seed has six facilities, one chunk in one group; here 1,200 generated facilities fill
38 chunks in 3 groups, most of them off screen, so stepping, jumping, filtering and
scrolling go through every path of `PostureList`.
"""

import datetime
import json

import pytest

from bench import generate
from tests.browser.conftest import open_map
from tests.browser.test_map import listed

END = datetime.date(2026, 1, 31)
FACILITIES = 1200


@pytest.fixture
def data_dir(tmp_path):
    """1,200 generated facilities, one file each, as the store keeps them."""
    target = tmp_path / "geodata"
    target.mkdir()
    for feature in generate.generate(FACILITIES, end=END)["features"]:
        (target / f"{feature['id']}.geojson").write_text(json.dumps(feature), encoding="utf-8")
    return target


def posture(client, day):
    answer = json.loads(client.get(f"/api/posture?date={day}").data)
    return sorted([f["id"], f["properties"]["status"]] for f in answer["features"])


def slide_to(page, day):
    page.eval_on_selector("#date-slider", """(slider, iso) => {
        slider.value = PostureDates.isoToDay(iso);
        slider.dispatchEvent(new Event('input', {bubbles: true}));
    }""", day)
    assert page.text_content("#date-label") == day


def test_stepping_and_jumping_keep_every_item_as_the_api_says(page, client):
    start = END - datetime.timedelta(days=700)
    open_map(page, f"?date={start}")
    assert sorted(listed(page)) == posture(client, start)
    for step in range(1, 25):  # facilities appear, change and (retracted) disappear
        day = (start + datetime.timedelta(days=step * 29)).isoformat()
        slide_to(page, day)
        assert sorted(listed(page)) == posture(client, day), day
    page.focus("#date-slider")
    page.keyboard.press("Home")
    assert sorted(listed(page)) == posture(client, page.text_content("#date-label"))
    page.keyboard.press("End")
    assert sorted(listed(page)) == posture(client, page.text_content("#date-label"))
    assert len(listed(page)) > 1000


def test_items_are_in_name_order_across_chunks_and_groups(page):
    open_map(page, f"?date={END}")
    names = page.eval_on_selector_all("#posture-list .name", "names => names.map(n => n.textContent)")
    collator = "new Intl.Collator(undefined, {sensitivity: 'base', numeric: true})"
    assert page.evaluate(f"names => names.every((n, i) => i === 0 || {collator}.compare(names[i - 1], n) <= 0)",
                         names)
    assert page.locator("#posture-list .posture-group").count() == 3


def test_items_scrolled_into_view_show_their_status_colour(page):
    open_map(page, f"?date={END - datetime.timedelta(days=400)}")
    slide_to(page, (END - datetime.timedelta(days=10)).isoformat())  # most items changed off screen
    for fraction in (0.5, 1.0):
        page.eval_on_selector("#posture-list", "(list, at) => { list.scrollTop = at * list.scrollHeight; }", fraction)
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        seen = page.eval_on_selector("#posture-list", """list => {
            const box = list.getBoundingClientRect();
            return [...list.querySelectorAll('[data-facility]')].filter(item => {
                const r = item.getBoundingClientRect();
                return r.bottom > box.top && r.top < box.bottom;
            }).map(item => [item.dataset.status,
                            getComputedStyle(item.querySelector('.shape')).getPropertyValue('--c').trim()]);
        }""")
        assert len(seen) >= 3
        colours = page.evaluate("() => trackerPage.config.style.colours")
        assert all(colour == colours[status] for status, colour in seen), seen


def test_ages_in_view_follow_the_date_after_steps_and_a_scroll(page, client):
    """Stale items' ages are rewritten on screen and near it at each step, the rest as
    they are scrolled to: whatever is in view says the age the API gives for that date."""
    start = END - datetime.timedelta(days=300)
    open_map(page, f"?date={start}")
    for step in range(1, 6):
        day = (start + datetime.timedelta(days=3 * step)).isoformat()
        slide_to(page, day)
    answer = json.loads(client.get(f"/api/posture?date={day}").data)
    ages = {f["id"]: f["properties"]["age_days"] for f in answer["features"]}
    checked = 0
    for fraction in (0.0, 0.25, 0.5, 0.75, 0.9):
        page.eval_on_selector("#posture-list", "(list, at) => { list.scrollTop = at * list.scrollHeight; }", fraction)
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        seen = page.eval_on_selector("#posture-list", """list => {
            const box = list.getBoundingClientRect();
            return [...list.querySelectorAll('[data-stale]')].filter(item => {
                const r = item.getBoundingClientRect();
                return r.bottom > box.top && r.top < box.bottom;
            }).map(item => [item.dataset.facility, item.textContent]);
        }""")
        for facility, text in seen:
            assert f"last reported {ages[facility]:,} days ago" in text, (fraction, facility, text)
        checked += len(seen)
    assert checked >= 3


def test_a_status_filter_rebuilds_the_long_list(page, client):
    day = (END - datetime.timedelta(days=200)).isoformat()
    open_map(page, f"?date={day}")
    page.locator("#status-legend label", has_text="Active").locator("input").uncheck()
    expected = [pair for pair in posture(client, day) if pair[1] != "active"]
    assert sorted(listed(page)) == expected
    page.locator("#status-legend label", has_text="Active").locator("input").check()
    assert sorted(listed(page)) == posture(client, day)
