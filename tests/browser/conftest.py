"""Browser tests: the app on a real local server, Debian's Chromium driven by Playwright.

Offline by construction: every request that is not to the test server is aborted, and
each test fails on a console error, an uncaught exception or a Content-Security-Policy
violation in the page (each page listens for `securitypolicyviolation`).
"""

import threading

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
# Runs before any script of the page: every CSP violation is reported to the test.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", function (event) {
  window.reportCspViolation(event.violatedDirective + " blocked " + (event.blockedURI || "inline")
                            + " at " + event.sourceFile + ":" + event.lineNumber);
});
"""


@pytest.fixture
def live_server(app):
    """Serve `app` (over the test's copy of the data) on a free local port."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that can reach only the test server, and that fails the test on errors."""
    yield from checked_page(browser, live_server, viewport={"width": 1280, "height": 800})


@pytest.fixture
def phone(browser, live_server):
    """The same on a phone: 390 x 844 CSS pixels, touch, the mobile viewport rules."""
    yield from checked_page(browser, live_server, viewport={"width": 390, "height": 844},
                            device_scale_factor=3, is_mobile=True, has_touch=True)


def checked_page(browser, live_server, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    errors, elsewhere, violations = [], [], []
    page.expose_binding("reportCspViolation", lambda source, text: violations.append(text))
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    def local_only(route):
        if route.request.url.startswith(live_server):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()
    page.route("**/*", local_only)
    page.base_url = live_server
    yield page
    context.close()
    assert violations == [], f"Content-Security-Policy violations: {violations}"
    assert errors == [], f"errors in the page: {errors}"
    assert elsewhere == [], f"the page asked the internet for: {elsewhere}"


# How many canvas bytes differ from what a full redraw draws.
REDRAW_DIFFERS_JS = """() => {
    const layer = trackerPage.layer, canvas = layer._container, ctx = canvas.getContext("2d");
    const stepped = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    layer.redraw();
    const drawn = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let differing = 0;
    for (let i = 0; i < drawn.length; i++) if (stepped[i] !== drawn[i]) differing++;
    return differing;
}"""


def open_map(page, query=""):
    """Open the map page and wait until the posture list is drawn."""
    page.goto(f"{page.base_url}/{query}")
    page.wait_for_selector("#posture-list[data-ready]", state="attached")
    return page


def open_popup(page, facility_id):
    """Click a facility's item in the list; return its popup once its sources are shown and still."""
    page.click(f"[data-facility={facility_id}] button")
    popup = page.locator(".facility-popup")
    popup.locator(".quote").first.wait_for()  # a contested day has one quote a report
    wait_for_map_still(page)
    return popup


def wait_for_map_still(page):
    """Wait out Leaflet's pan of an opened popup into view.

    The loaded report makes the popup taller and Leaflet pans the map to keep it in view
    (0.25 s, longer on a loaded machine). A click whose press and release straddle that
    move is no click on a link, and a box measured during it is not where the popup stays.
    """
    page.wait_for_function("() => !trackerPage.map._panAnim || !trackerPage.map._panAnim._inProgress")
