"""A page on another origin (a notebook, a newsroom) reads the API in Chromium: CORS in a real browser."""

import functools
import json
import http.server
import threading

import pytest

from tests.browser.conftest import CHROMIUM  # noqa: F401  (the same browser as every browser test)

NEWSROOM_PAGE = """<!doctype html><meta charset="utf-8"><title>Newsroom</title>
<pre id="out">waiting</pre>
<script>
  async function read(url, options) {
    try {
      const response = await fetch(url, options);
      return response.status + " " + (await response.text());
    } catch (error) { return "blocked"; }
  }
  window.readApi = read;
</script>"""


@pytest.fixture
def newsroom(tmp_path):
    """A plain file server on another port: another origin than the app's."""
    (tmp_path / "index.html").write_text(NEWSROOM_PAGE, encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_a_page_on_another_origin_reads_the_posture(browser, live_server, newsroom, token):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{newsroom}/index.html")
    api = f"{live_server}/api/posture?date=2026-01-27"
    answer = page.evaluate("url => readApi(url)", api)
    assert answer.startswith("200 ")
    features = json.loads(answer[4:])["features"]
    assert {f["id"]: f["properties"]["status"] for f in features}["qamishli-airport"] == "withdrawn"
    # Revalidation headers need a preflight: it is answered for reads.
    revalidated = page.evaluate("url => readApi(url, {headers: {'If-None-Match': 'x'}})", api)
    assert revalidated.startswith("200 ")
    assert page.evaluate("url => readApi(url)", f"{live_server}/ogc/collections").startswith("200 ")
    # Not opened: the pages, and every write (its preflight names no POST).
    assert page.evaluate("url => readApi(url)", f"{live_server}/") == "blocked"
    write = page.evaluate("""([url, token]) => readApi(url, {method: 'POST', body: '{"reason": "x"}',
        headers: {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}})""",
                          [f"{live_server}/api/facilities/amuda/status/amuda-2024-12-25-sot/retract", token])
    assert write == "blocked"
    history = page.evaluate("url => readApi(url)", f"{live_server}/api/facilities/amuda")
    assert '"retracted"' not in history  # the refused write stored nothing
    context.close()
