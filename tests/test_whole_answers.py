"""Whole-dataset answers (/api/history.csv, /api/facilities) are built once per data version."""

import threading

import pytest

from tests import samples
from tracker.exports import formats, geojson
from tracker.store import snapshot
from tracker.store.snapshot import RECENT_ANSWERS, compact_json


@pytest.fixture
def builds(monkeypatch):
    """Count the builds of the history CSV and the facility collection."""
    counted = {"csv": 0, "geojson": 0}
    history_file, collection = formats.history_file, geojson.facility_collection

    def counting_history(facilities, fmt):
        counted["csv"] += 1
        return history_file(facilities, fmt)

    def counting_collection(facilities):
        counted["geojson"] += 1
        return collection(facilities)
    monkeypatch.setattr(formats, "history_file", counting_history)
    monkeypatch.setattr(geojson, "facility_collection", counting_collection)
    return counted


def test_the_history_csv_is_built_once_a_version(client, token, builds):
    first = client.get("/api/history.csv")
    again = client.get("/api/history.csv")
    assert first.status_code == again.status_code == 200 and first.data == again.data
    assert builds["csv"] == 1
    client.post("/api/facilities/amuda/status", json=samples.new_entry(note="new"),
                headers={"Authorization": f"Bearer {token}"})
    changed = client.get("/api/history.csv")
    assert builds["csv"] == 2 and changed.data != first.data and b"new" in changed.data


def test_the_facility_collection_is_joined_from_kept_texts_and_not_kept_whole(app, client, builds, monkeypatch):
    """Each facility's JSON is made once; the collection, a join of them, is made for each request:
    kept whole it was 570 MB at 100,000 facilities (BENCHMARKS.md)."""
    made, original = [], snapshot.compact_bytes
    monkeypatch.setattr(snapshot, "compact_bytes", lambda value, *rest: made.append(value["id"]) or original(value, *rest))
    first = client.get("/api/facilities")
    for query in ("", "?operator=Russia", "?operator=Russia"):
        assert client.get(f"/api/facilities{query}").status_code == 200
    assert client.get("/api/facilities").data == first.data and builds["geojson"] == 5
    assert made and sorted(made) == sorted(set(made))  # no facility's text made twice
    dataset = app.extensions["store"].dataset()
    assert not [key for key in (*dataset._derived, *dataset._recent) if "facilities" in str(key)]


def test_concurrent_requests_share_one_build(app, builds):
    answers = []

    def ask():
        answers.append(app.test_client().get("/api/history.csv").data)
    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(answers)) == 1 and builds["csv"] == 1


def test_filtered_answers_are_kept_but_only_a_few(client, builds):
    client.get("/api/history.csv?kind=airport")
    client.get("/api/history.csv?kind=airport")
    assert builds["csv"] == 1
    for n in range(RECENT_ANSWERS + 1):
        assert client.get(f"/api/history.csv?operator=nobody-{n}").status_code == 200
    client.get("/api/history.csv?kind=airport")  # pushed out by the newer ones
    assert builds["csv"] == RECENT_ANSWERS + 3


def test_a_bad_filter_is_still_a_400(client):
    response = client.get("/api/history.csv?kind=airfield")
    assert response.status_code == 400 and "kind" in response.json["errors"]


def test_a_changes_answer_is_kept_per_range_and_follows_writes(client, token, monkeypatch):
    from tracker.exports import geojson as texts

    built = []
    document = texts.changes_document
    monkeypatch.setattr(texts, "changes_document", lambda *args: built.append(args[2:]) or document(*args))
    january = "/api/changes?from=2026-01-01&to=2026-01-31"
    first, again = client.get(january), client.get(january)
    assert first.status_code == again.status_code == 200 and first.data == again.data
    assert built == [("2026-01-01", "2026-01-31")]
    client.get("/api/changes?from=2026-01-27&to=2026-01-28")
    assert len(built) == 2  # another range is another answer
    entry = samples.new_entry(effective="2026-01-15", note="Новая запись")
    written = client.post("/api/facilities/amuda/status", json=entry, headers={"Authorization": f"Bearer {token}"})
    assert written.status_code == 201
    changed = client.get(january)
    assert len(built) == 3 and changed.data != first.data
    stored = next(e for e in client.get("/api/facilities/amuda").json["properties"]["status_history"]
                  if e["note"] == "Новая запись")
    # Each entry is its stored compact JSON, text in its own script.
    text = compact_json(stored)
    assert f'{{"facility":"amuda",{text[1:]}'.encode() in changed.data and "Новая".encode() in changed.data
