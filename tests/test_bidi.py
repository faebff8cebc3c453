"""User text with bidirectional controls is shown isolated, so it cannot reorder the dates beside it."""

import re

from tests import samples
from tests.pages import sign_in, submit

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "since 2024-12-14" after it would read backwards


def test_the_facility_page_isolates_user_text(client, store):
    entry = samples.entry(source_publisher=f"{RLO}Publisher", recorded_by=f"{RLO}bob", note=f"{RLO}note")
    store.create(samples.feature(id="bidi-base", history=[entry], name=f"{RLO}Name", operator=f"{RLO}Op"))
    page = client.get("/facilities/bidi-base").get_data(as_text=True)
    assert f"<bdi>{RLO}Op</bdi>" in page
    assert f"<bdi>{RLO}Publisher</bdi>" in page
    assert f"<bdi>{RLO}bob</bdi>" in page
    assert re.search(f'<p class="note" dir="auto">{RLO}note</p>', page)
    assert f'<h1 dir="auto">{RLO}Name</h1>' in page
    assert f"<title>\u2068{RLO}Name\u2069 · Posture tracker</title>" in page


def test_a_saved_message_isolates_the_name(client, editor, store):
    store.create(samples.feature(id="bidi-base", name=f"{RLO}<b>Name</b>"))
    sign_in(client)
    fields = {"status": "active", "effective": "2025-06-01", "date_precision": "day", "note": "n",
              "source_url": "https://example.org/r", "source_publisher": "P", "source_quote": "q",
              "reliability": "B", "credibility": "2"}
    response = submit(client, "/facilities/bidi-base/status/new", fields)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"Saved: <bdi>{RLO}&lt;b&gt;Name&lt;/b&gt;</bdi> active from 2025-06-01." in page
