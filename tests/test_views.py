"""The pages, over HTTP: what the server sends before any script runs."""

import gzip
import json

import brotli
import pytest

from tests import samples
from tracker.web import responses
from tracker.web.map_data import day_number
from tracker.web.responses import zstd


def test_the_map_page_loads_nothing_from_the_internet(client):
    response = client.get("/?date=2025-01-01")
    assert response.status_code == 200
    html = response.data.decode()
    assert '<input type="range" id="date-slider"' in html
    assert '<output id="date-label" for="date-slider"><span class="step-text">2025-01-01</span></output>' in html
    assert "/vendor/leaflet/leaflet.js" in html and "/static/js/map-page.js" in html
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "unpkg"):
        assert cdn not in html
    # OpenStreetMap is an optional layer: named in the page, off until chosen.
    assert "tile.openstreetmap.org" in html


def test_a_bad_date_on_the_page_is_a_400_naming_it(client):
    response = client.get("/?date=2026-02-30")
    assert response.status_code == 400
    assert "date: &#39;2026-02-30&#39; is not a date" in response.data.decode()


def test_the_map_data_is_compact_and_complete(client):
    response = client.get("/map-data.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    data = json.loads(response.data)
    facilities, entries = data["facilities"], data["entries"]
    assert facilities["id"] == sorted(facilities["id"]) and len(facilities["id"]) == 6
    assert sum(entries["count"]) == len(entries["day"]) == 13
    q = facilities["id"].index("qamishli-airport")
    start = sum(entries["count"][:q])
    days = entries["day"][start:start + entries["count"][q]]
    assert days == sorted(days) and days[0] == day_number("2024-12-25")
    statuses = [data["statuses"][s] for s in entries["status"][start:start + 6]]
    assert statuses == ["reinforced", "withdrawing", "withdrawing", "withdrawing", "withdrawn", "withdrawn"]
    assert data["sources"][entries["source"][start]] == ["SOT Kurdistan", ""]
    assert "note" not in response.data.decode()  # notes come with a popup, not here


def test_retracted_entries_are_not_in_the_map_data(client, store):
    wrong = samples.entry(id="wrong", effective="2025-02-01",
                          retracted={"at": "2025-02-03T00:00:00Z", "by": "ed", "reason": "misread"})
    store.update("amuda", lambda f: f["properties"]["status_history"].append(wrong) or f)
    data = json.loads(client.get("/map-data.json").data)
    assert data["entries"]["count"][data["facilities"]["id"].index("amuda")] == 1


def test_the_map_data_is_gzip_compressed(client):
    response = client.get("/map-data.json", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.data))["facilities"]["id"]


@pytest.mark.parametrize("coding, decode", [("zstd", zstd.decompress), ("br", brotli.decompress)])
def test_the_map_data_is_compressed_once_a_version_in_the_best_coding_asked(client, store, coding, decode,
                                                                           monkeypatch):
    compressions = []
    encode = responses.ENCODERS[coding]
    monkeypatch.setitem(responses.ENCODERS, coding, lambda body: compressions.append(1) or encode(body))
    headers = {"Accept-Encoding": f"gzip, deflate, {coding}"}
    first = client.get("/map-data.json", headers=headers)
    assert first.headers["Content-Encoding"] == coding and "Accept-Encoding" in first.headers["Vary"]
    plain = client.get("/map-data.json", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert decode(first.data) == plain.data
    assert client.get("/map-data.json", headers=headers).data == first.data
    assert len(compressions) == 1  # asked again, the bytes kept for this version
    again = client.get("/map-data.json", headers={"If-None-Match": first.headers["ETag"], **headers})
    assert again.status_code == 304
    store.update("amuda", lambda f: f["properties"].update(name="Amuda (renamed)") or f)
    changed = client.get("/map-data.json", headers={"If-None-Match": first.headers["ETag"], **headers})
    assert changed.status_code == 200 and "Amuda (renamed)" in decode(changed.data).decode()
    assert len(compressions) == 2  # a new version, compressed once more


def test_the_facility_page_shows_history_newest_first_with_sources(client):
    response = client.get("/facilities/qamishli-airport?date=2026-01-27")
    assert response.status_code == 200
    html = response.data.decode()
    assert "مطار القامشلي" in html and "Qamishlo" in html
    dates = [html.index(f'<time datetime="{d}">') for d in ("2026-01-28", "2026-01-27", "2024-12-25")]
    assert dates == sorted(dates)
    assert "Reports disagree: both kept" in html
    assert "They still have a presence in Qamishli and have been evacuating bit by bit." in html
    assert 'href="https://news.amierul.com/2026/01/27/russia-withdraws-forces-from-airport-in-northeast-syria"' in html
    assert "Source B: Usually reliable" in html


def test_a_retracted_entry_stays_visible_as_retracted(client, store):
    wrong = samples.entry(id="wrong", effective="2025-02-01", note="Misread report",
                          retracted={"at": "2025-02-03T00:00:00Z", "by": "editor-a", "reason": "misread the date"})
    store.update("amuda", lambda f: f["properties"]["status_history"].append(wrong) or f)
    html = client.get("/facilities/amuda").data.decode()
    assert 'class="entry retracted" id="entry-wrong"' in html
    assert "2025-02-03T00:00:00Z by <bdi>editor-a</bdi>" in html and "misread the date" in html


def test_user_text_on_the_facility_page_is_escaped(client, store):
    hostile = samples.entry(id="hostile", note="<script>alert(1)</script>", source_title="<b>t</b>")
    store.update("amuda", lambda f: f["properties"]["status_history"].append(hostile) or f)
    html = client.get("/facilities/amuda").data.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;t&lt;/b&gt;" in html


def test_unknown_facility_page_is_a_404(client):
    response = client.get("/facilities/nowhere")
    assert response.status_code == 404 and "no facility" in response.data.decode()


def test_vendored_leaflet_is_served(client):
    with client.get("/vendor/leaflet/leaflet.js") as response:
        assert response.status_code == 200 and b"Leaflet" in response.data[:2000]
    assert client.get("/vendor/nothing/x.js").status_code == 404
