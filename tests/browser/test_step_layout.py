"""A slider step lays out what it changed, never the whole page.

The texts a step rewrites (the date label, the heading, the summary, the legend's counts)
and the slider's thumb sit in boxes Chromium can lay out on their own (tracker.css,
`.step-text`). Chromium's own trace names where each layout started: a step that changes
statuses, but neither adds nor removes a facility, must never start one at the document.
"""

import json

import pytest

from tests.browser.conftest import open_map
from tests.samples import entry, feature


@pytest.fixture
def data_dir(tmp_path):
    """60 facilities shown from 2025-01-01 (more than the map names: its labels stay put);
    the first starts withdrawing on 2025-01-10."""
    target = tmp_path / "geodata"
    target.mkdir()
    for k in range(60):
        history = [entry(id=f"f{k}-1", effective="2025-01-01", status="active")]
        if k == 0:
            history.append(entry(id="f0-2", effective="2025-01-10", status="withdrawing"))
        facility = feature(f"base-{k:02d}", name=f"Base {k:02d}", history=history)
        facility["geometry"]["coordinates"] = [36 + (k % 10) * 0.2, 34.5 + (k // 10) * 0.2]
        (target / f"{facility['id']}.geojson").write_text(json.dumps(facility), encoding="utf-8")
    return target


def layout_roots(page, browser, days):
    """The layout roots of every layout while the slider steps through `days`, a day a frame."""
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.eval_on_selector("#date-slider", """async (slider, days) => {
        const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
        for (const iso of days) {
            slider.value = PostureDates.isoToDay(iso);
            slider.dispatchEvent(new Event("input", {bubbles: true}));
            await frame();
        }
        await frame();
    }""", days)
    events = json.loads(browser.stop_tracing())["traceEvents"]
    return [[root["nodeName"] for root in event["args"]["endData"]["layoutRoots"]]
            for event in events if event.get("name") == "Layout" and event.get("ph") == "X"]


def test_a_step_lays_out_the_texts_it_changed_not_the_page(page, browser):
    open_map(page, "?date=2025-01-05")
    page.wait_for_timeout(500)  # the load's own layouts are over
    days = [f"2025-01-{day:02d}" for day in range(6, 13)]
    roots = layout_roots(page, browser, days)
    assert page.text_content("#date-label") == "2025-01-12"
    assert page.text_content("#date-heading") == "2025-01-12"
    assert page.get_attribute('[data-facility="base-00"]', "data-status") == "withdrawing"
    assert len(roots) >= len(days) // 2  # the steps laid out (frames may take two at once)
    assert all("#document" not in step for step in roots), roots
    assert any("SPAN class='step-text'" in step for step in roots), roots
