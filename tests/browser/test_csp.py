"""The pages under their Content-Security-Policy: the page's own scripts run, nothing else does.

Every browser test fails on a CSP violation (conftest.py); these show that the check
bites, and that the map survives any date in its data.
"""

import json

from tests.browser.conftest import REPORT_CSP_VIOLATIONS, open_map, open_popup


def test_a_script_without_the_nonce_is_blocked_and_reported(browser, live_server):
    context = browser.new_context()
    page = context.new_page()
    violations = []
    page.expose_binding("reportCspViolation", lambda source, text: violations.append(text))
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    page.goto(f"{live_server}/facilities/hmeimim-air-base")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = 1";
        document.body.append(script);
    }""")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__injected") is None
    assert violations and violations[0].startswith("script-src")
    context.close()


def test_the_map_and_a_popup_work_under_the_policy(page):
    open_map(page)
    popup = open_popup(page, "hmeimim-air-base")
    assert "Reuters" in popup.text_content() or popup.locator(".quote").count() == 1


def test_the_map_survives_a_date_in_year_one(page):
    """An entry dated 0001-01-01 in the map data (refused today, but once accepted) spans
    ~740,000 days of timeline; the page must still draw."""
    def far_past(route):
        response = route.fetch()
        data = json.loads(response.text())
        data["entries"]["day"][0] = -719162  # 0001-01-01 in days since 1970
        route.fulfill(response=response, body=json.dumps(data))
    page.route("**/map-data.json*", far_past)
    open_map(page)
    assert page.locator("#posture-list [data-facility]").count() > 0
