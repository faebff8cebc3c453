"""Every answer is the same, byte for byte, whichever store serves it (README.md, "The PostGIS store")."""

import json
import re

import pytest

from tests import samples
from tracker import create_app

FACILITY_IDS = ("ain-issa", "amuda", "hisyah", "hmeimim-air-base", "qamishli-airport", "tartus-naval-facility")
READS = [
    "/api/facilities",
    "/api/facilities?kind=airport&operator=Russia",
    *(f"/api/facilities/{facility_id}" for facility_id in FACILITY_IDS),
    "/api/facilities/nowhere",
    *(f"/api/posture?date={date}" for date in ("2024-12-13", "2025-01-01", "2026-01-27", "2026-02-01")),
    "/api/posture?date=2026-02-01&status=withdrawn&status=withdrawing&kind=airport",
    "/api/posture?date=2026-02-30",
    "/api/changes?from=2024-12-01&to=2026-02-01",
    "/api/export?date=2026-02-01&format=geojson",
    "/api/export?date=2026-02-01&format=csv&kind=army_base",
    "/api/history.csv",
    "/api/openapi.json",
    "/api/export/posture-2026-02-01.kml",
    "/ogc/collections",
    "/ogc/collections/posture/items?datetime=2026-02-01",
    "/ogc/collections/facilities/items/amuda",
    "/feeds/changes.atom",
    "/feeds/facilities/qamishli-airport.atom",
    "/feeds/operators/Russia.atom",
    *(f"/facilities/{facility_id}?date=2026-02-01" for facility_id in FACILITY_IDS),
]


@pytest.fixture
def clients(data_dir, postgis_store, tmp_path):
    """A folder app and a PostGIS app over the same dataset."""
    folder = create_app({"TESTING": True, "DATA": str(data_dir), "INSTANCE": str(tmp_path / "a")})
    postgis = create_app({"TESTING": True, "STORE": postgis_store.url, "INSTANCE": str(tmp_path / "b")})
    yield folder.test_client(), postgis.test_client()
    postgis.extensions["store"].close()


# folium names each element of a page afresh at every render (map_<32 hex>), and an OGC API
# answer carries the moment it was made: both differ between any two answers, whatever the store.
FOLIUM_NAME = re.compile(rb"_[0-9a-f]{32}(?![0-9a-f])")
OGC_TIMESTAMP = re.compile(rb'"timeStamp":"[^"]*"')


def answers(client):
    found = {}
    for path in READS:
        response = client.get(path)
        body = response.get_data()
        if response.mimetype == "text/html":
            body = FOLIUM_NAME.sub(b"_X", body)
        body = OGC_TIMESTAMP.sub(b'"timeStamp":"X"', body)
        found[path] = (response.status_code, response.mimetype, body)
    map_data = json.loads(client.get("/map-data.json").get_data())
    map_data.pop("version")  # names the store's own data version: a cache key, nothing else
    found["/map-data.json"] = map_data
    return found


def write_the_same(app_client):
    """The same writes through each app's store: fixed ids and times, so the answers can match."""
    store = app_client.application.extensions["store"]
    new = samples.entry(id="parity-1", effective="2026-01-29", status="reduced", note="Réduit «x» <b>")
    store.update("hmeimim-air-base", lambda f: f["properties"]["status_history"].append(new) or f)
    samples.retract(store, "qamishli-airport", "qamishli-2026-01-28-kurdistan24")
    store.create(samples.feature(id="parity-base", history=[samples.entry(id="parity-2")]))


def test_every_answer_is_the_same_from_either_store(clients):
    folder, postgis = clients
    assert answers(postgis) == answers(folder)


def test_the_answers_stay_the_same_after_the_same_writes(clients):
    folder, postgis = clients
    for client in clients:
        write_the_same(client)
    after = answers(folder)
    assert after == answers(postgis)
    assert b"parity-1" in after["/api/facilities/hmeimim-air-base"][2]
